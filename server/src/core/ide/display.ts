/**
 * How numbers, units and oxidation states read in hovers and inlay hints: short, with the
 * typographic forms a chemist expects (mAh/cm², µm, e⁻, S −2 with a real minus sign), while
 * the source text keeps the ASCII units of docs/language.md §3.
 */
import type { MaterialChemistry, NumberRange } from '../model';
import { formatCharge, formatConductivity, formatSig } from '../compute';

/** ASCII unit → display form. Units not listed display as written. */
const PRETTY_UNITS: Readonly<Record<string, string>> = {
  'mAh/cm2': 'mAh/cm²',
  'mg/cm2': 'mg/cm²',
  'mA/cm2': 'mA/cm²',
  'cm2/s': 'cm²/s',
  'm2/s': 'm²/s',
  'g/cm3': 'g/cm³',
  'kg/m3': 'kg/m³',
  'mWh/cm2': 'mWh/cm²',
  um: 'µm',
  uS: 'µS',
  'uS/cm': 'µS/cm',
};

export function prettyUnit(unit: string): string {
  return PRETTY_UNITS[unit] ?? unit;
}

/** Three significant digits (`formatSig`) with a real minus sign. */
export function num(value: number, digits = 3): string {
  return formatSig(value, digits).replace(/^-/, '−');
}

/** A fixed number of decimals without trailing float noise: 97.8734 → `97.87`. */
export function fixed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/^-/, '−');
}

/** `0.22–0.66 mS/cm`, or `2 mS/cm` for a single value; a conductivity from 1000 mS/cm on in S/cm. */
export function rangeText(range: NumberRange, unit: string, digits = 3): string {
  if (unit === 'mS/cm') return formatConductivity(range.low, range.high, digits).text.replace(/-/g, '−');
  const suffix = unit ? ` ${prettyUnit(unit)}` : '';
  return range.low === range.high ? `${num(range.low, digits)}${suffix}` : `${num(range.low, digits)}–${num(range.high, digits)}${suffix}`;
}

/** `+5`, `−2`, `+2.693`: the one charge format (text/numbers.ts). */
export const signedState = formatCharge;

/** `Li +1 · P +5 · S −2 · Cl −1`, in formula order; undefined when no assignment was found. */
export function oxidationStatesLine(chemistry: MaterialChemistry): string | undefined {
  const states = chemistry.chargeBalance.oxidationStates;
  if (!states) return undefined;
  return Object.entries(states)
    .map(([symbol, state]) => `${symbol} ${signedState(state)}`)
    .join(' · ');
}

/** What the charge balance says, in one line for a hover. */
export function chargeBalanceLine(chemistry: MaterialChemistry): string {
  const balance = chemistry.chargeBalance;
  const states = oxidationStatesLine(chemistry);
  switch (balance.status) {
    case 'balanced':
      return `Oxidation states: ${states ?? '—'}`;
    case 'anion-redox':
      return `Oxidation states: ${states ?? '—'} — balanced only through anion redox${balance.explanation ? ` (${balance.explanation})` : ''}`;
    case 'unbalanced':
      return `Not charge balanced${balance.explanation ? `: ${balance.explanation}` : ''}${states ? ` (closest: ${states})` : ''}`;
    case 'not-checked':
      return `Not charge-checked${balance.explanation ? `: ${balance.explanation}` : ''}`;
  }
}

/** A table cell must not break the markdown row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** `**Missing:** declare … · declare …`, or nothing when every value was computed. */
export function missingBlock(reasons: readonly string[]): string | undefined {
  const unique = [...new Set(reasons)];
  if (unique.length === 0) return undefined;
  return `**Missing** — ${unique.join('; ')}`;
}
