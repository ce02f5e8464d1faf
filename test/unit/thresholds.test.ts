/**
 * Every decision threshold pinned from both sides, with fixed real inputs just inside and just
 * outside it (issue #18): the inputs are literals, not derived from the constants, so changing a
 * limit — tenfold, or by a third — breaks a test here instead of passing silently.
 */
import { describe, expect, it } from 'vitest';
import { computeComposite, isKnown } from '../../server/src/core/compute';
import { analyzeFormula } from '../../server/src/core/formula/analyze';
import { analyze, only } from './helpers/analyze';
import { composite, material, SETTINGS } from './compute/models';

describe('charge balance: 0.5 % of the anion charge (chemistry/charge-balance.ts)', () => {
  // F is only ever −1 and Li only +1, so the residual is exactly the Li deficit.
  it.each([
    ['Li0.996F', 0.004, true],
    ['Li1.004F', 0.004, true],
    ['Li0.994F', 0.006, false],
    ['Li1.006F', 0.006, false],
  ])('%s (residual %f of 1) balanced: %s', (formula, _residual, balanced) => {
    expect(analyzeFormula(formula).chargeBalanced).toBe(balanced);
  });
});

describe('a composite adds up within 0.1 % (checks/mixture.ts)', () => {
  const mix = (a: string, b: string) => `composite C {\n  Li6PS5Cl ${a} wt%\n  Li2S ${b} wt%\n}\n`;
  it('100.09 % and 99.91 % pass', () => {
    expect(only(analyze(mix('50.05', '50.04')), 'mix/sum')).toEqual([]);
    expect(only(analyze(mix('49.96', '49.95')), 'mix/sum')).toEqual([]);
  });
  it('100.11 % and 99.89 % are mix/sum', () => {
    expect(only(analyze(mix('50.06', '50.05')), 'mix/sum')).toHaveLength(1);
    expect(only(analyze(mix('49.95', '49.94')), 'mix/sum')).toHaveLength(1);
  });
});

describe('a declared capacity may exceed the theoretical one by 0.5 % (checks/stoichiometry.ts)', () => {
  // LiCoO2: 273.845 mAh/g per electron; 0.5 % above is 275.21 mAh/g.
  const lco = (capacity: string) => `material C {\n  formula LiCoO2\n  role cathode\n  electrons 1\n  capacity ${capacity} mAh/g\n}\n`;
  it('275.1 mAh/g (0.46 % above) passes', () => {
    expect(only(analyze(lco('275.1')), 'stoich/capacity')).toEqual([]);
  });
  it('275.4 mAh/g (0.57 % above) is stoich/capacity', () => {
    expect(only(analyze(lco('275.4')), 'stoich/capacity')).toHaveLength(1);
  });
});

describe('a material conducts from 0.01 mS/cm on (compute/constants.ts)', () => {
  const dual = (electronic: number) => {
    const cathode = material('TiS2Like', { formula: 'LiTiS2', role: 'cathode', ionic: 1, electronic, density: 3 });
    const hints = computeComposite(composite('C', [[cathode, 1, 'vol']], 0), SETTINGS);
    if (!isKnown(hints.dualConductive)) throw new Error('dual conduction should be computable');
    return hints.dualConductive.value.dualConductive;
  };
  it('0.011 mS/cm conducts: one material carrying both is dual-conductive', () => {
    expect(dual(0.011)).toBe(true);
  });
  it('0.009 mS/cm does not', () => {
    expect(dual(0.009)).toBe(false);
  });
});

describe('oxide and halide each need 20 % of the anion charge for an oxyhalide (chemistry/anion-class.ts)', () => {
  // Nb⁵⁺: O holds 2a of the 5 anion charges, Cl the rest.
  it('NbO0.525Cl3.95 (oxide 21 %) is an oxyhalide', () => {
    expect(analyzeFormula('NbO0.525Cl3.95').anionClass).toBe('oxyhalide');
  });
  it('NbO0.475Cl4.05 (oxide 19 %) is a halide', () => {
    expect(analyzeFormula('NbO0.475Cl4.05').anionClass).toBe('halide');
  });
  it('NbO2.025Cl0.95 (halide 19 %) is an oxide, NbO1.975Cl1.05 (halide 21 %) an oxyhalide', () => {
    expect(analyzeFormula('NbO2.025Cl0.95').anionClass).toBe('oxide');
    expect(analyzeFormula('NbO1.975Cl1.05').anionClass).toBe('oxyhalide');
  });
});

describe('layered AMO2 metal sites fill 1 within 0.02 (chemistry/site-data.ts)', () => {
  const sites = (formula: string) => analyzeFormula(formula).siteNote;
  it('1.015 (LiNi0.82Co0.1Mn0.095O2) and 0.985 pass', () => {
    expect(sites('LiNi0.82Co0.1Mn0.095O2')).toBeUndefined();
    expect(sites('LiNi0.79Co0.1Mn0.095O2')).toBeUndefined();
  });
  it('1.025 (LiNi0.83Co0.1Mn0.095O2) and 0.975 are noted', () => {
    expect(sites('LiNi0.83Co0.1Mn0.095O2')).toContain('1.025');
    expect(sites('LiNi0.78Co0.1Mn0.095O2')).toContain('0.975');
  });
});
