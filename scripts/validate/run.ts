/**
 * `npm run validate`: the table of docs/validation.md — Cellspec's composite conductivities
 * beside published measurements (compare.ts), with the ratio computed/measured and how many
 * fall within a factor of 3. `--markdown` prints the table as docs/validation.md holds it.
 * Exit code 0 either way: this reports; test/unit/compute/validation.test.ts guards the result.
 */
import { compareAll, type Comparison } from './compare';

function sig(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  return Math.abs(value) >= 0.01 && Math.abs(value) < 1e5 ? String(Number(value.toPrecision(3))) : value.toExponential(2).replace('e+', 'e');
}

function verdict(c: Comparison): string {
  if (c.computed === null) return 'not computed';
  if (c.computed === 0) return 'not percolating';
  return c.within3 ? 'within 3×' : c.ratio! > 1 ? `${sig(c.ratio)}× too high` : `${sig(1 / c.ratio!)}× too low`;
}

function main(): void {
  const markdown = process.argv.includes('--markdown');
  const comparisons = compareAll();
  const rows = comparisons.map((c) => [c.study, c.sample, c.phase, sig(c.measured), sig(c.computed), sig(c.ratio), verdict(c)]);
  const header = ['study', 'sample', 'phase', 'measured (mS/cm)', 'computed (mS/cm)', 'ratio', 'verdict'];
  if (markdown) {
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  }
  const within = comparisons.filter((c) => c.within3).length;
  const logErrors = comparisons.filter((c) => c.ratio !== null && c.ratio > 0).map((c) => Math.abs(Math.log10(c.ratio!)));
  const median = [...logErrors].sort((a, b) => a - b)[Math.floor(logErrors.length / 2)] ?? NaN;
  console.log(
    `\n${within} of ${comparisons.length} measured values within a factor of 3; ` +
      `${comparisons.filter((c) => c.computed === 0).length} where the model says the phase does not percolate; ` +
      `median |log10(computed/measured)| ${median.toFixed(2)} (a factor of ${(10 ** median).toFixed(2)}).`,
  );
}

main();
