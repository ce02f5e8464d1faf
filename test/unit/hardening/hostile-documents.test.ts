import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';
import { hover } from '../../../server/src/core/ide/hover';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { readExample } from '../helpers/analyze';
import { expectSpansInside, measured } from '../helpers/measured';

const codesAndLines = (analysis: DocumentAnalysis): string[] =>
  analysis.diagnostics.map((d) => `${d.code}@${analysis.lines.positionAt(d.span.start).line}`);

describe('pathological lines', () => {
  it('a 100,000-character formula, source, comment and name are read in well under a second', () => {
    const text = [
      'material Long {',
      `  formula    ${'Li2S'.repeat(25_000)}`,
      `  source     "${'x'.repeat(100_000)}"`,
      '}',
      `# ${'y'.repeat(100_000)}`,
      `material ${'A'.repeat(100_000)} {`,
      '  formula Li2S',
      '}',
    ].join('\n');
    const { analysis, ms } = measured('long-lines.cell', text);
    expect(ms).toBeLessThan(5_000);
    expect(analysis.parse.errors).toEqual([]);
    const long = analysis.program.materials[0]!;
    expect(long.chemistry?.formula.elements.get('Li')).toBe(50_000);
    expect(analysis.program.materials[1]!.name).toHaveLength(100_000);
    expectSpansInside(analysis);
  });

  it('a 100,000-character line of junk is one syntax error whose message stays short', () => {
    const { analysis, ms } = measured('junk-line.cell', `material X {\n  ${'@'.repeat(100_000)}\n}\n`);
    expect(ms).toBeLessThan(5_000);
    expect(analysis.diagnostics.map((d) => d.code)).toEqual(['syntax']);
    expect(analysis.diagnostics[0]!.message.length).toBeLessThan(300);
  });

  it('10,000 nested brackets in a formula are read; 10,000 nested braces in the text are two syntax errors', () => {
    const formula = `material Deep {\n  formula ${'('.repeat(10_000)}Li2S${')'.repeat(10_000)}\n}\n`;
    const deep = measured('deep-formula.cell', formula);
    expect(deep.ms).toBeLessThan(5_000);
    expect(deep.analysis.diagnostics).toEqual([]);
    expect(deep.analysis.program.materials[0]!.chemistry?.molarMass).toBeCloseTo(45.95, 1);

    const braces = measured('deep-braces.cell', `${'{'.repeat(10_000)}\n${'('.repeat(10_000)}\n${'}'.repeat(10_000)}\n`);
    expect(braces.ms).toBeLessThan(5_000);
    expect(braces.analysis.diagnostics.map((d) => d.code)).toEqual(['syntax', 'syntax']);
    expectSpansInside(braces.analysis);
  });
});

describe('encodings, invisible characters and empty files through the whole check', () => {
  const example = readExample('oxide-on-sulfide.cell');

  it('an empty file, and one of white space only, has no diagnostics, hints or hover', () => {
    for (const text of ['', '\n\n', ' \t\r\n', '\ufeff']) {
      const { analysis } = measured('empty.cell', text);
      expect(analysis.diagnostics).toEqual([]);
      expect(inlayHints(analysis)).toEqual([]);
      expect(hover(analysis, 0)).toBeUndefined();
    }
  });

  it('CRLF line ends, a byte-order mark and tab indentation give the same diagnostics on the same lines', () => {
    const expected = codesAndLines(measured('lf.cell', example).analysis);
    expect(expected).toContain('anion/mismatch@6');
    for (const variant of [example.replace(/\n/g, '\r\n'), `\ufeff${example}`, example.replace(/^ {2}/gm, '\t')]) {
      const { analysis } = measured('variant.cell', variant);
      expect(codesAndLines(analysis)).toEqual(expected);
      expectSpansInside(analysis);
    }
  });

  it('a lone surrogate in a name is one syntax error on its line; the rest of the file is still checked', () => {
    const broken = example.replace('BareNCM {', 'Bare\ud800NCM {');
    const { analysis } = measured('surrogate.cell', broken);
    const syntax = analysis.diagnostics.filter((d) => d.code === 'syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.message).toMatch(/U\+D800/);
    expect(analysis.diagnostics.map((d) => d.code)).toContain('window/oxidation');
  });
});
