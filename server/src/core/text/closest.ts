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
    const distance = editDistance(target, lower, limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[cols - 1]!;
}
