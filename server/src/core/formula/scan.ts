/**
 * The hand-written formula scanner: one left-to-right pass over the character codes, no
 * regular expressions (a formula is checked on every keystroke and in batches of thousands,
 * and backtracking patterns cost more than this loop). It stops at the first fault and says
 * what kind of fault it is; `parse.ts` turns the kind into advice (mixtures, case fixes).
 *
 * Grammar: formula := item+ ; item := Element amount? | open item+ close amount? ;
 * amount := digits ('.' digits)? with no sign, exponent or zero; `(` closes with `)` and `[`
 * with `]`; no whitespace anywhere.
 */
import { elementBySymbol } from '../chemistry/elements';
import { quoted } from '../text/inert';
import type { Formula, FormulaError, FormulaErrorCode } from './types';

/** How much of a formula a message quotes (the longest library formula has 38 characters). */
const MAX_QUOTED_FORMULA_LENGTH = 64;

/** What went wrong, for the advice layer; the error itself is already exact. */
export type ScanFaultKind =
  | 'empty'
  | 'leading-amount'
  | 'unknown-symbol'
  | 'lowercase-symbol'
  | 'subscript'
  | 'negative-amount'
  | 'exponent'
  | 'unexpected-character'
  | 'other';

export type ScanResult =
  | { readonly ok: true; readonly formula: Formula }
  | { readonly ok: false; readonly error: FormulaError; readonly kind: ScanFaultKind };

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const SUBSCRIPT_0 = 0x2080;
const SUBSCRIPT_9 = 0x2089;

/**
 * The largest amount of one element a formula may state, directly or through group
 * multipliers. Real formula units (superstructures, repeat units of binders) stay in the
 * hundreds; the bound only stops pasted digit runs (`Li9999…`) and deep `[…]2` nesting from
 * reaching Infinity, which would make every mass and capacity after them meaningless.
 */
export const MAX_AMOUNT = 1e6;

interface OpenGroup {
  readonly bracket: number;
  readonly offset: number;
  /** Index of the group's first element entry: a multiplier applies from here to the end. */
  readonly firstEntry: number;
}

export function scanFormula(text: string): ScanResult {
  const length = text.length;
  if (length === 0) return fault('empty', 'formula/syntax', 'the formula is empty: write one, such as Li6PS5Cl', 0, 0);
  const symbols: string[] = [];
  const amounts: number[] = [];
  const groups: OpenGroup[] = [];
  // An amount may follow an element (it sets that element's amount) or a closing bracket
  // (it multiplies the group from `multiplyFrom` on); anything else before a number is a fault.
  let canTakeAmount = false;
  let multiplyFrom = -1;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c >= UPPER_A && c <= UPPER_Z) {
      let end = i + 1;
      while (end < length && isLower(text.charCodeAt(end))) end++;
      const symbol = text.slice(i, end);
      if (elementBySymbol(symbol) === undefined) {
        return fault('unknown-symbol', 'formula/element', `'${q(symbol)}' is not an element symbol`, i, end);
      }
      symbols.push(symbol);
      amounts.push(1);
      canTakeAmount = true;
      multiplyFrom = -1;
      i = end;
      continue;
    }
    if (isDigit(c) || c === DOT) {
      if (!canTakeAmount) return misplacedAmount(text, i, symbols.length === 0 && groups.length === 0);
      const number = readAmount(text, i);
      if (!number.ok) return number;
      if (multiplyFrom < 0) amounts[amounts.length - 1] = number.value;
      else {
        for (let k = multiplyFrom; k < amounts.length; k++) {
          amounts[k]! *= number.value;
          if (amounts[k]! > MAX_AMOUNT) {
            return fault(
              'other',
              'formula/syntax',
              `multiplying the group by ${q(text.slice(i, number.end))} gives more than ${MAX_AMOUNT.toLocaleString('en-US')} atoms of ${symbols[k]} per formula unit`,
              i,
              number.end,
            );
          }
        }
      }
      canTakeAmount = false;
      i = number.end;
      continue;
    }
    if (c === OPEN_PAREN || c === OPEN_SQUARE) {
      groups.push({ bracket: c, offset: i, firstEntry: symbols.length });
      canTakeAmount = false;
      i++;
      continue;
    }
    if (c === CLOSE_PAREN || c === CLOSE_SQUARE) {
      const open = groups.pop();
      const opener = c === CLOSE_PAREN ? '(' : '[';
      if (!open) return fault('other', 'formula/syntax', `'${text[i]}' has no matching '${opener}' before it`, i, i + 1);
      if (open.bracket !== (c === CLOSE_PAREN ? OPEN_PAREN : OPEN_SQUARE)) {
        const closer = open.bracket === OPEN_PAREN ? ')' : ']';
        return fault(
          'other',
          'formula/syntax',
          `'${text[i]}' closes the '${text[open.offset]}' at offset ${open.offset}: brackets must match their own kind (write '${closer}')`,
          i,
          i + 1,
        );
      }
      if (open.firstEntry === symbols.length) {
        return fault('other', 'formula/syntax', `empty group '${q(text.slice(open.offset, i + 1))}': a group needs at least one element`, open.offset, i + 1);
      }
      canTakeAmount = true;
      multiplyFrom = open.firstEntry;
      i++;
      continue;
    }
    return unexpected(text, i, canTakeAmount);
  }
  const unclosed = groups[groups.length - 1];
  if (unclosed) {
    const closer = unclosed.bracket === OPEN_PAREN ? ')' : ']';
    return fault('other', 'formula/syntax', `'${text[unclosed.offset]}' is never closed: add '${closer}'`, unclosed.offset, unclosed.offset + 1);
  }
  const elements = new Map<string, number>();
  for (let k = 0; k < symbols.length; k++) {
    const symbol = symbols[k]!;
    elements.set(symbol, (elements.get(symbol) ?? 0) + amounts[k]!);
  }
  // Multiplying out groups leaves binary noise (3.8 × 3 = 11.399999999999999); twelve
  // significant digits are far beyond any measured stoichiometry.
  for (const [symbol, amount] of elements) {
    if (!Number.isInteger(amount)) elements.set(symbol, Number(amount.toPrecision(12)));
  }
  return { ok: true, formula: { text, elements } };
}

