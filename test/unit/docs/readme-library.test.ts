/**
 * The README states how many materials the built-in library ships; the number is the library's,
 * so it cannot drift as entries are added (it said 72, then 91, while the library grew).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../server/src/core/library';

describe('the README on the library', () => {
  it('gives the number of materials the library ships', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const stated = /^(\d+) materials — every row of the review's Table 1/m.exec(readme);
    expect(stated, 'the README\'s library section names its count').not.toBeNull();
    expect(Number(stated![1])).toBe(loadLibrary().all().length);
  });
});
