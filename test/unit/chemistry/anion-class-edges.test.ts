/**
 * The anion class at its edges: the oxyhalide share from both sides, the tie-break between
 * families of equal charge, the ratio windows of the molecular anions, single elements, and
 * formulas with no anion charge at all. Written against the mutants mutation testing found
 * alive in chemistry/anion-class.ts (stryker); anion-class.test.ts has the ordinary materials.
 */
import { describe, expect, it } from 'vitest';
import { anionClass, OXYHALIDE_MIN_SHARE } from '../../../server/src/core/chemistry/anion-class';
import { parseFormula } from '../../../server/src/core/formula';

function classOf(text: string) {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return anionClass(parsed.formula);
}

describe('oxyhalide: oxide and halide each at least 20 % of the anion charge', () => {
  it('exactly 20 % oxide is an oxyhalide, just under is a halide', () => {
    expect(OXYHALIDE_MIN_SHARE).toBe(0.2);
    // Li10OCl8: O carries 2 of 10 anion charges.
    expect(classOf('Li10OCl8')).toBe('oxyhalide');
    // Li11OCl9: 2 of 11.
    expect(classOf('Li11OCl9')).toBe('halide');
  });

  it('exactly 20 % halide is an oxyhalide, just under is an oxide', () => {
    // Li5O2Cl: Cl carries 1 of 5.
    expect(classOf('Li5O2Cl')).toBe('oxyhalide');
    // Li7O3Cl: 1 of 7.
    expect(classOf('Li7O3Cl')).toBe('oxide');
  });
});

describe('the largest share names the class; equal shares go by the family order', () => {
  it('oxide before sulfide, sulfide before halide, halide before nitride', () => {
    expect(classOf('Li4OS')).toBe('oxide');
    expect(classOf('Li4SCl2')).toBe('sulfide');
    expect(classOf('Li6Cl3N')).toBe('halide');
  });

  it('a larger share wins whatever the order', () => {
    expect(classOf('Li5OS1.5')).toBe('sulfide');
    expect(classOf('Li4SCl2.1')).toBe('halide');
    expect(classOf('Li3N')).toBe('nitride');
  });
});

describe('molecular anions by their atom ratio', () => {
  it('cyanide: N/C within 0.95–1.05', () => {
    expect(classOf('KFe2(CN)6')).toBe('cyanide');
    expect(classOf('KC20N19')).toBe('cyanide'); // 0.95
    expect(classOf('KC20N21')).toBe('cyanide'); // 1.05
    expect(classOf('KC100N94')).not.toBe('cyanide');
    expect(classOf('KC100N106')).not.toBe('cyanide');
  });

  it('hydroborate: H/B within 1–4, both ends included', () => {
    expect(classOf('LiBH4')).toBe('hydroborate');
    expect(classOf('Li2B12H12')).toBe('hydroborate');
    expect(classOf('LiB2H9')).not.toBe('hydroborate');
    expect(classOf('Li2B12H11')).not.toBe('hydroborate');
  });
});

describe('single elements and formulas without anion charge', () => {
  it('elemental chalcogens are sulfides, other elements have no class', () => {
    expect(classOf('S')).toBe('sulfide');
    expect(classOf('Se')).toBe('sulfide');
    expect(classOf('Te')).toBe('sulfide');
    expect(classOf('O2')).toBe('none');
    expect(classOf('Cl2')).toBe('none');
    expect(classOf('Si')).toBe('none');
  });

  it('an intermetallic of two metals has no anion charge', () => {
    expect(classOf('Li22Si5')).toBe('none');
    expect(classOf('Na15Sn4')).toBe('none');
  });
});

describe('only anions count, at the states the charge balance gives them', () => {
  it('a formula of several elements is not classed by its first element alone, a chalcogen or not', () => {
    expect(classOf('SeO2')).toBe('oxide');
    expect(classOf('TeO2')).toBe('oxide');
    expect(classOf('SF6')).toBe('halide');
  });

  it('an anion former in a positive state (S⁶⁺, Cl⁺) is a cation there: it counts for no family', () => {
    // S⁶⁺ in SO3: counted as an anion it would cancel the oxide's charge.
    expect(classOf('SO3')).toBe('oxide');
    expect(classOf('Li2SO4')).toBe('oxide');
    // Cl⁺ in a hypochlorite: at its nominal −1 it would make an oxyhalide (1 of 3).
    expect(classOf('LiClO')).toBe('oxide');
    expect(classOf('NaClO')).toBe('oxide');
  });
});

describe('a formula with no assignment of known states at all', () => {
  it('an element without known states (a noble gas): every anion former at its most negative state', () => {
    // Ar has no oxidation state, so the charge balance gives no assignment, not even the closest.
    expect(classOf('ArO2')).toBe('oxide');
    expect(classOf('NeF2')).toBe('halide');
    expect(classOf('ArN')).toBe('nitride');
    expect(classOf('LiArO2')).toBe('oxide');
    // O²⁻ ×3 and Cl⁻ ×2: 2 of 8 anion charges are the halide's.
    expect(classOf('Ar2O3Cl2')).toBe('oxyhalide');
  });
});
