/**
 * `parseFormula`: the scanner's verdict plus the advice a user needs to fix it — a mixture
 * named as such, fractional amounts rewritten as decimals, a leading coefficient dropped,
 * subscripts turned into digits, the case of the symbols corrected. Advice is computed only
 * on the error path; a valid formula costs one scan.
 */
import { caseFixSuggestion } from './case-fix';
import { findFractions, fractionError } from './fractions';
import { q, scanFormula, type ScanResult } from './scan';
import type { FormulaError, FormulaParse } from './types';

/** Characters that join two compounds in the literature: 75Li2S-25P2S5, Li2S+P2S5, Li2S·P2S5, S/C. */
const MIXTURE_SEPARATORS = new Set(['-', '–', '—', '+', '·', '•', '⋅', '∙', '*', '/', ',', ';', ':', '&']);

/** The dots that write an adduct or hydrate (`CuSO4·5H2O`); elsewhere they join a mixture. */
const ADDUCT_DOTS = /[·•⋅∙*]/;
/**
 * The molecules written as adducts after such a dot, with an optional whole or decimal count:
 * water of crystallisation and ammonia (heavy water would need deuterium's own mass, which the
 * element table does not carry, so it stays an error rather than a wrong number). Data: anything else after a dot is a
 * second compound (`Li2S·P2S5`), and gets the mixture advice.
 */
const ADDUCT_MOLECULES: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['H2O', new Map([['H', 2], ['O', 1]])],
  ['NH3', new Map([['N', 1], ['H', 3]])],
]);
const ADDUCT_PART = /^(\d+(?:\.\d+)?)?(H2O|NH3)$/;
/** `CuSO4.5H2O`: an ASCII dot where the middle dot belongs, which would read as O4.5 and then H2O. */
const ASCII_HYDRATE = /^(.*[A-Za-z)\]]\d+)\.(\d+)(H2O|NH3)$/;

export function parseFormula(text: string): FormulaParse {
  const scanned = scanFormula(text);
  if (scanned.ok) {
    // The regex only for the rare formula that ends like a hydrate: this path runs for every formula.
    const hydrate = endsLikeAdduct(text) ? ASCII_HYDRATE.exec(text) : null;
    return hydrate ? { ok: false, error: asciiHydrateError(text, hydrate) } : scanned;
  }
  if (ADDUCT_DOTS.test(text)) {
    const adduct = parseAdduct(text);
    if (adduct) return adduct;
  }
  return { ok: false, error: advise(text, scanned) };
}

/**
 * `CuSO4·5H2O`, `CuSO4·H2O·NH3`: the formula before the first dot plus, for each part after a
 * dot, its count of an adduct molecule. Undefined when a part is not one (the mixture advice
 * then applies); the error of the first formula when that one is wrong.
 */
function parseAdduct(text: string): FormulaParse | undefined {
  const parts = text.split(ADDUCT_DOTS);
  const added: { count: number; molecule: ReadonlyMap<string, number> }[] = [];
  for (const part of parts.slice(1)) {
    const match = ADDUCT_PART.exec(part);
    if (!match) return undefined;
    added.push({ count: match[1] === undefined ? 1 : Number(match[1]), molecule: ADDUCT_MOLECULES.get(match[2]!)! });
  }
  const base = scanFormula(parts[0]!);
  if (!base.ok) return { ok: false, error: advise(parts[0]!, base) };
  const elements = new Map(base.formula.elements);
  for (const { count, molecule } of added) {
    for (const [symbol, amount] of molecule) elements.set(symbol, Number(((elements.get(symbol) ?? 0) + count * amount).toPrecision(12)));
  }
  return { ok: true, formula: { text, elements } };
}

function endsLikeAdduct(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // 'O' of H2O, '3' of NH3: one comparison settles almost every formula.
  return (last === 79 && text.endsWith('H2O')) || (last === 51 && text.endsWith('NH3'));
}

