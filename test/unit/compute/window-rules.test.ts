/**
 * The two window rules called directly (compute/oxidation.ts, compute/reduction.ts), with the
 * library's own entries: the voltage an electrolyte tolerates against a cathode, the lowest
 * potential of an anode, and when an anode reduces an electrolyte — each at its threshold, just
 * inside and just outside. Written against the mutants that survived the files' first run.
 */
import { describe, expect, it } from 'vitest';
import { toleratedVoltage } from '../../../server/src/core/compute/oxidation';
import { isReducedAt, lowestPotential, METAL_REDUCTION_MARGIN, reducedContinuously, reductionPotential } from '../../../server/src/core/compute/reduction';
import type { MaterialModel } from '../../../server/src/core/model';
import { libraryMaterial } from '../../../server/src/core/model/library-materials';
import { LPSCL, material } from './models';

function library(name: string): MaterialModel {
  const found = libraryMaterial(name);
  if (!found) throw new Error(`${name} is not in the library`);
  return found;
}

/** The same material as if its formula had not parsed: no chemistry. */
function withoutChemistry(m: MaterialModel): MaterialModel {
  const { chemistry: _chemistry, ...rest } = m;
  return rest;
}

describe('toleratedVoltage', () => {
  // Li6PS5Cl: computed window 1.71–2.01 V (Zhu et al. 2015).
  const lpscl = library('Li6PS5Cl');

  it('a homo-category contact (a sulfide cathode on Li6PS5Cl) gets the slack: 2.01 + 1.0 V', () => {
    const result = toleratedVoltage(lpscl, 'sulfide', 1.0)!;
    expect(result.limit.value).toBe(2.01);
    expect(result.homoCategory).toBe(true);
    expect(result.slack).toBe(1.0);
    expect(result.tolerated).toBeCloseTo(3.01, 12);
  });

  it('a hetero-category contact (an oxide cathode on Li6PS5Cl) gets none', () => {
    const result = toleratedVoltage(lpscl, 'oxide', 1.0)!;
    expect(result).toMatchObject({ slack: 0, homoCategory: false, tolerated: 2.01 });
  });

  it('unknown without an oxidation limit, a cathode class or an electrolyte class (a formula that does not parse)', () => {
    expect(toleratedVoltage(LPSCL, 'sulfide', 1.0)).toBeUndefined(); // no window declared
    expect(toleratedVoltage(lpscl, undefined, 1.0)).toBeUndefined();
    expect(toleratedVoltage(withoutChemistry(lpscl), 'sulfide', 1.0)).toBeUndefined();
  });
});

describe('lowestPotential', () => {
  it('the low end of a voltage range where one is given, else the voltage', () => {
    const silicon: MaterialModel = { ...material('Si', { role: 'anode', voltage: 0.4 }), voltageRange: { low: 0.05, high: 0.75 } };
    expect(lowestPotential(silicon)).toBe(0.05);
    expect(lowestPotential(library('LiIn'))).toBe(0.62);
    expect(lowestPotential(material('Li', { role: 'anode', voltage: 0 }))).toBe(0);
    expect(lowestPotential(material('Li', { role: 'anode' }))).toBeUndefined();
  });
});

describe('reduction of an electrolyte by an anode', () => {
  it('below a reduction limit (Li6PS5Cl, 1.71 V computed): reduced just below, not at or above it', () => {
    const lpscl = library('Li6PS5Cl');
    expect(reductionPotential(lpscl)).toMatchObject({ value: 1.71, limit: { value: 1.71 } });
    expect(isReducedAt(lpscl, 1.7)).toBe(true);
    expect(isReducedAt(lpscl, 1.71)).toBe(false);
    expect(isReducedAt(lpscl, 1.72)).toBe(false);
    // Its interphase passivates: reduced, but not continuously.
    expect(reducedContinuously(lpscl, 0)).toBe(false);
  });

  it('at or below an anode a source reports reducing it (Li3InCl6 at In/InLi, 0.62 V), inclusively', () => {
    const lic = library('Li3InCl6');
    expect(reductionPotential(lic)).toMatchObject({ value: 0.62, reducedAt: { value: 0.62 } });
    expect(isReducedAt(lic, 0.62)).toBe(true);
    expect(isReducedAt(lic, 0.63)).toBe(false);
    // Its interphase is mixed: an anode that reduces it does so continuously.
    expect(reducedContinuously(lic, 0.62)).toBe(true);
    expect(reducedContinuously(lic, 1.55)).toBe(false);
  });

  it('by the metal only, when all that is known is its interphase (Li3ErCl6)', () => {
    const lec = library('Li3ErCl6');
    expect(reductionPotential(lec)).toEqual({ value: METAL_REDUCTION_MARGIN });
    expect(isReducedAt(lec, 0)).toBe(true);
    expect(isReducedAt(lec, METAL_REDUCTION_MARGIN)).toBe(false);
    expect(isReducedAt(lec, 0.62)).toBe(false);
  });

  it('nothing known (an electrolyte with no window, no reporting anode, no interphase): never reduced', () => {
    expect(reductionPotential(LPSCL)).toBeUndefined();
    expect(isReducedAt(LPSCL, 0)).toBe(false);
    expect(reducedContinuously(LPSCL, 0)).toBe(false);
  });
});
