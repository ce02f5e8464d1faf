/**
 * wt% ↔ vol% of one solid, the one conversion: the composite's hints (compute/composite.ts) and
 * the mixed-basis sum check (checks/mixture.ts) both read it.
 *
 * A fraction given in one basis is used as given and the other basis goes through the densities:
 * v_i ∝ w_i/ρ_i and w_i ∝ v_i·ρ_i. A composite that mixes wt% and vol% is solved for the one
 * solid volume per gram S = Σ_wt(w/ρ) / (1 − Σ_vol v) that makes both sets consistent: the vol%
 * parts then weigh w_j = v_j·ρ_j·S and the wt% parts take v_i = w_i/(ρ_i·S); the fractions as
 * given are consistent when these masses add up to 1.
 */
import type { FractionBasis } from '../model';

export interface FractionPart {
  readonly basis: FractionBasis;
  /** 0–1 */
  readonly value: number;
  /** g/cm3 */
  readonly density: number;
}

export interface SolidFractions {
  readonly mass: readonly number[];
  readonly volume: readonly number[];
}

/**
 * Mass and volume fractions of every part, in order; undefined when they cannot be had (the
 * vol% parts leave no volume for the wt% ones, or every fraction is zero). With one basis the
 * converted side is normalised to 1; with both, `mass` sums to 1 only when the fractions as
 * written are consistent.
 */
export function solidFractions(parts: readonly FractionPart[]): SolidFractions | undefined {
  const given = parts.map((part) => part.value);
  const bases = new Set(parts.map((part) => part.basis));
  if (bases.size <= 1) {
    const basis = parts[0]?.basis ?? 'wt';
    // wt → vol: v_i = (w_i/ρ_i) / Σ(w/ρ); vol → wt: w_i = v_i·ρ_i / Σ(v·ρ).
    const terms = parts.map((part) => (basis === 'wt' ? part.value / part.density : part.value * part.density));
    const sum = terms.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) return undefined;
    const converted = terms.map((term) => term / sum);
    return basis === 'wt' ? { mass: given, volume: converted } : { mass: converted, volume: given };
  }
  const volumeShare = parts.filter((part) => part.basis === 'vol').reduce((sum, part) => sum + part.value, 0);
  if (volumeShare >= 1) return undefined;
  const volumePerGram = parts.filter((part) => part.basis === 'wt').reduce((sum, part) => sum + part.value / part.density, 0) / (1 - volumeShare);
  if (!(volumePerGram > 0)) return undefined;
  return {
    mass: parts.map((part) => (part.basis === 'wt' ? part.value : part.value * part.density * volumePerGram)),
    volume: parts.map((part) => (part.basis === 'vol' ? part.value : part.value / part.density / volumePerGram)),
  };
}
