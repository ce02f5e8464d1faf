/**
 * The percolation threshold of a material's particles from the particle sizes of a composite:
 * small particles among large ones touch many more of their own kind and connect sooner (a
 * fine electrolyte among coarse NCM conducts at 15 vol% of the solid), large ones among small
 * ones later (Bielefeld et al. 2019: coarse NCM needs 45–58 vol% to carry electrons).
 *
 * The coordination-number model of random sphere packings (Chen et al., J. Power Sources 196,
 * 3178 (2011), Eq. 2 and Eq. 7, after Bouvard & Lange and Suzuki & Oshima): with a mean
 * coordination number Z̄ = 6, a particle of species k touches on average
 * Z_kk = Z̄ · (x_k/r_k) / Σ_m (x_m/r_m) others of its kind (x: fraction of the solid volume,
 * r: radius), and the species percolates once Z_kk reaches 1.764. Equal sizes give the familiar
 * x_c = 1.764/6 = 0.294, which is what the `percolationThreshold` setting holds; so the model is
 * written around that setting s: k percolates once its share of the particles' surface,
 * (x_k/d_k) / Σ_m (x_m/d_m), reaches s. Holding the other solids in their proportions, that
 * share is reached at
 *
 *   x_c,k = q·A·d_k / (1 + q·A·d_k),   q = s/(1 − s),   A = Σ_m≠k (x_m/d_m) / Σ_m≠k x_m
 *
 * (A: the others' volume-weighted mean inverse size). A soft electrolyte (deformability-data.ts)
 * coarser than the hard particles is pressed into the gaps between them: it counts with the hard
 * particles' mean size, never coarser.
 *
 * Only solids with a declared `d50` take part; a material with its own `percolation` (a fibre,
 * a carbon black) keeps it and is left out of the others' mean, as is a solid without a size.
 */

export interface SizedSolid {
  /** Fraction of the solid volume, 0–1. */
  readonly solidFraction: number;
  /** Median particle size, µm; undefined when not declared. */
  readonly d50: number | undefined;
  /** Pressing deforms it into the gaps between hard particles (a sulfide or halide electrolyte). */
  readonly deformable: boolean;
  /** It declares its own `percolation`, which wins over any size rule. */
  readonly ownThreshold: boolean;
}

/**
 * x_c of every solid from the sizes, in order; undefined where the sizes do not say (see above).
 * Linear in the number of solids: the sums over all sized solids are taken once, and each
 * solid's "others" are those sums less its own share.
 */
export function sizeAwareThresholds(solids: readonly SizedSolid[], equalSizeThreshold: number): (number | undefined)[] {
  const sized = (s: SizedSolid): s is SizedSolid & { d50: number } => s.d50 !== undefined && s.d50 > 0 && s.solidFraction > 0 && !s.ownThreshold;
  const hard = solids.filter((s) => sized(s) && !s.deformable) as (SizedSolid & { d50: number })[];
  const hardMeanSize = hard.length ? harmonicMean(hard) : Infinity;
  const effective = (s: SizedSolid & { d50: number }): number => (s.deformable ? Math.min(s.d50, hardMeanSize) : s.d50);
  let count = 0;
  let volume = 0;
  let inverseSize = 0;
  for (const s of solids) {
    if (!sized(s)) continue;
    count += 1;
    volume += s.solidFraction;
    inverseSize += s.solidFraction / effective(s);
  }
  const q = equalSizeThreshold / (1 - equalSizeThreshold);
  return solids.map((target) => {
    if (target.d50 === undefined || target.ownThreshold) return undefined;
    const own = sized(target);
    if (count - (own ? 1 : 0) === 0) return undefined;
    const othersVolume = volume - (own ? target.solidFraction : 0);
    const othersInverseSize = inverseSize - (own ? target.solidFraction / effective(target) : 0);
    const weight = q * (othersInverseSize / othersVolume) * effective(target as SizedSolid & { d50: number });
    return weight / (1 + weight);
  });
}

/** x_c of `solids[index]` alone (sizeAwareThresholds gives all of them at once). */
export function sizeAwareThreshold(solids: readonly SizedSolid[], index: number, equalSizeThreshold: number): number | undefined {
  return sizeAwareThresholds(solids, equalSizeThreshold)[index];
}

/** The volume-weighted harmonic mean size, µm (the size whose surface per volume the solids have). */
function harmonicMean(solids: readonly (SizedSolid & { d50: number })[]): number {
  const volume = solids.reduce((sum, s) => sum + s.solidFraction, 0);
  return volume / solids.reduce((sum, s) => sum + s.solidFraction / s.d50, 0);
}