type AmountRead = { readonly ok: true; readonly value: number; readonly end: number } | Extract<ScanResult, { ok: false }>;

function readAmount(text: string, start: number): AmountRead {
  const length = text.length;
  let end = start;
  while (end < length && isDigit(text.charCodeAt(end))) end++;
  if (end === start) {
    // ".5": the scanner only gets here on a dot.
    let digitsEnd = end + 1;
    while (digitsEnd < length && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    const written = text.slice(start, digitsEnd);
    return fault('other', 'formula/syntax', `an amount starts with a digit: write 0${q(written)} rather than ${q(written)}`, start, digitsEnd);
  }
  if (end < length && text.charCodeAt(end) === DOT) {
    end++;
    const fractionStart = end;
    while (end < length && isDigit(text.charCodeAt(end))) end++;
    if (end === fractionStart) {
      return fault('other', 'formula/syntax', `'${q(text.slice(start, end))}': a decimal point must be followed by digits`, start, end);
    }
    if (end < length && text.charCodeAt(end) === DOT) {
      return fault('other', 'formula/syntax', `'${q(text.slice(start, end + 1))}' is not a number: an amount has at most one decimal point`, start, end + 1);
    }
  }
  const exponentEnd = exponentAt(text, end);
  if (exponentEnd > end) {
    return fault(
      'exponent',
      'formula/syntax',
      `'${q(text.slice(start, exponentEnd))}': exponents are not allowed in a formula; write the amount as a plain decimal`,
      start,
      exponentEnd,
    );
  }
  const value = Number(text.slice(start, end));
  if (value > MAX_AMOUNT) {
    return fault('other', 'formula/syntax', `the amount '${shortened(text.slice(start, end))}' is too large: at most ${MAX_AMOUNT.toLocaleString('en-US')} per element`, start, end);
  }
  if (value === 0) {
    return fault('other', 'formula/syntax', `the amount '${q(text.slice(start, end))}' is zero: leave the element out instead`, start, end);
  }
  return { ok: true, value, end };
}

/** `e3`, `E-3`, `e+10` right after a number: the end of the exponent, or `at` if there is none. */
function exponentAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 101 && c !== 69) return at;
  let k = at + 1;
  const sign = text.charCodeAt(k);
  if (sign === MINUS || sign === PLUS) k++;
  if (!isDigit(text.charCodeAt(k))) return at;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  return k;
}

function misplacedAmount(text: string, start: number, atStart: boolean): ScanResult {
  let end = start;
  while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === DOT)) end++;
  if (atStart) {
    return fault('leading-amount', 'formula/syntax', 'a formula cannot start with a coefficient', start, end);
  }
  return fault('other', 'formula/syntax', `the amount '${q(text.slice(start, end))}' must follow an element or a closing bracket`, start, end);
}

function unexpected(text: string, i: number, canTakeAmount: boolean): ScanResult {
  const c = text.charCodeAt(i);
  if (c >= LOWER_A && c <= LOWER_Z) {
    let end = i + 1;
    while (end < text.length && isLower(text.charCodeAt(end))) end++;
    const written = text.slice(i, end);
    return fault('lowercase-symbol', 'formula/element', `'${q(written)}' is not an element symbol: a symbol starts with a capital letter`, i, end);
  }
  if (c === MINUS && canTakeAmount && isDigit(text.charCodeAt(i + 1))) {
    let end = i + 1;
    while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === DOT)) end++;
    // `Li-1` or `(PO4)-3`: a signed amount. `Li2S-25P2S5` goes on to a second compound, so it
    // is left to the mixture advice rather than called a negative amount.
    const next = text.charCodeAt(end);
    if (end === text.length || next === CLOSE_PAREN || next === CLOSE_SQUARE) {
      return fault('negative-amount', 'formula/syntax', `the amount '${q(text.slice(i, end))}' is negative: amounts are positive`, i, end);
    }
  }
  if (c >= SUBSCRIPT_0 && c <= SUBSCRIPT_9) {
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= SUBSCRIPT_0 && text.charCodeAt(end) <= SUBSCRIPT_9) end++;
    return fault('subscript', 'formula/syntax', `'${q(text.slice(i, end))}' is a Unicode subscript: amounts are plain digits`, i, end);
  }
  if (isWhitespace(c)) {
    let end = i + 1;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    return fault('other', 'formula/syntax', 'a formula has no spaces: write it as one word, such as Li6PS5Cl', i, end);
  }
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  const character = text.slice(i, i + width);
  return fault('unexpected-character', 'formula/syntax', `unexpected character '${q(character)}' in a formula`, i, i + width);
}

/** A long digit run as a message shows it. */
function shortened(written: string): string {
  return quoted(written, 16);
}

/** User text inside a formula message (formulas run longer than names, so more of it is kept). */
export function q(text: string): string {
  return quoted(text, MAX_QUOTED_FORMULA_LENGTH);
}

function fault(kind: ScanFaultKind, code: FormulaErrorCode, message: string, start: number, end: number): Extract<ScanResult, { ok: false }> {
  return { ok: false, kind, error: { code, message, start, end } };
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

function isLower(c: number): boolean {
  return c >= LOWER_A && c <= LOWER_Z;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}
