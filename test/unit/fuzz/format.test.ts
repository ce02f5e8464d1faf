import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { lex } from '../../../grammar/lexer';
import { FormulaValue, Newline } from '../../../grammar/tokens';
import type { TextEdit } from '../../../server/src/core/api';
import { format, formatText } from '../../../server/src/core/ide/format';
import { fuzzParameters, fuzzTimeout } from './config';
import { applyMutation, CORPUS, fuzzedDocument } from './documents';

/** Every token and comment, in order, as the formatter must keep them. */
function words(text: string): string[] {
  const { tokens, comments } = lex(text);
  return [
    ...tokens.filter((t) => t.tokenType !== Newline).map((t) => ({ at: t.startOffset, text: t.tokenType === FormulaValue ? t.image.trim() : t.image })),
    ...comments.map((c) => ({ at: c.span.start, text: c.text.trimEnd() })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((word) => word.text);
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

/** White space where a careless hand puts it: spaces, tabs and line breaks inserted or removed between characters. */
const whitespaceOnly = fc
  .record({
    base: fc.constantFrom(...CORPUS),
    edits: fc.array(fc.record({ at: fc.nat({ max: 1_000_000 }), text: fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\r\n', ''), remove: fc.boolean() }), { maxLength: 12 }),
  })
  .map(({ base, edits }) =>
    edits.reduce((text, edit) => {
      const at = edit.at % (text.length + 1);
      if (edit.remove && /[ \t]/.test(text[at] ?? '')) return text.slice(0, at) + text.slice(at + 1);
      return applyMutation(text, { kind: 'insert', at, text: edit.text });
    }, base),
  );

describe('formatting any document', () => {
  it(
    'is idempotent and keeps every token and comment; a document with a syntax error is left alone',
    () => {
      let formatted = 0;
      fc.assert(
        fc.property(fc.oneof(whitespaceOnly, fuzzedDocument), (text) => {
          const result = formatText(text);
          if (parse(text).errors.length > 0) {
            expect(result).toBeUndefined();
            expect(format(text)).toEqual([]);
            return;
          }
          expect(result).toBeDefined();
          const once = result!;
          formatted++;
          expect(apply(text, format(text))).toBe(once);
          expect(formatText(once)).toBe(once);
          expect(words(once)).toEqual(words(text));
          expect(parse(once).errors).toEqual([]);
        }),
        fuzzParameters(),
      );
      expect(formatted).toBeGreaterThan(0);
    },
    fuzzTimeout(10),
  );
});
