/**
 * Amounts written as fractions, as battery papers write layered oxides: LiNi1/3Co1/3Mn1/3O2
 * (NMC111), LiNi1/2Mn3/2O4, Li4/3Ti5/3O4. A formula takes decimal amounts only, so a fraction
 * is advice: the first one is named and the whole formula rewritten in decimals.
 */
import { q, scanFormula } from './scan';
import type { FormulaError } from './types';

/** A `/` between two digit runs where the first run is an amount (it follows an element or a bracket). */
export interface Fraction {
  /** Offset of the numerator's first digit. */
  readonly start: number;
  /** Offset just past the denominator's last digit. */
  readonly end: number;
  readonly slash: number;
  readonly value: number;
}

/**
 * Places after the decimal point in a rewritten amount: 1/3 → 0.333 is what papers print for
 * NMC111, and 3 × 0.333 = 0.999 stays within the charge-balance tolerance (0.5 %).
 */
const DECIMAL_PLACES = 3;

export function findFractions(text: string): Fraction[] {
  const fractions: Fraction[] = [];
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    let start = slash;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    let end = slash + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (start === slash || end === slash + 1) continue;
    // `Li0.5/2` or a leading `2/3LiCl` is not an amount written as a fraction.
    if (start === 0 || !followsAmountTaker(text.charCodeAt(start - 1))) continue;
    const denominator = Number(text.slice(slash + 1, end));
    if (denominator === 0) continue;
    fractions.push({ start, end, slash, value: Number(text.slice(start, slash)) / denominator });
  }
  return fractions;
}

/**
 * The advice for a formula with amounts written as fractions, or undefined when it has none.
 * The suggestion is offered only when the decimal rewrite is a valid formula: a fraction next
 * to another fault (`Li2 Ni1/3…`) still gets named, but no replacement that is also wrong.
 */
export function fractionError(text: string, fractions: readonly Fraction[]): FormulaError | undefined {
  const first = fractions[0];
  if (!first) return undefined;
  const rewritten = withDecimals(text, fractions);
  const written = text.slice(first.start, first.end);
  const base = { code: 'formula/syntax' as const, start: first.start, end: first.end };
  if (!scanFormula(rewritten).ok) return { ...base, message: `\`${q(written)}\` is a fraction: write amounts as decimals` };
  return { ...base, message: `\`${q(written)}\` is a fraction: write amounts as decimals, e.g. ${q(rewritten)}`, suggestion: rewritten };
}

function withDecimals(text: string, fractions: readonly Fraction[]): string {
  let out = '';
  let from = 0;
  for (const fraction of fractions) {
    out += text.slice(from, fraction.start) + decimal(fraction.value);
    from = fraction.end;
  }
  return out + text.slice(from);
}

/** 1/3 → 0.333, 1/2 → 0.5, 4/2 → 2; a dopant too small for three places (1/4000) keeps three significant digits rather than becoming 0. */
function decimal(value: number): string {
  const rounded = Number(value.toFixed(DECIMAL_PLACES));
  return String(rounded === 0 ? Number(value.toPrecision(DECIMAL_PLACES)) : rounded);
}

function followsAmountTaker(c: number): boolean {
  // A letter (an element symbol, even a wrongly cased one) or a closing bracket.
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 41 || c === 93;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
