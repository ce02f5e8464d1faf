/**
 * How the adversarial suite measures growth: a case is run at sizes n, 2n, 4n and 8n, each
 * several times, keeping the fastest run (the least disturbed by the other core's load). The
 * starting size is raised until one run takes long enough to be measured above timer noise, so
 * a case that is fast at small sizes still shows its growth.
 */
import { expect } from 'vitest';

export interface ScalingResult {
  readonly sizes: readonly number[];
  readonly ms: readonly number[];
  readonly ratios: readonly number[];
}

/** Linear (or n log n) growth allows 2× per doubling; 2.5 leaves room for collections in the larger runs. */
export const MAX_RATIO_PER_DOUBLING = 2.5;

/** A full collection, when the process was started with --expose-gc (vitest.config.ts does for this suite). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** The fastest of `repeats` measurements of `times` runs in a row (the least disturbed by the other core's load). */
function fastest(run: () => void, times: number, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    collectGarbage();
    const start = performance.now();
    for (let k = 0; k < times; k++) run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Measures `use(make(n))` at sizes n, 2n, 4n, 8n and 16n. Linear growth doubles the time per
 * doubling; the assertion allows `maxRatio` (2.5) for the median of the four doublings, and
 * 2.8⁴ ≈ 61× over the whole span, where quadratic growth gives 4 per doubling and 256× in all,
 * and exponential growth far more. The median, rather than every doubling, is asserted because
 * one doubling can catch the garbage collector moving a young generation that filled with
 * long-lived nodes into the old one (a one-time step, ×4–×6, seen at 30,000 tokens; the
 * adversarial project runs with a 256 MB young generation to move it past the sizes here), or
 * one run's data outgrowing the processor's cache (×2–×3 once, between 8,000 and 16,000
 * tokens), or the other core's load; the ratios are printed. Sizes stay at what a hostile file holds (a line, a
 * paste): a case too fast to time at size n is run several times in a row, the same number of
 * times at every size. The largest run must also stay under `budgetMs`, so a hang fails fast.
 */
export function expectLinear<T>(
  label: string,
  make: (size: number) => T,
  use: (input: T) => void,
  options: { start: number; minMs?: number; budgetMs?: number; maxRatio?: number; repeats?: number },
): ScalingResult {
  const minMs = options.minMs ?? 25;
  const budgetMs = options.budgetMs ?? 10_000;
  const repeats = options.repeats ?? 3;
  const maxRatio = options.maxRatio ?? MAX_RATIO_PER_DOUBLING;
  const first = make(options.start);
  let times = 1;
  // Warm up (the JIT) and find how many runs in a row are long enough to time.
  for (;;) {
    // Three repeats: the first pays for the JIT, the fastest is what later runs take.
    const ms = fastest(() => use(first), times, 3);
    expect(ms, `${label}: ${times} run(s) at size ${options.start}`).toBeLessThan(budgetMs);
    if (ms >= minMs || times >= 1 << 16) break;
    times *= 2;
  }
  const sizes = [1, 2, 4, 8, 16].map((factor) => options.start * factor);
  const ms = sizes.map((n) => {
    const input = make(n);
    return fastest(() => use(input), times, repeats);
  });
  const ratios = ms.slice(1).map((t, i) => t / ms[i]!);
  const median = [...ratios].sort((a, b) => a - b).slice(1, 3).reduce((a, b) => a + b) / 2;
  const shown = sizes.map((n, i) => `${n}: ${ms[i]!.toFixed(1)}`).join(', ');
  console.log(`${label.padEnd(58)} ×${String(times).padEnd(5)} ${shown} ms  growth ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
  expect(median, `${label}: the median growth per doubling (${shown} ms)`).toBeLessThanOrEqual(maxRatio);
  expect(ms[4]! / ms[0]!, `${label}: the growth over 16× (${shown} ms)`).toBeLessThanOrEqual(2.8 ** 4);
  expect(ms[4]! / times, `${label}: one run at the largest size (${shown} ms)`).toBeLessThan(budgetMs);
  return { sizes, ms, ratios };
}

/** Raw control characters (C0 but line breaks, DEL, C1) that no output may contain. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
