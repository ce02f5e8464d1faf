/**
 * One benchmark result as `bench-results.json` holds it, and the table `npm run bench` prints.
 * `target` says the goal in words ("≤ 50 ms"); `holds` is whether the value meets it (null
 * when there is no target or nothing could be measured).
 */
export interface BenchResult {
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  readonly target: string | null;
  readonly holds: boolean | null;
  /** Why the value is missing, or what exactly was compared. */
  readonly note?: string;
}

export function atMost(name: string, value: number | null, unit: string, limit: number, note?: string): BenchResult {
  return result(name, value, unit, `≤ ${limit} ${unit}`, value === null ? null : value <= limit, note);
}

export function atLeast(name: string, value: number | null, unit: string, limit: number, note?: string): BenchResult {
  return result(name, value, unit, `≥ ${limit} ${unit}`, value === null ? null : value >= limit, note);
}

export function measured(name: string, value: number | null, unit: string, note?: string): BenchResult {
  return result(name, value, unit, null, null, note);
}

function result(name: string, value: number | null, unit: string, target: string | null, holds: boolean | null, note?: string): BenchResult {
  return note === undefined ? { name, value, unit, target, holds } : { name, value, unit, target, holds, note };
}

/** Three significant figures, no exponent for the magnitudes a benchmark meets. */
export function formatValue(value: number | null): string {
  if (value === null) return 'not available';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(3)));
}

export function table(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [r.name, `${formatValue(r.value)}${r.value === null ? '' : ` ${r.unit}`}`, r.target ?? '', r.holds === null ? '' : r.holds ? 'yes' : 'NO']);
  const header = ['measurement', 'value', 'target', 'holds'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  const notes = results.filter((r) => r.note !== undefined).map((r) => `- ${r.name}: ${r.note}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}
