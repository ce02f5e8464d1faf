/**
 * Cursor-marker fixtures: a document written with `|` where the cursor is (`Li6PS5|Cl`), as
 * rust-analyzer's `$0` fixtures are — the text without the marker, and the marker's offset.
 */
export function cursor(marked: string): { readonly text: string; readonly offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('a fixture has exactly one `|` cursor');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
