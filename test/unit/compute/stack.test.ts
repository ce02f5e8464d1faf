/**
 * The stack arithmetic (compute/stack.ts) and the representative conductivity
 * (compute/conductivity.ts) called directly, with the units worked by hand
 * (docs/computations.md §3): the edges the cell and the design solver reach only in part — no
 * current, a phase that carries nothing, a single-valued conductivity. Written against the
 * mutants that survived the files' first run.
 */
import { describe, expect, it } from 'vitest';
import { conductivityOf, geometricMean } from '../../../server/src/core/compute/conductivity';
import { arealCapacity, energyDensity, loadingFromThickness, specificEnergy, thicknessFromLoading, voltageDrop } from '../../../server/src/core/compute/stack';

describe('layer and stack arithmetic', () => {
  it('15 mg/cm2 at 3 g/cm3 is 50 um thick, and back', () => {
    // 15 mg/cm2 ÷ 3000 mg/cm3 = 5e-3 cm = 50 um.
    expect(thicknessFromLoading(15, 3)).toBeCloseTo(50, 12);
    expect(loadingFromThickness(50, 3)).toBeCloseTo(15, 12);
  });

  it('areal capacity: 15 mg/cm2 × 136.5 mAh/g = 2.0475 mAh/cm2', () => {
    expect(arealCapacity(15, 136.5)).toBeCloseTo(2.0475, 12);
  });

  it('specific energy and energy density: 8 mWh/cm2 over 25 mg/cm2 is 320 Wh/kg; over 100 um, 800 Wh/L', () => {
    expect(specificEnergy(8, 25)).toBeCloseTo(320, 12);
    expect(energyDensity(8, 100)).toBeCloseTo(800, 12);
  });
});

describe('voltageDrop ΔV = j·L/σ_eff', () => {
  it('2 mA/cm2 through 50 um at 0.1 mS/cm costs 0.1 V', () => {
    // 2 mA/cm2 × 5e-3 cm ÷ 0.1 mS/cm = 0.1 V.
    expect(voltageDrop(2, 50, 0.1)).toBeCloseTo(0.1, 12);
  });

  it('a phase that carries nothing costs an infinite voltage', () => {
    expect(voltageDrop(2, 50, 0)).toBe(Infinity);
  });

  it('no current costs nothing, even through a phase that carries nothing', () => {
    expect(voltageDrop(0, 50, 0)).toBe(0);
    expect(voltageDrop(0, 50, 0.1)).toBe(0);
  });
});

describe('the representative conductivity', () => {
  it('of a range is the geometric mean of its ends; the ends are kept', () => {
    expect(geometricMean(0.22, 0.66)).toBeCloseTo(Math.sqrt(0.22 * 0.66), 15);
    expect(conductivityOf({ low: 1, high: 100 })).toEqual({ low: 1, high: 100, representative: 10 });
  });

  it('of a single value is that value exactly, even where its square under- or overflows', () => {
    // √(x·x) = x whenever x·x is representable; the branch keeps the value where it is not.
    expect(geometricMean(2.05, 2.05)).toBe(2.05);
    expect(geometricMean(1e-200, 1e-200)).toBe(1e-200);
    expect(geometricMean(1e200, 1e200)).toBe(1e200);
    expect(conductivityOf({ low: 1e-200, high: 1e-200 }).representative).toBe(1e-200);
  });
});
