import { describe, expect, it } from 'vitest';
import { analyze, codes, only, spanText } from '../helpers/analyze';

const material = (formula: string, extra = '') => `material M {\n  formula ${formula}\n  role cathode\n${extra}}\n`;

describe('charge balance of declared formulas', () => {
  it('LiCoO3 is flagged on its formula, with the numbers that fail', () => {
    const a = analyze(material('LiCoO3'));
    const [d] = only(a, 'stoich/charge');
    expect(d).toBeDefined();
    expect(spanText(a, d!)).toBe('LiCoO3');
    expect(d!.message).toMatch(/\+4/);
    expect(d!.severity).toBe('warning');
  });

  it.each(['NaCl2', 'Li3YCl4', 'CoO3', 'LiFePO5', 'FeO3'])('%s cannot be balanced', (formula) => {
    expect(codes(analyze(material(formula)))).toEqual(['stoich/charge']);
  });

  it.each([
    ['Li2S4', 'S −0.5: a polysulfide S4²⁻'],
    ['Li2S6', 'S −0.333: a polysulfide S6²⁻'],
    ['Li2S8', 'S −0.25: a polysulfide S8²⁻'],
    ['LiO2', 'O −0.5: a superoxide O2⁻'],
    ['NaO2', 'O −0.5: a superoxide O2⁻'],
    ['KO2', 'O −0.5: a superoxide O2⁻'],
    ['KO3', 'O −0.333: an ozonide O3⁻'],
    ['LiN3', 'N −0.333: an azide N3⁻'],
    ['NaN3', 'N −0.333: an azide N3⁻'],
    ['Li2O2', 'O −1: a peroxide O2²⁻'],
  ])('%s balances through a catenated anion: anion redox, not stoich/charge (%s)', (formula, says) => {
    const a = analyze(material(formula));
    expect(codes(a)).toEqual(['stoich/anion-redox']);
    expect(a.diagnostics[0]!.message).toContain(says);
  });

  it.each([
    ['SrFeO3', { Sr: 2, Fe: 4, O: -2 }],
    ['BaFeO3', { Ba: 2, Fe: 4, O: -2 }],
    ['K2FeO4', { K: 1, Fe: 6, O: -2 }],
    ['OsO4', { Os: 8, O: -2 }],
    ['RuO4', { Ru: 8, O: -2 }],
  ])('the high-valent oxide %s balances plainly', async (formula, states) => {
    expect(codes(analyze(material(formula)))).toEqual([]);
    const { analyzeFormula } = await import('../../../server/src/core/formula/analyze');
    expect(analyzeFormula(formula)).toMatchObject({ chargeBalanced: true, oxidationStates: states });
  });

  it.each(['Li1.13Ti0.57Fe0.3S2', 'LiNi0.8Co0.1Mn0.1O2', 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 'Li2FeCl4', 'Li9.54Si1.74P1.44S11.7Cl0.3'])(
    'the published material %s passes',
    (formula) => {
      expect(codes(analyze(material(formula)))).toEqual([]);
    },
  );

  it('Li3NiS4 balances only through anionic redox, reported as information', () => {
    const [d] = analyze(material('Li3NiS4')).diagnostics;
    expect(d?.code).toBe('stoich/anion-redox');
    expect(d?.severity).toBe('information');
  });

  it('an ad-hoc formula used as a component is checked where it is used', () => {
    const a = analyze('composite C {\n  LiCoO3 100 wt%\n}\n');
    const [d] = only(a, 'stoich/charge');
    expect(spanText(a, d!)).toBe('LiCoO3');
  });

  it('alloys are not charge-checked', () => {
    expect(codes(analyze('material A {\n  formula Li15Si4\n  role anode\n}\n'))).toEqual([]);
  });
});

