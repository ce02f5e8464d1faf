import { Lexer } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { lex, LEXER_CONFIG } from '../../../grammar/lexer';
import { CellParser, PARSER_LOOKAHEAD } from '../../../grammar/parser';
import { lexedTokens } from '../../../grammar/tokens';
import { readExample } from '../helpers/analyze';

/**
 * The shipped lexer and parser skip Chevrotain's validations to start faster (the language
 * server's cold start is a measured target). These tests run them, so a grammar change that
 * breaks them fails here instead of passing unnoticed.
 */
describe("the grammar passes Chevrotain's own validations with the shipped settings", () => {
  it(`the parser, at a lookahead of ${PARSER_LOOKAHEAD} token, has no ambiguity or left recursion`, () => {
    expect(() => new CellParser({ validateGrammar: true })).not.toThrow();
  });

  it('a validated parser reads an example exactly as the shipped one does', () => {
    const text = readExample('mistakes.cell');
    const validated = new CellParser({ validateGrammar: true });
    const { tokens } = lex(text);
    const shipped = parse(text);
    expect(validated.parseTokens(text, tokens).declarations).toStrictEqual(shipped.document.declarations);
  });

  it('the token definitions pass the lexer validations', () => {
    const lexer = new Lexer(lexedTokens, { ...LEXER_CONFIG, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });
});
