/**
 * Every number a user reads — in a hint, a hover, a diagnostic, a fix title, the report or the
 * CLI's text — is written by one of these, so one value prints the same everywhere.
 */

/** Numbers as they read in hints and messages: three significant digits, no float noise. */
export function formatSig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'n/a';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e6) return String(Number(value.toPrecision(digits)));
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** A fraction 0–1 as a percentage: 0.4812 → `48.1`. */
export function formatPercent(fraction: number, digits = 3): string {
  return formatSig(fraction * 100, digits);
}

/**
 * A conductivity (given in mS/cm) as every output shows it: in mS/cm, or in S/cm from 1000 mS/cm
 * on (a pressed carbon's 8e4 mS/cm reads as `80 S/cm`). A range takes one unit for both ends,
 * chosen by its larger end. The one rule for hints, hovers, diagnostics and the report.
 */
export function formatConductivity(lowMSPerCm: number, highMSPerCm = lowMSPerCm, digits = 3): { readonly text: string; readonly unit: 'mS/cm' | 'S/cm' } {
  const inSiemens = Math.max(Math.abs(lowMSPerCm), Math.abs(highMSPerCm)) >= 1000;
  const scale = inSiemens ? 1e-3 : 1;
  const unit = inSiemens ? 'S/cm' : 'mS/cm';
  const low = formatSig(lowMSPerCm * scale, digits);
  const text = lowMSPerCm === highMSPerCm ? low : `${low}–${formatSig(highMSPerCm * scale, digits)}`;
  return { text: `${text} ${unit}`, unit };
}

/** A molar mass, g/mol, to two decimals: `97.87`. */
export function formatMolarMass(gramsPerMole: number): string {
  return gramsPerMole.toFixed(2);
}

/**
 * A charge — an oxidation state, or a charge per formula unit: signed, with a real minus sign, up
 * to three decimals for mixed valence (`+3`, `−2`, `+2.693`, `−0.333`).
 */
export function formatCharge(state: number): string {
  const rounded = Math.round(state * 1000) / 1000;
  const magnitude = String(Math.abs(rounded));
  return rounded > 0 ? `+${magnitude}` : rounded < 0 ? `−${magnitude}` : '0';
}

/** An amount per formula unit, up to three decimals without trailing zeros: `7`, `0.333`, `1.06`. */
export function formatAmount(value: number): string {
  return String(Number(value.toFixed(3)));
}

/** A percentage as a composite writes it — a sum of fractions, a normalised fraction — to two decimals: `95`, `73.68`. */
export function formatPercentage(percent: number): string {
  return String(Number(percent.toFixed(2)));
}

/** Redox electrons per formula unit that a capacity implies, to one decimal: `≈6.0`. */
export function formatElectrons(electrons: number): string {
  return electrons.toFixed(1);
}

/** Orders of magnitude (log₁₀ of a ratio), unsigned, to one decimal: `5.3`. */
export function formatOrders(orders: number): string {
  return Math.abs(orders).toFixed(1);
}
