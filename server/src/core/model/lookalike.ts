/**
 * `ref/lookalike`: a reference that resolved only as an ad-hoc formula although it is one slip
 * away from a name the writer surely meant. Such a typo is dangerous, not just untidy: the
 * ad-hoc material has no library data, so `Li6PS5CI` (capital i: C and I) or `LiCo02` (zero:
 * an alloy of Li and Co) silently switches off the anion and window checks of the very contact
 * that needs them.
 *
 * Three slips are recognised, in this order (the first that applies wins):
 * 1. Look-alike characters: the name equals a declared or library name once letter case is
 *    ignored and the characters of CONFUSABLE_CHARACTERS are identified (`I`/`l`, `0`/`O`).
 * 2. A zero where the oxygen belongs: a `0` inside the subscript after an element and before
 *    another digit (`LiCo02`, `LiNb03`, `LiMn204`, `LiFeP04`), when reading it as `O` gives a
 *    charge-balanced formula and the name as written does not balance.
 * 3. One edit from a declared or library name (a digit, a letter, two swapped neighbours),
 *    only when the ad-hoc formula does not balance (`Li3InCl5`): a balanced formula one edit
 *    from a library name (`Li6PS5Br` next to `Li6PS5Cl`) is more likely a material of its own.
 *
 * Declared and library names never reach here (the resolver looks them up first), and the
 * cost is a map look-up per distinct ad-hoc name plus, for unbalanced ones only, a look-up in
 * the document's shared, budgeted name index (text/closest.ts).
 */
import { editDistance } from '../text/edit-distance';
import { MAX_SUGGESTED_NAME_LENGTH, NameIndex } from '../text/closest';
import { chemistryOf, type ChemistryResult } from './chemistry-cache';
import { libraryMaterial, libraryNames } from './library-materials';
import type { MaterialChemistry } from './types';
import { analyzeFormulaRead, type FormulaReport } from '../formula/analyze';

/** Characters a reader (and a PDF's font) confuses, each mapped to one representative. Data. */
const CONFUSABLE_CHARACTERS: Readonly<Record<string, string>> = {
  // After lower-casing: capital I and lower-case l; digit zero and letter O.
  i: 'l',
  '0': 'o',
};

/** Which slip made the name a look-alike; the message names it. */
export type LookalikeSlip = 'confusable' | 'zero-for-oxygen' | 'one-edit';

export interface Lookalike {
  /** The name the writer most likely meant: a declared or library name, or the formula with O. */
  readonly replacement: string;
  readonly slip: LookalikeSlip;
}

/** The key under which names that look alike collide: case-folded, confusables identified. */
export function lookalikeKey(name: string): string {
  let key = '';
  for (const character of name.toLowerCase()) key += CONFUSABLE_CHARACTERS[character] ?? character;
  return key;
}

/** Names by look-alike key; the first name given for a key keeps it. */
export class LookalikeKeys {
  private readonly byKey = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.length > MAX_SUGGESTED_NAME_LENGTH) continue;
      const key = lookalikeKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, name);
    }
  }

  /** A known name that looks like `name` but is not it. */
  sameLooking(name: string): string | undefined {
    if (name.length > MAX_SUGGESTED_NAME_LENGTH) return undefined;
    const known = this.byKey.get(lookalikeKey(name));
    return known !== undefined && known !== name ? known : undefined;
  }
}

/** A zero after an element's letters (and possibly digits) and before another digit: `Co02`, `Mn204`. */
const ZERO_IN_SUBSCRIPT = /(?<=[A-Za-z)\]]\d*)0(?=\d)/g;

/** What the resolver knows, for the one name it asks about. */
export interface LookalikeContext {
  /** A declared or library name with the same look-alike key. */
  sameLooking(name: string): string | undefined;
  /** Declared and library names close to `name`, closest first (budgeted). */
  closestNames(name: string): string[];
  /** The chemistry of a formula text (cached). */
  chemistryOf(text: string): ChemistryResult;
}

/**
 * The likely intended name for an ad-hoc formula reference, or undefined when it looks like
 * what it is. `chemistry` is the ad-hoc formula's own analysis.
 */
export function findLookalike(name: string, chemistry: MaterialChemistry, context: LookalikeContext): Lookalike | undefined {
  if (name.length > MAX_SUGGESTED_NAME_LENGTH) return undefined;
  const same = context.sameLooking(name);
  if (same !== undefined) return { replacement: same, slip: 'confusable' };

  if (chemistry.chargeBalance.status === 'balanced') return undefined;

  if (name.includes('0')) {
    const withOxygen = name.replace(ZERO_IN_SUBSCRIPT, 'O');
    if (withOxygen !== name) {
      const read = context.chemistryOf(withOxygen);
      if (read.ok && read.chemistry.chargeBalance.status === 'balanced') return { replacement: withOxygen, slip: 'zero-for-oxygen' };
    }
  }

  if (chemistry.chargeBalance.status !== 'unbalanced') return undefined;
  const lower = name.toLowerCase();
  const near = context.closestNames(name).find((candidate) => editDistance(lower, candidate.toLowerCase(), 1) <= 1);
  return near === undefined ? undefined : { replacement: near, slip: 'one-edit' };
}

let libraryKeys: LookalikeKeys | undefined;
let libraryIndex: NameIndex | undefined;

/**
 * For `cellspec formula`, which has no document: the library name a formula looks like, by
 * the same rules. The library's own names never look like anything.
 */
export function libraryLookalike(text: string, chemistry?: MaterialChemistry): Lookalike | undefined {
  if (libraryMaterial(text)) return undefined;
  const read: ChemistryResult = chemistry === undefined ? chemistryOf(text) : { ok: true, chemistry };
  if (!read.ok) return undefined;
  libraryKeys ??= new LookalikeKeys(libraryNames());
  // One index for the process, without a budget: every look-up compares only the few library
  // names of about its length.
  libraryIndex ??= new NameIndex(libraryNames(), Number.POSITIVE_INFINITY);
  return findLookalike(text, read.chemistry, {
    sameLooking: (name) => libraryKeys!.sameLooking(name),
    closestNames: (name) => libraryIndex!.closest(name),
    chemistryOf,
  });
}

/**
 * What `cellspec formula` reports for one formula: the engine's report and, for a valid formula,
 * the library material it looks like — the formula read once for both (a batch of 100,000 read
 * every formula twice).
 */
export function reportFormula(input: string): FormulaReport & { lookalike?: Lookalike } {
  const { report, chemistry } = analyzeFormulaRead(input);
  const lookalike = chemistry === undefined ? undefined : libraryLookalike(input, chemistry);
  return lookalike ? { ...report, lookalike } : report;
}
