/**
 * The growth test itself: it must fail quadratic work (even with its second measurement) and
 * pass linear work, or the suite's bounds mean nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectLinear } from './scaling';

/** Work proportional to `n` (power 1) or to `n²` (power 2), that the JIT cannot drop. */
function work(n: number, power: 1 | 2): number {
  let sum = 0;
  const inner = power === 2 ? n : 1;
  for (let i = 0; i < n; i++) for (let j = 0; j < inner; j++) sum = (sum + i * 31 + j) % 1_000_003;
  return sum;
}

let sink = 0;

describe('expectLinear', () => {
  it('fails quadratic growth, measured twice', () => {
    expect(() => expectLinear('quadratic work', (n) => n, (n) => void (sink += work(n, 2)), { start: 300, minMs: 5, repeats: 1 })).toThrow(/median growth per doubling/);
  });

  it('passes linear growth', () => {
    const result = expectLinear('linear work', (n) => n, (n) => void (sink += work(n, 1)), { start: 200_000, minMs: 10 });
    expect(result.ratios).toHaveLength(4);
    expect(sink).toBeGreaterThan(0);
  });
});
