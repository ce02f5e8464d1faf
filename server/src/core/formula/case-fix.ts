/**
 * The quick fix for a formula typed in the wrong case (`LI2S`, `NACL`, `licoo2`): read the
 * letters case-insensitively, split them into real element symbols, and offer the reading a
 * chemist would have meant.
 */
import { chargeBalance } from '../chemistry/charge-balance';
import { ELEMENTS, type ElementData } from '../chemistry/elements';
import { scanFormula } from './scan';
import type { Formula } from './types';

const ELEMENT_BY_LOWERCASE: ReadonlyMap<string, ElementData> = new Map(ELEMENTS.map((element) => [element.symbol.toLowerCase(), element]));

/** Bounds on the search; real formulas have a handful of readings at most. */
const MAX_READINGS_PER_RUN = 16;
const MAX_CANDIDATES = 64;

/**
 * The corrected whole formula, or undefined when the text holds anything but letters,
 * digits, brackets and decimal points, or no reading parses. Among readings, prefer:
 * 1. only elements with a standard atomic weight (`LIFEPO4` is LiFePO4, not LiFePo4 with
 *    polonium);
 * 2. a composition that is not charge-unbalanced (`LICOO2` is LiCoO2, not LiCOO2);
 * 3. the fewest symbols, i.e. two-letter symbols where they are valid (`NACL` is NaCl,
 *    `LIIN` the alloy LiIn rather than LiIN);
 * then the first reading found, two-letter symbols tried first.
 */
export function caseFixSuggestion(text: string): string | undefined {
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let end = i + 1;
      while (end < text.length && isLetter(text.charCodeAt(end))) end++;
      runs.push({ start: i, end });
      i = end;
      continue;
    }
    if (!(isDigit(c) || c === 46 || c === 40 || c === 41 || c === 91 || c === 93)) return undefined;
    i++;
  }
  if (runs.length === 0) return undefined;
  const readingsPerRun = runs.map((run) => readings(text.slice(run.start, run.end).toLowerCase()));
  if (readingsPerRun.some((list) => list.length === 0)) return undefined;

  let best: { text: string; score: readonly number[] } | undefined;
  for (const choice of combinations(readingsPerRun)) {
    let candidate = '';
    let last = 0;
    let symbolCount = 0;
    runs.forEach((run, r) => {
      candidate += text.slice(last, run.start) + choice[r]!.join('');
      symbolCount += choice[r]!.length;
      last = run.end;
    });
    candidate += text.slice(last);
    if (candidate === text) continue;
    const scanned = scanFormula(candidate);
    if (!scanned.ok) continue;
    const score = [usesMassNumberElement(scanned.formula) ? 1 : 0, chargeBalance(scanned.formula).status === 'unbalanced' ? 1 : 0, symbolCount];
    if (!best || lexicographicallyLess(score, best.score)) best = { text: candidate, score };
  }
  return best?.text;
}

/** Every way to split lowercase letters into element symbols, two-letter symbols tried first. */
function readings(letters: string): string[][] {
  const found: string[][] = [];
  const path: string[] = [];
  const walk = (at: number): void => {
    if (found.length >= MAX_READINGS_PER_RUN) return;
    if (at === letters.length) {
      found.push([...path]);
      return;
    }
    for (const width of [2, 1]) {
      if (at + width > letters.length) continue;
      const element = ELEMENT_BY_LOWERCASE.get(letters.slice(at, at + width));
      if (!element) continue;
      path.push(element.symbol);
      walk(at + width);
      path.pop();
    }
  };
  walk(0);
  return found;
}

function* combinations(lists: readonly string[][][]): Generator<string[][]> {
  const index = lists.map(() => 0);
  for (let produced = 0; produced < MAX_CANDIDATES; produced++) {
    yield index.map((i, r) => lists[r]![i]!);
    let r = lists.length - 1;
    while (r >= 0 && ++index[r]! === lists[r]!.length) {
      index[r] = 0;
      r--;
    }
    if (r < 0) return;
  }
}

function usesMassNumberElement(formula: Formula): boolean {
  for (const symbol of formula.elements.keys()) if (!ELEMENT_BY_LOWERCASE.get(symbol.toLowerCase())!.hasStandardWeight) return true;
  return false;
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