describe('capacity against the declared number of electrons', () => {
  it('LiCoO2 at 140 mAh/g with one electron is fine (274 mAh/g theoretical)', () => {
    expect(codes(analyze(material('LiCoO2', '  electrons 1\n  capacity 140 mAh/g\n')))).toEqual([]);
  });

  it('LiCoO2 at 300 mAh/g with one electron is above the theoretical 274 mAh/g', () => {
    const a = analyze(material('LiCoO2', '  electrons 1\n  capacity 300 mAh/g\n'));
    const [d] = only(a, 'stoich/capacity');
    expect(spanText(a, d!)).toBe('capacity 300 mAh/g');
    expect(d!.message).toContain('274 mAh/g');
    expect((d!.data as { theoretical: number }).theoretical).toBeCloseTo(26801.48 / 97.87, 0);
  });

  it('without `electrons` a high capacity is not judged (the hint shows the implied electrons instead)', () => {
    expect(codes(analyze(material('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', '  capacity 250 mAh/g\n')))).toEqual([]);
  });
});

describe('covalent frameworks', () => {
  it('the closo-borate Li2B12H12 is not charge-checked, while LiBH4 balances as B3+ and H−', async () => {
    const { analyzeFormula } = await import('../../../server/src/core/formula/analyze');
    expect(analyzeFormula('Li2B12H12')).toMatchObject({ chargeBalanced: null, chargeNote: expect.stringContaining('boron hydride') });
    expect(analyzeFormula('LiBH4')).toMatchObject({ chargeBalanced: true, anionClass: 'hydroborate' });
    expect(analyzeFormula('Li2B12H12')).toMatchObject({ anionClass: 'hydroborate' });
  });
});

describe('site sums of layered AMX2 formulas (stoich/sites)', () => {
  it("the review's LiNi0.88Co0.09Mn0.09O2 fills 1.06 metal sites: information on the formula, with the sum", () => {
    const a = analyze(material('LiNi0.88Co0.09Mn0.09O2'));
    const [d] = only(a, 'stoich/sites');
    expect(d!.severity).toBe('information');
    expect(spanText(a, d!)).toBe('LiNi0.88Co0.09Mn0.09O2');
    expect(d!.message).toContain('add up to 1.06 (Ni 0.88 + Co 0.09 + Mn 0.09), not 1');
    expect(d!.data).toEqual({ metalSum: 1.06, expected: 1, alkaliSum: 1 });
  });

  it('an ad-hoc reference is checked as well', () => {
    const a = analyze('composite C {\n  LiNi0.9Co0.1Mn0.1O2 70 wt%\n  Li3InCl6 30 wt%\n}\n');
    expect(only(a, 'stoich/sites')).toHaveLength(1);
  });

  it.each([
    ['LiCoO2', 'stoichiometric'],
    ['LiNi0.8Co0.1Mn0.1O2', 'NCM811'],
    ['LiNi0.33Co0.33Mn0.33O2', 'thirds to two decimals (0.99)'],
    ['LiNi0.8Co0.15Al0.05O2', 'NCA'],
    ['Li1.2Ni0.13Co0.13Mn0.54O2', 'Li-rich: Li + M = 2'],
    ['Li[Li0.33Mn0.67]O2', 'Li2MnO3 written as a layered oxide'],
    ['Na0.67Ni0.33Mn0.67O2', 'P2 sodium oxide: Na below 1, M = 1'],
    ['Li0.5CoO2', 'half-charged LiCoO2'],
    ['Li1.13Ti0.57Fe0.3S2', "the review's Li-rich layered sulfide"],
    ['LiTiS2', 'layered sulfide'],
    ['LiFePO4', 'an olivine: P makes it another structure'],
    ['Li2O2', 'a peroxide: too much alkali for a layered oxide'],
    ['LiNi0.5Mn1.5O4', 'a spinel'],
  ])('%s passes (%s)', (formula) => {
    expect(only(analyze(material(formula)), 'stoich/sites')).toEqual([]);
  });
});
