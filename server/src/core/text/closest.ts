import { editDistance } from './edit-distance';

/**
 * "Did you mean": the candidates closest to a misspelt name, by optimal-string-alignment
 * distance (a transposition counts as one edit: `Unbalancd` → `Unbalanced`, `LPSLC` → `LPSCl`),
 * compared case-insensitively so `li6ps5cl` still finds `Li6PS5Cl`.
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const target = name.toLowerCase();
  // Allow roughly one edit per three characters, at least one and at most four.
  const limit = Math.min(4, Math.max(1, Math.floor(target.length / 3)));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const lower = candidate.toLowerCase();
    if (Math.abs(lower.length - target.length) > limit) continue;
    const distance = editDistance(target, lower);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
