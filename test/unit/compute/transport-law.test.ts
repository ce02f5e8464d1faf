/**
 * The percolation law and the size rule called directly (compute/transport.ts,
 * compute/particle-size.ts): the branches the composite never reaches through a `.cell` file (a
 * phase that does not percolate is answered before the law is asked), and the inputs the
 * language's bounds keep out. Written against the mutants that survived their first run.
 */
import { describe, expect, it } from 'vitest';
import { sizeAwareThreshold, sizeAwareThresholds } from '../../../server/src/core/compute/particle-size';
import { networkConductance, percolationFactor } from '../../../server/src/core/compute/transport';

const sigma = (value: number) => ({ low: value, high: value, representative: value });

describe('percolationFactor', () => {
  it('is 0 at and below the threshold, ((x − x_c)/(1 − x_c))² above it', () => {
    expect(percolationFactor(0.29, 0.29)).toBe(0);
    expect(percolationFactor(0.2, 0.29)).toBe(0);
    expect(percolationFactor(0.645, 0.29)).toBeCloseTo(0.25, 12);
    expect(percolationFactor(1, 1)).toBe(0);
  });
});

describe('networkConductance', () => {
  it('a phase below its threshold (Σ x/x_c < 1) has no network: nothing, in regime none', () => {
    const result = networkConductance([{ name: 'LPSCl', solidFraction: 0.2, threshold: 0.29, conductivity: sigma(2) }], 0);
    expect(result).toEqual({ share: 0.2 / 0.29, percolates: false, effective: { low: 0, high: 0, representative: 0 }, regime: 'none' });
  });

  it('no conductor at all: share 0, no network', () => {
    expect(networkConductance([], 0.1)).toEqual({ share: 0, percolates: false, effective: { low: 0, high: 0, representative: 0 }, regime: 'none' });
  });

  it('exactly at Σ x/x_c = 1 it percolates, with nothing yet to carry', () => {
    const result = networkConductance([{ name: 'LPSCl', solidFraction: 0.25, threshold: 0.25, conductivity: sigma(2) }], 0);
    expect(result.percolates).toBe(true);
    expect(result.effective.representative).toBe(0);
  });

  it('one conductor above its threshold: its own network, times (1 − p)^1.5 for the pores', () => {
    const result = networkConductance([{ name: 'LPSCl', solidFraction: 0.645, threshold: 0.29, conductivity: { low: 1, high: 4, representative: 2 } }], 0.19);
    const pores = 0.81 ** 1.5;
    expect(result.regime).toBe('own-networks');
    expect(result.percolates).toBe(true);
    expect(result.effective.low).toBeCloseTo(0.25 * pores, 12);
    expect(result.effective.high).toBeCloseTo(4 * 0.25 * pores, 12);
    expect(result.effective.representative).toBeCloseTo(2 * 0.25 * pores, 12);
  });

  it('two electrolytes each below the threshold percolate together as one network, bounded by the poorer', () => {
    const result = networkConductance(
      [
        { name: 'A', solidFraction: 0.2, threshold: 0.29, conductivity: sigma(2) },
        { name: 'B', solidFraction: 0.2, threshold: 0.29, conductivity: sigma(0.5) },
      ],
      0,
    );
    expect(result.regime).toBe('joint-network');
    // X = 0.4, X_c = 0.29: 0.5 · ((0.4 − 0.29)/0.71)²
    expect(result.effective.representative).toBeCloseTo(0.5 * (0.11 / 0.71) ** 2, 12);
  });
});

describe('the size rule at its edges', () => {
  const S = 0.294;
  it('ignores sized solids that are absent (0 % of the solid) or have no size (d50 0)', () => {
    const solid = (solidFraction: number, d50: number) => ({ solidFraction, d50, deformable: false, ownThreshold: false });
    expect(sizeAwareThreshold([solid(1, 5), solid(0, 1)], 0, S)).toBeUndefined();
    expect(sizeAwareThreshold([solid(0.5, 5), solid(0.5, 0)], 0, S)).toBeUndefined();
  });

  it('all thresholds at once equal each one computed from its own others', () => {
    const solids = [0.3, 0.2, 0.25, 0.15, 0.1].map((solidFraction, i) => ({ solidFraction, d50: [10, 1, 4, 0.5, 25][i], deformable: i % 2 === 1, ownThreshold: i === 4 }));
    const all = sizeAwareThresholds(solids, S);
    const each = (index: number): number | undefined => {
      // The others' volume-weighted mean inverse size, computed directly (the hard solids' harmonic mean caps the soft ones).
      const hard = solids.filter((s) => !s.deformable && !s.ownThreshold);
      const hardMean = hard.reduce((a, s) => a + s.solidFraction, 0) / hard.reduce((a, s) => a + s.solidFraction / s.d50, 0);
      const size = (s: (typeof solids)[number]): number => (s.deformable ? Math.min(s.d50, hardMean) : s.d50);
      const others = solids.filter((s, i) => i !== index && !s.ownThreshold);
      const mean = others.reduce((a, s) => a + s.solidFraction / size(s), 0) / others.reduce((a, s) => a + s.solidFraction, 0);
      const weight = (S / (1 - S)) * mean * size(solids[index]!);
      return solids[index]!.ownThreshold ? undefined : weight / (1 + weight);
    };
    expect(all).toHaveLength(5);
    all.forEach((threshold, i) => (threshold === undefined ? expect(each(i)).toBeUndefined() : expect(threshold).toBeCloseTo(each(i)!, 12)));
    expect(all.map((_, i) => sizeAwareThreshold(solids, i, S))).toEqual(all);
  });
});
