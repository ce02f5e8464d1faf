/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1, because a swapped pair (`cathdoe`) is the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
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
    .map((candidate, order) => ({ candidate, order, distance: editDistance(target, fold(candidate)) }))
    .filter((entry) => entry.distance <= reach)
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .map((entry) => entry.candidate);
}
