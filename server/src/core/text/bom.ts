/** Editors hide a UTF-8 byte-order mark; so do we, so offsets match what the user sees. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
