/**
 * Tokenizes a `.cell` document. Unexpected characters do not stop lexing: they come back as
 * `Unknown` tokens in the stream (the parser reports the line they are on once), so no
 * separate lexer error list is needed.
 *
 * The token definitions of tokens.ts are the specification. `lex` runs the hand-written
 * scanner (scanner.ts), which produces the same stream several times faster; `referenceLex`
 * runs Chevrotain's own Lexer over the definitions, and the tests compare the two.
 */
import { createTokenInstance, Lexer, type IToken } from 'chevrotain';
import type { Comment } from './ast';
import { scan } from './scanner';
import { lexedTokens, Unknown } from './tokens';

export const LEXER_CONFIG = {
  // Offsets are all the tree needs (LSP positions are computed from them later); skipping
  // line and column tracking keeps a 10,000-line document fast.
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
} as const;

/** Built on first use (only the tests use it): constructing it costs start-up time. */
let referenceLexer: Lexer | undefined;

export interface LexResult {
  /** Significant tokens in document order, `Unknown` ones included. */
  readonly tokens: IToken[];
  readonly comments: Comment[];
}

export function lex(text: string): LexResult {
  return scan(text);
}

/** The same result from Chevrotain's Lexer over the definitions of tokens.ts. */
export function referenceLex(text: string): LexResult {
  referenceLexer ??= new Lexer(lexedTokens, LEXER_CONFIG);
  const result = referenceLexer.tokenize(text);
  const comments: Comment[] = (result.groups['comments'] ?? []).map((token) => ({
    text: token.image,
    span: { start: token.startOffset, end: token.startOffset + token.image.length },
  }));
  if (result.errors.length === 0) return { tokens: result.tokens, comments };

  const unknown = result.errors.map((error) =>
    createTokenInstance(
      Unknown,
      text.slice(error.offset, error.offset + error.length),
      error.offset,
      error.offset + error.length - 1,
      NaN,
      NaN,
      NaN,
      NaN,
    ),
  );
  return { tokens: mergeByOffset(result.tokens, unknown), comments };
}

/** Merges two token lists that are each sorted by offset. */
function mergeByOffset(first: IToken[], second: IToken[]): IToken[] {
  const merged: IToken[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && a.startOffset < b.startOffset)) {
      merged.push(a!);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged;
}
