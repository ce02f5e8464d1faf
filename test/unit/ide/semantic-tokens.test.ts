import { describe, expect, it } from 'vitest';
import {
  encodeSemanticTokens,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokens,
  type SemanticToken,
} from '../../../server/src/core/ide/semantic-tokens';
import { analyzeExample, analyzeText, exampleFiles, WORKSPACE } from '../helpers/analyze';

function classified(analysis: ReturnType<typeof analyzeText>): string[] {
  return semanticTokens(analysis).map((t) => `${analysis.text.slice(t.start, t.start + t.length)}=${t.type}${t.modifiers.map((m) => `+${m}`).join('')}`);
}

describe('semantic tokens', () => {
  it('colours a material block: keyword, declared name, keys, role word, numbers, units, range, string', () => {
    const text = 'material LTG {\n  role       cathode\n  ionic      0.22 mS/cm .. 0.66 mS/cm\n  source     "ref. 24"\n}\n';
    expect(classified(analyzeText(text))).toEqual([
      'material=keyword',
      'LTG=class+declaration',
      'role=property',
      'cathode=type',
      'ionic=property',
      '0.22=number',
      'mS/cm=operator',
      '..=operator',
      '0.66=number',
      'mS/cm=operator',
      'source=property',
      '"ref. 24"=string',
    ]);
  });

  it('splits a formula into element symbols and amounts', () => {
    const tokens = classified(analyzeText('material LATP {\n  formula    Li1.3Al0.3Ti1.7(PO4)3\n}\n'));
    expect(tokens.slice(3)).toEqual([
      'Li=enumMember',
      '1.3=number',
      'Al=enumMember',
      '0.3=number',
      'Ti=enumMember',
      '1.7=number',
      'P=enumMember',
      'O=enumMember',
      '4=number',
      '3=number',
    ]);
  });

  it('marks library materials, composites used as layers, `coated`, layer roles and comments', () => {
    const tokens = classified(analyzeExample('oxide-on-sulfide.cell'));
    expect(tokens).toContain('NCM811=class+defaultLibrary');
    expect(tokens).toContain('coated=keyword');
    expect(tokens).toContain('LiNbO3=class+defaultLibrary');
    expect(tokens).toContain('BareNCM=variable+declaration');
    expect(tokens).toContain('BareNCM=variable');
    expect(tokens).toContain('separator=keyword');
    expect(tokens).toContain('loading=property');
    expect(tokens.filter((t) => t.endsWith('=comment'))).toHaveLength(4);
  });

  it('keeps a name that resolves to nothing apart from resolved ones', () => {
    expect(classified(analyzeExample('mistakes.cell'))).toContain('Unbalancd=variable');
  });

  it('gives every example sorted, non-overlapping, single-line tokens with the right positions', () => {
    for (const file of Object.keys(exampleFiles())) {
      const analysis = analyzeExample(file.slice(WORKSPACE.length + 1));
      const tokens: SemanticToken[] = semanticTokens(analysis);
      expect(tokens.length).toBeGreaterThan(0);
      tokens.forEach((token, i) => {
        const text = analysis.text.slice(token.start, token.start + token.length);
        expect(text).not.toMatch(/[\r\n]/);
        expect(analysis.lines.offsetAt({ line: token.line, character: token.character })).toBe(token.start);
        if (i > 0) expect(token.start).toBeGreaterThanOrEqual(tokens[i - 1]!.start + tokens[i - 1]!.length);
      });
    }
  });

  it('encodes tokens relative to the previous one, with legend indices and modifier bits', () => {
    const analysis = analyzeText('material X {\n  role cathode\n}\n');
    const data = encodeSemanticTokens(semanticTokens(analysis));
    const type = (name: string) => SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf(name as never);
    expect(data).toEqual([
      0, 0, 8, type('keyword'), 0,
      0, 9, 1, type('class'), 1,
      1, 2, 4, type('property'), 0,
      0, 5, 7, type('type'), 0,
    ]);
  });
});
