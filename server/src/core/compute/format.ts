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
