/**
 * `toEqual` compares a span by its offsets, whatever kind it is: a plain `{ start, end }` from
 * `parse` and an anchored span from `parseIncremental` (grammar/span.ts) are equal when they
 * cover the same characters.
 */
import { expect } from 'vitest';
import { AnchoredSpan } from '../../grammar/span';

function isSpanLike(value: unknown): value is { start: number; end: number } {
  if (value instanceof AnchoredSpan) return true;
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { start?: unknown }).start === 'number' && typeof (value as { end?: unknown }).end === 'number';
}

expect.addEqualityTesters([
  (a: unknown, b: unknown): boolean | undefined => {
    if (!(a instanceof AnchoredSpan) && !(b instanceof AnchoredSpan)) return undefined;
    if (!isSpanLike(a) || !isSpanLike(b)) return false;
    return a.start === b.start && a.end === b.end;
  },
]);
