import { describe, expect, it } from 'vitest';
import { atomCount, capacityPerElectron, FARADAY_MAH_PER_MOL, formatFormula, molarMass, parseFormula, type Formula } from '../../../server/src/core/formula';

function formula(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.formula;
}

// Hand-computed from the IUPAC 2021 abridged standard atomic weights:
// Li 6.94, O 15.999, S 32.06, P 30.974, Cl 35.45, Ti 47.867, Ge 72.630, Se 78.971,
// Co 58.933, Ni 58.693, Mn 54.938, Fe 55.845, In 114.82, Y 88.906, Zr 91.224, La 138.91, Nb 92.906.
const MOLAR_MASSES: readonly [text: string, gPerMol: number, working: string][] = [
  ['Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 644.9096, '1.75·6.94 + 2·47.867 + 0.75·72.630 + 2.25·30.974 + 11.4·32.06 + 0.6·78.971'],
  ['LiCoO2', 97.871, '6.94 + 58.933 + 2·15.999'],
  ['Li6PS5Cl', 268.364, '6·6.94 + 30.974 + 5·32.06 + 35.45'],
  ['Li10GeP2S12', 588.698, '10·6.94 + 72.630 + 2·30.974 + 12·32.06'],
  ['LiNi0.8Co0.1Mn0.1O2', 97.2795, '6.94 + 0.8·58.693 + 0.1·58.933 + 0.1·54.938 + 2·15.999'],
  ['LiFePO4', 157.755, '6.94 + 55.845 + 30.974 + 4·15.999'],
  ['Li3InCl6', 348.34, '3·6.94 + 114.82 + 6·35.45'],
  ['Li3YCl6', 322.426, '3·6.94 + 88.906 + 6·35.45'],
  ['Li2ZrCl6', 317.804, '2·6.94 + 91.224 + 6·35.45'],
  ['Li7La3Zr2O12', 839.746, '7·6.94 + 3·138.91 + 2·91.224 + 12·15.999'],
  ['LiNbOCl4', 257.645, '6.94 + 92.906 + 15.999 + 4·35.45'],
  ['Li2S', 45.94, '2·6.94 + 32.06'],
];

describe('molar mass from the IUPAC 2021 abridged atomic weights', () => {
  for (const [text, expected, working] of MOLAR_MASSES) {
    it(`${text} weighs ${expected} g/mol (${working})`, () => {
      expect(molarMass(formula(text))).toBeCloseTo(expected, 6);
    });
  }

  it('agrees with the review to 0.01 %: LTG is about 645.0 g/mol and LiCoO2 97.87 g/mol', () => {
    expect(Math.abs(molarMass(formula('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3')) - 645.0) / 645.0).toBeLessThan(2e-4);
    expect(molarMass(formula('LiCoO2'))).toBeCloseTo(97.87, 2);
  });
});

describe('capacity per redox electron', () => {
  it('uses the Faraday constant of CODATA 2018 in mAh/mol: 96485.33212 / 3.6', () => {
    expect(FARADAY_MAH_PER_MOL).toBeCloseTo(26801.4811, 3);
  });

  it('gives LiCoO2 its textbook 274 mAh/g for one electron', () => {
    expect(capacityPerElectron(97.871)).toBeCloseTo(273.845, 3);
  });

  it("makes LTG's 250 mAh/g about six electrons per formula unit", () => {
    const perElectron = capacityPerElectron(molarMass(formula('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3')));
    expect(perElectron).toBeCloseTo(41.5585, 3);
    expect(Math.round(250 / perElectron)).toBe(6);
  });

  it('gives Li2S 1167 mAh/g for its two electrons', () => {
    expect(2 * capacityPerElectron(molarMass(formula('Li2S')))).toBeCloseTo(1166.8, 1);
  });
});

describe('atom count and flat formatting', () => {
  it('counts fractional atoms per formula unit of NCM811 and LATP', () => {
    expect(atomCount(formula('LiNi0.8Co0.1Mn0.1O2'))).toBeCloseTo(4, 12);
    expect(atomCount(formula('Li1.3Al0.3Ti1.7(PO4)3'))).toBeCloseTo(18.3, 12);
  });

  it('writes groups multiplied out and leaves out amounts of one', () => {
    expect(formatFormula(formula('Li1.3Al0.3Ti1.7(PO4)3'))).toBe('Li1.3Al0.3Ti1.7P3O12');
    expect(formatFormula(formula('LiCoO2'))).toBe('LiCoO2');
  });
});
