/**
 * Workspace symbol search: the materials, composites and cells declared in a file, from its parse
 * alone (no imports resolved, nothing computed), so that every `*.cell` of a workspace can be
 * listed quickly. The language server walks the files and keeps what it read per file.
 */
import { parse } from '../../../../grammar';
import type { Span } from '../../../../grammar/ast';

export interface DeclaredSymbol {
  readonly name: string;
  readonly kind: 'material' | 'composite' | 'cell';
  readonly span: Span;
}

export function declaredSymbols(text: string): DeclaredSymbol[] {
  const symbols: DeclaredSymbol[] = [];
  for (const declaration of parse(text).document.declarations) {
    if (declaration.kind === 'import' || !declaration.name) continue;
    symbols.push({ name: declaration.name.text, kind: declaration.kind, span: declaration.name.span });
  }
  return symbols;
}

/**
 * Whether a name matches what was typed in the symbol search: the query's characters in order,
 * ignoring case (VS Code's own rule), so `lpscl` finds `LPSCl_cathode` and `ncmc` `NCMcell`.
 */
export function matchesSymbolQuery(name: string, query: string): boolean {
  const haystack = name.toLowerCase();
  let from = 0;
  for (const character of query.toLowerCase()) {
    if (character === ' ') continue;
    const at = haystack.indexOf(character, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}
