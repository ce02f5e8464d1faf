/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1, because a swapped pair (`cathdoe`) is the commonest typo.
 *
 * Suggestions only care about small distances, so the computation is bounded by `max`: only
 * the diagonal band |i − j| ≤ max is filled (cost O(min(|a|, |b|) · max), not |a| · |b|), and it
 * stops as soon as a whole row exceeds `max`. Any distance above `max` is returned as max + 1.
 * Two 30,000-character names one letter apart cost 60,000 steps with max 4, not 900 million.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const over = Number.isFinite(max) ? max + 1 : Number.POSITIVE_INFINITY;
  if (Math.abs(a.length - b.length) > max) return over;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const band = Number.isFinite(max) ? max : Math.max(a.length, b.length);
  const width = b.length + 1;
  // Three rows, reused: cells outside the band read as `over`.
  let beforePrevious = new Array<number>(width).fill(over);
  let previous = new Array<number>(width).fill(over);
  let current = new Array<number>(width).fill(over);
  for (let j = 0; j <= Math.min(b.length, band); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    current.fill(over, Math.max(0, from - 2), Math.min(width, to + 2));
    current[0] = i <= band ? i : over;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best > over ? over : best;
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return over;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  const distance = previous[b.length]!;
  return distance > max ? over : distance;
}

/**
 * The candidates within a typo's reach of `word`, closest first (ties keep the candidates'
 * order). Reach grows with length: one edit for short words, where two would match almost
 * anything, up to three for long ones.
 */
export function closestWords(word: string, candidates: readonly string[], caseInsensitive = true): string[] {
  const fold = (text: string) => (caseInsensitive ? text.toLowerCase() : text);
  const target = fold(word);
  const reach = target.length <= 3 ? 1 : target.length <= 6 ? 2 : 3;
  return candidates
    .map((candidate, order) => ({ candidate, order, distance: editDistance(target, fold(candidate), reach) }))
    .filter((entry) => entry.distance <= reach)
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .map((entry) => entry.candidate);
}
