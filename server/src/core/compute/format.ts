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
