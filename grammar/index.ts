/**
 * The `.cell` parser's public face: `parse(text)` never throws and always returns a tree
 * (partial where the text is broken) with every syntax error in document order.
 */
import type { ParseResult, Span, SyntaxError as CellSyntaxError } from './ast';
import { lex } from './lexer';
import { cellParser } from './parser';

export function parse(text: string): ParseResult {
  const { tokens, comments } = lex(text);
  const { declarations, issues } = cellParser().parseTokens(text, tokens);
  const errors = issues
    .map((issue) => ({ ...issue, span: clampSpan(issue.span, text.length) }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { document: { declarations, comments }, errors };
}

/** A span inside the text whatever happened during recovery: never NaN, never past the end. */
function clampSpan(span: Span, length: number): Span {
  const clamp = (offset: number): number => (Number.isFinite(offset) ? Math.min(Math.max(offset, 0), length) : 0);
  const start = clamp(span.start);
  return { start, end: Math.max(start, clamp(span.end)) };
}

export type { CellSyntaxError };
export { parseIncremental, parseVariant } from './incremental';
export {
  ATTRIBUTE_KEYWORDS,
  BLOCK_KEYWORDS,
  CELL_PROPERTY_KEYS,
  COMPOSITE_PROPERTY_KEYS,
  HARD_KEYWORDS,
  INTERPHASE_VALUES,
  LAYER_ATTRIBUTE_KEYS,
  LAYER_ROLES,
  MATERIAL_PROPERTY_KEYS,
  MATERIAL_ROLE_VALUES,
  VOCABULARY,
  isAttributeKeyword,
  isHardKeyword,
  isLayerAttributeKey,
  isLayerRole,
} from './vocabulary';
export type { AttributeKeyword, BlockKeyword, HardKeyword } from './vocabulary';
