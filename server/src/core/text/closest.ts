import { editDistance } from './edit-distance';

/**
 * Names longer than this get no "did you mean": a typo of a 30,000-character name is not
 * something a suggestion helps with, and comparing such names is where the cost would be.
 */
export const MAX_SUGGESTED_NAME_LENGTH = 64;

/** Allow roughly one edit per three characters, at least one and at most four. */
function editLimit(length: number): number {
  return Math.min(4, Math.max(1, Math.floor(length / 3)));
}

/**
 * "Did you mean": the candidates closest to a misspelt name, by optimal-string-alignment
 * distance (a transposition counts as one edit: `Unbalancd` → `Unbalanced`, `LPSLC` → `LPSCl`),
 * compared case-insensitively so `li6ps5cl` still finds `Li6PS5Cl`.
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  return new NameIndex(candidates).closest(name, max);
}

/**
 * Candidate names grouped by length, for many look-ups against one set of names (every
 * undefined reference of a document against its declarations and the library). A look-up
 * compares only names whose length is within the edit limit, each with a bounded distance,
 * and all look-ups share a budget of compared characters: a document of 10,000 undefined
 * references to 10,000 names of one length stops suggesting (suggestions are a courtesy)
 * instead of making 10⁸ comparisons.
 */
export class NameIndex {
  private readonly byLength = new Map<number, { readonly name: string; readonly lower: string }[]>();
  private remaining: number;

  constructor(candidates: Iterable<string>, budget = NameIndex.DEFAULT_BUDGET) {
    this.remaining = budget;
    for (const name of candidates) {
      let bucket = this.byLength.get(name.length);
      if (!bucket) this.byLength.set(name.length, (bucket = []));
      bucket.push({ name, lower: name.toLowerCase() });
    }
  }

  /** Characters compared, summed over look-ups, before suggestions stop: a few tens of milliseconds. */
  static readonly DEFAULT_BUDGET = 20_000_000;

  closest(name: string, max = 3): string[] {
    if (name.length > MAX_SUGGESTED_NAME_LENGTH) return [];
    const target = name.toLowerCase();
    const limit = editLimit(target.length);
    const scored: { candidate: string; distance: number }[] = [];
    for (let length = Math.max(0, target.length - limit); length <= target.length + limit; length++) {
      const bucket = this.byLength.get(length);
      if (!bucket) continue;
      for (const { name: candidate, lower } of bucket) {
        if (candidate === name) continue;
        this.remaining -= Math.min(length, target.length) * (2 * limit + 1);
        if (this.remaining < 0) return finish(scored, max);
        const distance = editDistance(target, lower, limit);
        if (distance <= limit) scored.push({ candidate, distance });
      }
    }
    return finish(scored, max);
  }
}

function finish(scored: { candidate: string; distance: number }[], max: number): string[] {
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
