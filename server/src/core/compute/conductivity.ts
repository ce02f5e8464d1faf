/**
 * Conductivities stay ranges where the literature gives ranges (LTG: 0.22–0.66 mS/cm from the
 * charged to the discharged state). Where one number is needed — the percolation law, the
 * ratio of the two phases, the "does it conduct" test — the representative value is the
 * geometric mean of the ends: conductivities spread over orders of magnitude, so the middle
 * of a range on a log scale is the honest middle.
 */
import type { NumberRange } from '../model';

/** mS/cm. */
export interface Conductivity {
  readonly low: number;
  readonly high: number;
  /** √(low·high); equal to both ends for a single value. */
  readonly representative: number;
}

export function conductivityOf(range: NumberRange): Conductivity {
  return { low: range.low, high: range.high, representative: geometricMean(range.low, range.high) };
}

export function geometricMean(low: number, high: number): number {
  return low === high ? low : Math.sqrt(low * high);
}
