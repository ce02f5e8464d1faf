import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lex, referenceLex } from '../../../grammar/lexer';
import { readExample } from '../helpers/analyze';
import { fuzzParameters, fuzzTimeout } from './config';
import { fuzzedDocument } from './documents';

/** Short strings over the characters where the scanner must mirror Chevrotain's quirks exactly. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'formula', 'material', 'composite', 'cell', 'import', 'X', 'Li2S', '{', '}', '(', ')', ' ', '\t', '\n', '\r', '#', '"', '\\',
    '-', '.', '..', '1', 'e', 'E', '+', '/', '%', 'µ', 'μ', 'ß', '@', '\u2001', '\u2010', '\u3000', '\u1690', '\ufeff', '\ufe00', '\ud800',
  ),
  maxLength: 40,
});

describe('the hand-written scanner', () => {
  it('reads the examples exactly as Chevrotain’s lexer reads the definitions of tokens.ts', () => {
    for (const name of ['mistakes.cell', 'oxide-on-sulfide.cell', 'anion-redox.cell']) {
      const text = readExample(name);
      expect(lex(text)).toStrictEqual(referenceLex(text));
    }
  });

  it(
    'produces the same tokens, Unknown runs and comments as Chevrotain’s lexer on any text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fuzzedDocument, tricky), (text) => {
          expect(lex(text)).toStrictEqual(referenceLex(text));
        }),
        fuzzParameters(2),
      );
    },
    fuzzTimeout(2, 2),
  );
});
