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
 * Longer texts get no case fix. A formula typed in the wrong case is a few dozen characters;
 * the bound keeps the error path of a pasted page as cheap as its scan.
 */
export const MAX_CASE_FIX_LENGTH = 256;

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
  if (text.length > MAX_CASE_FIX_LENGTH) return undefined;
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

/**
 * Up to MAX_READINGS_PER_RUN ways to split lowercase letters into element symbols, two-letter
 * symbols tried first. Linear in the letters: `completes[i]` says whether the letters from `i`
 * on can be split at all (one pass from the end), so the walk never enters a dead end, and
 * every step it takes leads to a reading. Without it, letters that no split completes
 * (`cococo…coq`) made the walk try every split: 3.3× the time per two letters. The walk keeps
 * its own stack, so a long run of letters cannot overflow the call stack either.
 */
function readings(letters: string): string[][] {
  const length = letters.length;
  const symbolAt = (at: number, width: number): string | undefined =>
    at + width <= length ? ELEMENT_BY_LOWERCASE.get(letters.slice(at, at + width))?.symbol : undefined;
  const completes = new Uint8Array(length + 1);
  completes[length] = 1;
  for (let at = length - 1; at >= 0; at--) {
    completes[at] = (symbolAt(at, 2) !== undefined && completes[at + 2]) || (symbolAt(at, 1) !== undefined && completes[at + 1]) ? 1 : 0;
  }
  const found: string[][] = [];
  if (!completes[0]) return found;
  // Depth-first, two-letter symbols first: each frame is a position and the widths still to try there.
  const path: string[] = [];
  const positions: number[] = [0];
  const nextWidth: number[] = [2];
  while (positions.length > 0 && found.length < MAX_READINGS_PER_RUN) {
    const depth = positions.length - 1;
    const at = positions[depth]!;
    if (at === length) {
      found.push([...path]);
      positions.pop();
      nextWidth.pop();
      path.pop();
      continue;
    }
    const width = nextWidth[depth]!;
    if (width === 0) {
      positions.pop();
      nextWidth.pop();
      path.pop();
      continue;
    }
    nextWidth[depth] = width - 1;
    const symbol = symbolAt(at, width);
    if (symbol === undefined || !completes[at + width]) continue;
    path.push(symbol);
    positions.push(at + width);
    nextWidth.push(2);
  }
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