function asciiHydrateError(text: string, match: RegExpExecArray): FormulaError {
  const base = match[1]!;
  const dot = base.length;
  const written = `${base}·${match[2]}${match[3]}`;
  return {
    code: 'formula/syntax',
    message:
      `\`${q(text)}\` reads as ${q(base)}.${match[2]} ${match[3]} (a decimal amount), not as a hydrate: ` +
      `write the ${match[3]} with a middle dot, ${q(written)}, or in brackets, ${q(`${base}(${match[3]})${match[2]}`)}`,
    start: dot,
    end: dot + 1,
    suggestion: written,
  };
}

function advise(text: string, fault: Extract<ScanResult, { ok: false }>): FormulaError {
  const { error } = fault;
  // A sign inside `1e-3` or `Li-1` is not a separator between two compounds.
  if (fault.kind === 'empty' || fault.kind === 'exponent' || fault.kind === 'negative-amount') return error;
  // The '/' of `Ni1/3` writes an amount, not a second compound; only the separators left
  // make a mixture (`LiNi1/3Co1/3Mn1/3O2-Li2S` is still two compounds).
  const fractions = findFractions(text);
  const mixture = mixtureError(text, new Set(fractions.map((fraction) => fraction.slash)));
  if (mixture) return mixture;
  const fraction = fractionError(text, fractions);
  if (fraction) return fraction;
  switch (fault.kind) {
    case 'leading-amount': {
      const rest = text.slice(error.end);
      if (rest.length > 0 && scanFormula(rest).ok) {
        return { ...error, message: `a formula cannot start with a coefficient; write ${q(rest)}, or declare two materials`, suggestion: rest };
      }
      return { ...error, message: 'a formula cannot start with a coefficient: start it with an element symbol' };
    }
    case 'subscript': {
      const plain = withPlainDigits(text);
      if (!scanFormula(plain).ok) return error;
      return { ...error, message: `${error.message}; write ${q(plain)}`, suggestion: plain };
    }
    case 'unknown-symbol':
    case 'lowercase-symbol': {
      const fixed = caseFixSuggestion(text);
      if (!fixed) return error;
      return { ...error, message: `${error.message}; did you mean ${q(fixed)}?`, suggestion: fixed };
    }
    default:
      return error;
  }
}

/** A text that reads as two or more compounds joined by a separator, each with letters in it. */
function mixtureError(text: string, fractionSlashes: ReadonlySet<number>): FormulaError | undefined {
  const compounds: string[] = [];
  let partStart = 0;
  let firstSeparator = -1;
  for (let i = 0; i < text.length; i++) {
    if (!MIXTURE_SEPARATORS.has(text[i]!) || fractionSlashes.has(i)) continue;
    compounds.push(text.slice(partStart, i));
    partStart = i + 1;
    if (firstSeparator < 0) firstSeparator = i;
  }
  if (firstSeparator < 0) return undefined;
  compounds.push(text.slice(partStart));
  if (compounds.some((part) => !/[A-Za-z]/.test(part.replace(/^\s*[0-9.]+/, '')))) return undefined;
  // Only the first few are named (listOfNames): a pasted line of thousands of compounds costs one pass.
  const list = listOfNames(compounds.slice(0, 5).map((part) => q(part.trim().replace(/^[0-9.]+/, ''))), compounds.length);
  return {
    code: 'formula/syntax',
    message:
      `a mixture of ${list} joined by '${q(text[firstSeparator]!)}': a formula describes one compound. ` +
      'Declare each as its own material (a composite mixes them), or write the combined formula',
    start: firstSeparator,
    end: firstSeparator + 1,
  };
}

/** `A and B`, `A, B and C`; a long list names its first few (a pasted line of 1,000 compounds stays a readable message). */
function listOfNames(names: readonly string[], count = names.length): string {
  const maxNamed = 4;
  if (count > maxNamed + 1) return `${names.slice(0, maxNamed).join(', ')} and ${count - maxNamed} more`;
  return names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `Li₂S` → `Li2S`: Unicode subscript digits as ASCII digits (one pass; a per-match callback cost 3× per doubling on long texts). */
function withPlainDigits(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0x2080 && c <= 0x2089 ? c - 0x2080 + 48 : c;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}
