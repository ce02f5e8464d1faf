/** Numbers and lists as they read in a message. */
import type { UnitDefinition } from './units';

/** Six significant digits, no float noise: 0.7000000000000001 → `0.7`, 1e-10 → `1e-10`. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * Factors below 1 are exact powers of ten whose inverse is an integer; dividing by that
 * integer keeps `70 wt%` at exactly 0.7 instead of 0.7000000000000001.
 */
function exactInverse(factor: number): number | undefined {
  if (factor >= 1) return undefined;
  const inverse = Math.round(1 / factor);
  return Math.abs(inverse * factor - 1) < 1e-12 ? inverse : undefined;
}

export function toCanonicalValue(value: number, unit: Pick<UnitDefinition, 'toCanonical'>): number {
  const inverse = exactInverse(unit.toCanonical);
  return inverse !== undefined ? value / inverse : value * unit.toCanonical;
}

export function fromCanonicalValue(value: number, unit: Pick<UnitDefinition, 'toCanonical'>): number {
  const inverse = exactInverse(unit.toCanonical);
  return inverse !== undefined ? value * inverse : value / unit.toCanonical;
}
