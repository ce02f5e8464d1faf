/**
 * Where the element symbols and amounts of a formula are in the document, for hovers and
 * highlighting. Only positions: whether a symbol is an element, and what the formula means,
 * is the formula engine's business.
 */
import type { Span } from '../../../../grammar/ast';

export interface SymbolInFormula {
  readonly symbol: string;
  /** Span of the symbol in the document. */
  readonly span: Span;
}

/**
 * The element symbol (capital + lower-case letters) at `offset` of a formula written at
 * `start`, or the symbol an amount right after it belongs to (`S` for the `5` of `PS5Cl`).
 */
export function symbolAtOffset(formulaText: string, start: number, offset: number): SymbolInFormula | undefined {
  const at = offset - start;
  if (at < 0 || at >= formulaText.length) return undefined;
  for (const match of formulaText.matchAll(/([A-Z][a-z]*)(\d+(?:\.\d+)?)?/g)) {
    const begin = match.index;
    const end = begin + match[0].length;
    if (at >= begin && at < end) {
      const symbol = match[1]!;
      return { symbol, span: { start: start + begin, end: start + begin + symbol.length } };
    }
  }
  return undefined;
}

/** Every element symbol and amount of a formula, with its span in the document (for highlighting). */
export function formulaParts(formulaText: string, start: number): { kind: 'element' | 'amount'; span: Span; text: string }[] {
  const parts: { kind: 'element' | 'amount'; span: Span; text: string }[] = [];
  for (const match of formulaText.matchAll(/[A-Z][a-z]*|\d+(?:\.\d+)?/g)) {
    const text = match[0];
    parts.push({ kind: /\d/.test(text[0]!) ? 'amount' : 'element', text, span: { start: start + match.index, end: start + match.index + text.length } });
  }
  return parts;
}
