/**
 * Site sums (`stoich/sites`) at their edges: which formulas a layered AMX2 rule applies to (one
 * anion at amount 2, an alkali within (0, 4/3], no second anion former, some metal), the
 * tolerance from both sides, the Li-rich reading, and the words. Written against the mutants
 * mutation testing found alive in chemistry/sites.ts (stryker).
 */
import { describe, expect, it } from 'vitest';
import { describeSiteSum, siteSumProblem } from '../../../server/src/core/chemistry/sites';
import { parseFormula } from '../../../server/src/core/formula';

function problemOf(text: string) {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return siteSumProblem(parsed.formula);
}

describe('the layered oxide AMO2', () => {
  it('the review’s LiNi0.88Co0.09Mn0.09O2: the M site sums to 1.06, in formula order, said in full', () => {
    const problem = problemOf('LiNi0.88Co0.09Mn0.09O2')!;
    expect(problem.rule.label).toBe('a layered oxide AMO2');
    expect(problem.metals).toEqual([
      ['Ni', 0.88],
      ['Co', 0.09],
      ['Mn', 0.09],
    ]);
    expect(problem.metalSum).toBe(1.06);
    expect(problem.alkaliSum).toBe(1);
    expect(describeSiteSum(problem)).toBe(
      "reads as a layered oxide AMO2, but its M-site amounts add up to 1.06 (Ni 0.88 + Co 0.09 + Mn 0.09), not 1 (nor to 2 with the A site's 1, as in an alkali-rich one): check the amounts",
    );
  });

  it('a metal sum within the 0.02 tolerance fits; one beyond it does not', () => {
    expect(problemOf('LiCoO2')).toBeUndefined();
    expect(problemOf('LiNi0.33Co0.33Mn0.33O2')).toBeUndefined(); // 0.99
    expect(problemOf('LiNi0.8Co0.11Mn0.1O2')).toBeUndefined(); // 1.01
    expect(problemOf('LiNi0.8Co0.09Mn0.1O2')).toBeUndefined(); // 0.99
    // Exactly at the tolerance, both sides (in binary 1.02 − 1 and 1 − 0.98 exceed 0.02 by 2e-17).
    expect(problemOf('LiNi0.8Co0.12Mn0.1O2')).toBeUndefined(); // 1.02
    expect(problemOf('LiNi0.8Co0.08Mn0.1O2')).toBeUndefined(); // 0.98
    expect(problemOf('LiNi0.8Co0.13Mn0.1O2')?.metalSum).toBe(1.03);
    expect(problemOf('LiNi0.8Co0.07Mn0.1O2')?.metalSum).toBe(0.97);
  });

  it('sodium layered oxides below one alkali keep M = 1', () => {
    expect(problemOf('Na0.67Ni0.33Mn0.67O2')).toBeUndefined();
    expect(problemOf('Na0.67Ni0.33Mn0.5O2')?.metalSum).toBe(0.83);
  });

  it('Li-rich: the excess alkali on the M layer, A + M = 2, within the same tolerance', () => {
    expect(problemOf('Li1.2Ni0.2Mn0.6O2')).toBeUndefined();
    expect(problemOf('Li1.33Mn0.67O2')).toBeUndefined();
    expect(problemOf('Li1.2Ni0.2Mn0.61O2')).toBeUndefined(); // A + M = 2.01
    expect(problemOf('Li1.2Ni0.2Mn0.62O2')).toBeUndefined(); // A + M = 2.02, at the tolerance
    expect(problemOf('Li1.2Ni0.2Mn0.63O2')?.metalSum).toBe(0.83); // 2.03
    const off = problemOf('Li1.2Ni0.2Mn0.5O2')!; // A + M = 1.9, M = 0.7
    expect(off.metalSum).toBe(0.7);
    expect(off.alkaliSum).toBe(1.2);
  });

  it('applies only up to 4/3 alkali (Li[Li1/3Mn2/3]O2), and only with some alkali', () => {
    expect(problemOf('Li1.34Mn0.5O2')?.alkaliSum).toBe(1.34);
    expect(problemOf('Li1.35Mn0.5O2')).toBeUndefined();
    expect(problemOf('Ni0.5Mn0.3O2')).toBeUndefined();
  });

  it('applies only with a metal on the M site (NaO2 is no layered oxide)', () => {
    expect(problemOf('NaO2')).toBeUndefined();
    expect(problemOf('KO2')).toBeUndefined();
  });

  it('applies only to exactly two anions and no second anion former', () => {
    expect(problemOf('LiNi0.9Co0.2O2')?.metalSum).toBe(1.1);
    expect(problemOf('LiNi0.9Co0.2O2F0.1')).toBeUndefined();
    expect(problemOf('LiNi0.9Co0.2O2.1')).toBeUndefined();
    expect(problemOf('LiNi0.9Co0.2O3')).toBeUndefined();
  });

  it('an alkali other than the first counts on the A site (K, Na with Li)', () => {
    expect(problemOf('Li0.5Na0.5CoO2')).toBeUndefined();
    expect(problemOf('Li0.5K0.5Co0.9O2')?.alkaliSum).toBe(1);
  });
});

describe('the layered sulfide AMS2', () => {
  it('LiTiS2 fits, the review’s Li-rich Li1.13Ti0.57Fe0.3S2 too; a short M site does not', () => {
    expect(problemOf('LiTiS2')).toBeUndefined();
    expect(problemOf('Li1.13Ti0.57Fe0.3S2')).toBeUndefined();
    const problem = problemOf('LiTi0.9S2')!;
    expect(problem.rule.label).toBe('a layered sulfide AMS2');
    expect(describeSiteSum(problem)).toBe(
      "reads as a layered sulfide AMS2, but its M-site amounts add up to 0.9 (Ti 0.9), not 1 (nor to 2 with the A site's 1, as in an alkali-rich one): check the amounts",
    );
  });
});
