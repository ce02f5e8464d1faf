import { describe, expect, it } from 'vitest';
import { analyzeFormula, parseFormula, type FormulaError } from '../../../server/src/core/formula';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { chemistryOf } from '../../../server/src/core/model/chemistry-cache';
import { analyze, spanText } from '../helpers/analyze';

const NMC111 = 'LiNi1/3Co1/3Mn1/3O2';

function rejected(text: string): FormulaError {
  const result = parseFormula(text);
  if (result.ok) throw new Error(`${text} should be rejected`);
  return result.error;
}

describe('amounts written as fractions, as papers write layered oxides', () => {
  it('names the first fraction of NMC111 and offers the formula in decimals', () => {
    const error = rejected(NMC111);
    expect(error).toEqual({
      code: 'formula/syntax',
      message: '`1/3` is a fraction: write amounts as decimals, e.g. LiNi0.333Co0.333Mn0.333O2',
      start: 4,
      end: 7,
      suggestion: 'LiNi0.333Co0.333Mn0.333O2',
    });
    expect(NMC111.slice(error.start, error.end)).toBe('1/3');
  });

  const rewrites: readonly [written: string, decimals: string, what: string][] = [
    ['LiNi1/2Mn3/2O4', 'LiNi0.5Mn1.5O4', 'high-voltage spinel LNMO: 1/2 → 0.5, 3/2 → 1.5'],
    ['Li4/3Ti5/3O4', 'Li1.333Ti1.667O4', 'spinel LTO: 4/3 → 1.333, 5/3 → 1.667'],
    ['LiNi1/3Mn2/3O2', 'LiNi0.333Mn0.667O2', 'a Ni–Mn layered oxide: 2/3 rounds up to 0.667'],
    ['Li4/2S', 'Li2S', 'a whole-number fraction: 4/2 → 2, no decimal point left'],
    ['Li(Ni1/3Co1/3Mn1/3)O2', 'Li(Ni0.333Co0.333Mn0.333)O2', 'fractions inside a group'],
  ];
  for (const [written, decimals, what] of rewrites) {
    it(`rewrites ${written} as ${decimals} (${what})`, () => {
      const error = rejected(written);
      expect(error.code).toBe('formula/syntax');
      expect(error.suggestion).toBe(decimals);
      expect(error.message).toContain(`e.g. ${decimals}`);
      expect(parseFormula(decimals).ok).toBe(true);
    });
  }

  it('reports the rewritten NMC111 through analyzeFormula, and that rewrite is a valid formula', () => {
    const report = analyzeFormula(NMC111);
    expect(report.valid).toBe(false);
    expect(report.error).toMatchObject({ code: 'formula/syntax', start: 4, end: 7, suggestion: 'LiNi0.333Co0.333Mn0.333O2' });
    const fixed = analyzeFormula('LiNi0.333Co0.333Mn0.333O2');
    expect(fixed.valid).toBe(true);
    expect(fixed.elements).toEqual({ Li: 1, Ni: 0.333, Co: 0.333, Mn: 0.333, O: 2 });
  });

  it('the decimal NMC111 charge-balances in the checks as Ni2+/Co3+/Mn4+, 3 × 0.333 staying within tolerance', () => {
    const result = chemistryOf('LiNi0.333Co0.333Mn0.333O2');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.chemistry.chargeBalance.status).toBe('balanced');
    expect(result.chemistry.chargeBalance.oxidationStates).toEqual({ Li: 1, Ni: 2, Co: 3, Mn: 4, O: -2 });
    expect(result.chemistry.anionClass).toBe('oxide');
  });

  it('names the fraction but offers no rewrite when the decimal formula is still wrong', () => {
    const subscript = rejected('LiNi1/3Co1/3Mn1/3O₂');
    expect(subscript.message).toBe('`1/3` is a fraction: write amounts as decimals');
    expect(subscript.suggestion).toBeUndefined();
    const unknown = rejected('LiNi1/3Co1/3Xx1/3O2');
    expect([unknown.start, unknown.end]).toEqual([4, 7]);
    expect(unknown.suggestion).toBeUndefined();
  });
});

describe('mixtures keep their advice', () => {
  const mixtures: readonly [text: string, says: string, start: number][] = [
    ['Li2S/P2S5', "a mixture of Li2S and P2S5 joined by '/'", 4],
    ['Li2S-P2S5', "a mixture of Li2S and P2S5 joined by '-'", 4],
    ['S/C', "a mixture of S and C joined by '/'", 1],
    ['75Li2S/25P2S5', "a mixture of Li2S and P2S5 joined by '/'", 6],
  ];
  for (const [text, says, start] of mixtures) {
    it(`reads ${text} as two compounds, not as a fraction`, () => {
      const error = rejected(text);
      expect(error.message).toContain(says);
      expect(error.message).not.toContain('fraction');
      expect(error.start).toBe(start);
      expect(error.suggestion).toBeUndefined();
    });
  }

  it('reads NMC111 mixed with Li2S as a mixture whose first compound keeps its fractions', () => {
    const error = rejected(`${NMC111}-Li2S`);
    expect(error.message).toContain(`a mixture of ${NMC111} and Li2S joined by '-'`);
    expect([error.start, error.end]).toEqual([19, 20]);
  });
});

describe('a material written with fractions in a .cell document', () => {
  const text = `material NMC111 {\n  formula    ${NMC111}\n  role       cathode\n}\n`;

  it('gets a formula/syntax error on the first fraction and a quick fix to the decimal formula', () => {
    const analysis = analyze(text);
    const errors = analysis.diagnostics.filter((d) => d.code.startsWith('formula/'));
    expect(errors).toHaveLength(1);
    const error = errors[0]!;
    expect(error.code).toBe('formula/syntax');
    expect(error.message).toBe('`1/3` is a fraction: write amounts as decimals, e.g. LiNi0.333Co0.333Mn0.333O2');
    expect(spanText(analysis, error)).toBe('1/3');

    const fixes = quickFixes(analysis, error);
    expect(fixes.map((fix) => fix.title)).toEqual(['Change the formula to LiNi0.333Co0.333Mn0.333O2']);
    const edit = fixes[0]!.edits[0]!.edits[0]!;
    expect(spanText(analysis, edit)).toBe(NMC111);
    const fixed = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    const after = analyze(fixed);
    expect(after.diagnostics.filter((d) => d.code.startsWith('formula/') || d.code === 'stoich/charge')).toEqual([]);
  });
});
