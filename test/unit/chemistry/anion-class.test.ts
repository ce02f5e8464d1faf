import { describe, expect, it } from 'vitest';
import { anionClass, type AnionClass } from '../../../server/src/core/chemistry/anion-class';
import { parseFormula } from '../../../server/src/core/formula';

function classOf(text: string): AnionClass {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return anionClass(result.formula);
}

describe('anion class from the anions of the charge assignment', () => {
  const cases: readonly [text: string, expected: AnionClass, why: string][] = [
    ['Li6PS5Cl', 'sulfide', 'S2− carries 10 of the 11 anion charges'],
    ['Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 'sulfide', 'S and Se are one chalcogenide family'],
    ['Li10GeP2S12', 'sulfide', 'an LGPS thiophosphate'],
    ['Li9.54[Si0.6Ge0.4]1.74P1.44S11.1Br0.3O0.6', 'sulfide', 'O and Br are small dopants (5 % and 1 %)'],
    ['LiNbOCl4', 'oxyhalide', 'O holds 2 of 6 anion charges, Cl 4 of 6: both at least 20 %'],
    ['LiTaOCl4', 'oxyhalide', 'the tantalum analogue'],
    ['LiFePO4', 'oxide', 'P is the cation P5+ of the phosphate'],
    ['LiCoO2', 'oxide', 'a layered oxide'],
    ['Li7La3Zr2O12', 'oxide', 'a garnet'],
    ['Li3InCl6', 'halide', 'a chloride'],
    ['Li3YBr6', 'halide', 'a bromide'],
    ['FeCl3', 'halide', 'a chloride cathode'],
    ['Li2PO2N', 'oxide', 'LiPON: O carries 4 of 7 anion charges, N 3 of 7'],
    ['Li3N', 'nitride', 'N3−'],
    ['Li3P', 'phosphide', 'P3− is a phosphide, not a nitride'],
    ['LiBH4', 'hydroborate', 'the borohydride BH4−, a complex hydride'],
    ['LiH', 'hydride', 'a simple hydride, H−'],
    ['Li2B12H12', 'hydroborate', 'the closo-borate B12H12 2−'],
    ['Na2B12H12', 'hydroborate', 'its sodium salt'],
    ['LiCB11H12', 'hydroborate', 'the carba-closo-borate CB11H12−'],
    ['Na4(B12H12)(B10H10)', 'hydroborate', 'the mixed closo-borate electrolyte'],
    ['Na2MnFe(CN)6', 'cyanide', 'a Prussian white: C≡N−, not a nitride'],
    ['KFe2(CN)6', 'cyanide', 'Prussian blue'],
    ['Li2S4', 'sulfide', 'a polysulfide is still a sulfide'],
    ['KO2', 'oxide', 'a superoxide is still an oxide'],
    ['LiOH', 'oxide', 'H is the cation H+ here'],
    ['Li3NiS4', 'sulfide', 'still a sulfide with S partly at −1'],
    ['LiCoO3', 'oxide', 'an unbalanced formula is classified by its anions at their nominal states'],
    ['NaCl2', 'halide', 'likewise unbalanced'],
    ['LiIn', 'none', 'an alloy has no anions'],
    ['S8', 'sulfide', 'elemental sulfur is the charged end of the sulfide family (Li2S ⇌ S)'],
    ['Li', 'none', 'a metal has no anions'],
  ];
  for (const [text, expected, why] of cases) {
    it(`${text} is ${expected === 'none' ? 'of no anion class' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`}: ${why}`, () => {
      expect(classOf(text)).toBe(expected);
    });
  }

  it('calls a composition an oxyhalide only when oxide and halide both reach 20 % of the anion charge', () => {
    // Cl-doped Li3PO4: O carries 8 of 8.1 anion charges, Cl about 1 %: still an oxide.
    expect(classOf('Li3.1PO4Cl0.1')).toBe('oxide');
    // The antiperovskite Li3OCl: O carries 2 of 3 anion charges, Cl 1 of 3.
    expect(classOf('Li3OCl')).toBe('oxyhalide');
  });
});
