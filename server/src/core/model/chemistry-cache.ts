/**
 * Formula → chemistry, memoised by the formula's text. Every keystroke re-checks the whole
 * document, but the formulas in it rarely change, and a library of thousands of materials
 * repeats the same few hundred formulas; so the parse, molar mass and charge-balance search
 * run once per distinct text.
 */
import { anionClass } from '../chemistry/anion-class';
import { chargeBalance } from '../chemistry/charge-balance';
import { molarMass, parseFormula, type FormulaError } from '../formula';
import type { MaterialChemistry } from './types';

export type ChemistryResult = { ok: true; chemistry: MaterialChemistry } | { ok: false; error: FormulaError };

const MAX_ENTRIES = 50_000;
const cache = new Map<string, ChemistryResult>();

export function chemistryOf(formulaText: string): ChemistryResult {
  const cached = cache.get(formulaText);
  if (cached) return cached;
  const parsed = parseFormula(formulaText);
  let result: ChemistryResult;
  if (!parsed.ok) {
    result = { ok: false, error: parsed.error };
  } else {
    const balance = chargeBalance(parsed.formula);
    result = {
      ok: true,
      chemistry: {
        formula: parsed.formula,
        molarMass: molarMass(parsed.formula),
        chargeBalance: balance,
        anionClass: anionClass(parsed.formula, balance),
      },
    };
  }
  // A pasted table of generated formulas must not grow memory without bound.
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(formulaText, result);
  return result;
}
