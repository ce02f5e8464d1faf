/**
 * Effective conductivity of one phase (ions or electrons) through a composite electrode: a
 * percolation model, checked against published measurements in docs/validation.md.
 *
 * Each material that conducts the phase forms a network among the solid particles. Below its
 * percolation threshold x_c (a fraction of the solid volume) the network is not connected and
 * carries nothing; above it, its conductance grows as a power of the distance from the
 * threshold (the percolation scaling law, Stauffer & Aharony), normalised so that the pure
 * material (x = 1) has its own compact conductivity:
 *
 *   σ_i,eff = σ_i · ((x_i − x_c,i) / (1 − x_c,i))^t     for x_i > x_c,i, else 0
 *
 * with the universal conductivity exponent of three-dimensional percolation, t = 2.0. The
 * networks of different conductors carry current side by side, so their terms add. Several
 * conductors that percolate only together (two electrolytes each below its threshold, whose
 * Σ x/x_c ≥ 1) form one joint network whose conductance is bounded by its poorest member:
 * σ_min · ((X − X_c)/(1 − X_c))^t with X = Σ x_i and X_c = X / Σ(x_i/x_c,i). Pores are an
 * insulating phase that the solid network must go around: the result is multiplied by
 * (1 − porosity)^1.5 (Bruggeman's relation for insulating inclusions).
 *
 * What the model does not know, and docs/validation.md shows where it matters: particle sizes
 * (small electrolyte particles among large active ones percolate below x_c), how a binder
 * coats the particles (it only dilutes them here), pressure, and a carbon's agglomeration.
 */
import type { Conductivity } from './conductivity';

/** The model's constants, each with where it comes from (docs/computations.md §2). */
export const TRANSPORT_MODEL = {
  /**
   * The conductivity exponent t of three-dimensional percolation, universal for random
   * networks: 2.0 (t/ν = 2.282 with ν = 0.88: Batrouni, Hansen & Larson, Phys. Rev. E 53, 2292
   * (1996); D. Stauffer, A. Aharony, Introduction to Percolation Theory, 2nd ed., 1994).
   */
  conductivityExponent: 2.0,
  /** Pores as insulating inclusions: σ ∝ (1 − p)^1.5 (D. A. G. Bruggeman, Ann. Phys. 416, 636 (1935)). */
  poreExponent: 1.5,
} as const;

export interface NetworkConductor {
  readonly name: string;
  /** Fraction of the solid volume, 0–1. */
  readonly solidFraction: number;
  /** x_c, a fraction of the solid volume. */
  readonly threshold: number;
  readonly conductivity: Conductivity;
}

export interface NetworkConductance {
  /** Σ x_i/x_c,i: at least 1 when the phase percolates. */
  readonly share: number;
  readonly percolates: boolean;
  /** mS/cm; zero ends when the phase does not percolate. */
  readonly effective: Conductivity;
  /** Which law gave the value: each conductor's own network, or the joint network of several. */
  readonly regime: 'none' | 'own-networks' | 'joint-network';
}

/** ((x − x_c)/(1 − x_c))^t above the threshold, 0 at or below it. */
export function percolationFactor(fraction: number, threshold: number): number {
  // A fraction is at most 1, so a threshold of 1 (or more) never lets a network form.
  if (fraction <= threshold) return 0;
  return ((fraction - threshold) / (1 - threshold)) ** TRANSPORT_MODEL.conductivityExponent;
}

/** The effective conductivity of one phase (see the file's comment), in mS/cm. */
export function networkConductance(conductors: readonly NetworkConductor[], porosity: number): NetworkConductance {
  const share = conductors.reduce((sum, c) => sum + c.solidFraction / c.threshold, 0);
  const zero: Conductivity = { low: 0, high: 0, representative: 0 };
  if (share < 1 || conductors.length === 0) return { share, percolates: false, effective: zero, regime: 'none' };
  const pores = (1 - porosity) ** TRANSPORT_MODEL.poreExponent;
  const own = (end: (c: Conductivity) => number): number =>
    conductors.reduce((sum, c) => sum + end(c.conductivity) * percolationFactor(c.solidFraction, c.threshold), 0);
  const total = conductors.reduce((sum, c) => sum + c.solidFraction, 0);
  const jointFactor = percolationFactor(total, total / share);
  const joint = (end: (c: Conductivity) => number): number => Math.min(...conductors.map((c) => end(c.conductivity))) * jointFactor;
  const ownValue = own((c) => c.representative);
  const jointValue = joint((c) => c.representative);
  const useJoint = jointValue > ownValue;
  const pick = (end: (c: Conductivity) => number): number => pores * (useJoint ? joint(end) : own(end));
  const low = pick((c) => c.low);
  const high = pick((c) => c.high);
  return {
    share,
    percolates: true,
    effective: { low, high, representative: pick((c) => c.representative) },
    regime: useJoint ? 'joint-network' : 'own-networks',
  };
}
