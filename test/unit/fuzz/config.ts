/**
 * How much fuzzing a run does. `npm test` runs a short, fixed-seed pass (the same cases every
 * time, so CI is reproducible); `npm run fuzz:long` sets CELLSPEC_FUZZ_RUNS (100,000 by default)
 * and a fresh seed. A failure prints its seed and counterexample; CELLSPEC_FUZZ_SEED=<seed>
 * replays it.
 */
import type { Parameters } from 'fast-check';

export const FUZZ_RUNS = Number(process.env['CELLSPEC_FUZZ_RUNS'] ?? 150);

const seedSetting = process.env['CELLSPEC_FUZZ_SEED'];
const FIXED_SEED = 20251125;

export function fuzzParameters<T>(runsShare = 1): Parameters<T> {
  const seed = seedSetting === 'random' ? undefined : seedSetting !== undefined ? Number(seedSetting) : FIXED_SEED;
  return { numRuns: Math.max(1, Math.round(FUZZ_RUNS * runsShare)), ...(seed !== undefined ? { seed } : {}) };
}

/** A vitest timeout for `runs` cases of about `msPerCase` each, never below the suite's default. */
export function fuzzTimeout(msPerCase: number, runsShare = 1): number {
  return Math.max(20_000, Math.round(FUZZ_RUNS * runsShare * msPerCase * 3));
}
