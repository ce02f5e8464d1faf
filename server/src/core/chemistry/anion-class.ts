/**
 * The anion class of a material (docs/language.md §5): the anions' charge grouped by family, the
 * largest share names the class, and oxide + halide both ≥ 20 % make an oxyhalide. It is what
 * the homo-category rule compares (sulfide cathode ↔ sulfide electrolyte …).
 */
import type { Formula } from '../formula/types';
import { ANION_FAMILY, MOLECULAR_ANION_CLASSES, type AnionFamily } from './anion-data';
import { chargeBalance, type ChargeBalance } from './charge-balance';
import { elementBySymbol } from './elements';

export type AnionClass = 'oxide' | 'sulfide' | 'halide' | 'oxyhalide' | 'nitride' | 'phosphide' | 'hydride' | 'hydroborate' | 'cyanide' | 'none';

/** Oxide and halide each holding at least this share of the anion charge make an oxyhalide (LiNbOCl4). */
export const OXYHALIDE_MIN_SHARE = 0.2;

/** Tie-break order when two families hold exactly the same share. */
const FAMILY_ORDER: readonly AnionFamily[] = ['oxide', 'sulfide', 'halide', 'nitride', 'phosphide', 'hydride'];

/**
 * Classifies by the anions of the charge-balance assignment; an unbalanced formula is
 * classified by its closest assignment, i.e. its anions at their nominal states (LiCoO3 is
 * still an oxide). Metals, alloys and single elements (not charge-checked) are 'none'.
 */
/** Elements that, on their own, belong to an anion class: the chalcogens of the sulfide family. */
const ELEMENTAL_CLASS: Readonly<Record<string, AnionClass>> = { S: 'sulfide', Se: 'sulfide', Te: 'sulfide' };

export function anionClass(formula: Formula, balance: ChargeBalance = chargeBalance(formula)): AnionClass {
  // An elemental chalcogen (S8, Se) is the charged end of its own family's redox (Li2S ⇌ S):
  // sulfur in a sulfide electrolyte is the homo-category pairing of all-solid-state Li–S cells.
  if (formula.elements.size === 1) {
    const [symbol] = formula.elements.keys();
    const family = ELEMENTAL_CLASS[symbol!];
    if (family) return family;
  }
  // A molecular anion names the class (a cyanide framework, a hydroborate), whatever its atoms' formal states.
  for (const rule of MOLECULAR_ANION_CLASSES) {
    const [first, second] = rule.elements;
    const a = formula.elements.get(first);
    const b = formula.elements.get(second);
    if (a !== undefined && b !== undefined && b / a >= rule.ratio.min && b / a <= rule.ratio.max) return rule.anionClass;
  }
  if (balance.status === 'not-checked') return 'none';
  const states = balance.oxidationStates ?? nominalAnionStates(formula);
  const charge: Record<AnionFamily, number> = { oxide: 0, sulfide: 0, halide: 0, nitride: 0, phosphide: 0, hydride: 0 };
  let total = 0;
  for (const [symbol, amount] of formula.elements) {
    const state = states[symbol];
    const family = ANION_FAMILY[symbol];
    if (state === undefined || state >= 0 || !family) continue;
    const share = -state * amount;
    charge[family] += share;
    total += share;
  }
  if (total === 0) return 'none';
  if (charge.oxide >= OXYHALIDE_MIN_SHARE * total && charge.halide >= OXYHALIDE_MIN_SHARE * total) return 'oxyhalide';
  let best: AnionFamily = FAMILY_ORDER[0]!;
  for (const family of FAMILY_ORDER) if (charge[family] > charge[best]) best = family;
  return best;
}

/**
 * When no split into cations and anions exists at all, fall back to every anion former at
 * its most negative known state.
 */
function nominalAnionStates(formula: Formula): Record<string, number> {
  const states: Record<string, number> = {};
  for (const symbol of formula.elements.keys()) {
    const lowest = elementBySymbol(symbol)?.oxidationStates[0];
    if (lowest !== undefined && lowest < 0 && ANION_FAMILY[symbol]) states[symbol] = lowest;
  }
  return states;
}
