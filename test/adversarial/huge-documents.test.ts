/**
 * Two 10 MB documents through the whole check (moved here from the unit suite's hardening
 * tests: together 10 s of `npm test`). Generous bounds — these are not timing targets; the
 * targets are measured by `npm run bench` (docs/security.md) — that a huge file is checked at
 * all, without a crash, and that junk gives syntax errors only, at most one per line.
 */
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../scripts/bench/generate-document';
import { seededRandom } from '../../scripts/lib/random';
import { expectSpansInside, measured } from '../unit/helpers/measured';

describe('very large documents are checked in bounded time and memory', () => {
  it('a 10 MB document of 430,000 lines of materials, composites and cells', () => {
    const text = generateDocument(430_000, 5);
    expect(text.length).toBeGreaterThan(9.5e6);
    const { analysis, ms, heapGrowthMb } = measured('ten-megabytes.cell', text);
    // The generated materials declare capacities above what their one electron allows, at random.
    expect(analysis.program.cells.length).toBeGreaterThan(15_000);
    expect(analysis.diagnostics.filter((d) => d.code === 'stoich/capacity').length).toBeGreaterThan(5_000);
    expect(ms).toBeLessThan(30_000);
    expect(heapGrowthMb).toBeLessThan(2_000);
  }, 60_000);

  it('10 MB of binary junk: syntax errors only, at most one per line, no crash', () => {
    const next = seededRandom(42);
    const text = Array.from({ length: 10 * 1024 * 1024 }, () => String.fromCharCode(Math.floor(next() * 256))).join('');
    const { analysis, ms } = measured('junk.bin.cell', text);
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    expect(analysis.diagnostics.every((d) => d.code === 'syntax')).toBe(true);
    // The lexer breaks lines at \n, \r\n and a lone \r.
    expect(analysis.diagnostics.length).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
    expectSpansInside(analysis);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
