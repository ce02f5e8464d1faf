/**
 * `analyzeFormula`: one formula → the JSON object of `cellspec formula --format json`
 * (docs/language.md §8). The shape is a contract: every key below is always present except
 * `error` (only when invalid), `anionRedox` (only `true`, when balanced only through anion
 * redox) with `anionRedoxKind`, `chargeNote` and `oxidationStates` (only when an assignment
 * balances). `cellspec formula` adds `lookalike` (cli/formula.ts).
 *
 * An invalid formula has `valid: false`, its `error`, `elements: {}` and `null` for
 * `molarMass`, `anionClass`, `chargeBalanced` and `capacityPerElectron`: nothing can be
 * computed, and null keeps the keys stable for consumers. `chargeBalanced` is also `null`
 * for a valid formula that is not charge-checked (metals, alloys, single elements).
 * Molar mass (g/mol) and capacity (mAh/g per electron per formula unit) are rounded to
 * 1e-4, well below the precision of the atomic weights.
 */
import { anionClass, type AnionClass } from '../chemistry/anion-class';
import { chargeBalance, type ChargeBalance } from '../chemistry/charge-balance';
import { describeSiteSum, siteSumProblem } from '../chemistry/sites';
import { parseFormula } from './parse';
import { capacityPerElectron, molarMass } from './quantities';
import type { Formula, FormulaErrorCode } from './types';

export interface FormulaReport {
  input: string;
  valid: boolean;
  error?: { code: FormulaErrorCode; message: string; start: number; end: number; suggestion?: string };
  elements: Record<string, number>;
  molarMass: number | null;
  anionClass: AnionClass | null;
  chargeBalanced: boolean | null;
  anionRedox?: true;
  /**
   * With `anionRedox`, which kind (an extension of docs/language.md §8): `chalcogen`, a chalcogen
   * partly at −1 (Li3NiS4), or `catenated`, an anion of bonded atoms (Li2O2, KO2, Li2S4, LiN3).
   */
  anionRedoxKind?: 'chalcogen' | 'catenated';
  oxidationStates?: Record<string, number>;
  /** Why a formula is not charge-checked or not balanced, or how an unusual balance is reached (an extension of docs/language.md §8). */
  chargeNote?: string;
  capacityPerElectron: number | null;
  /** A layered AMX2 formula whose metal amounts do not fill the M site (chemistry/sites.ts; an extension of §8). */
  siteNote?: string;
}

export function analyzeFormula(input: string): FormulaReport {
  return analyzeFormulaRead(input).report;
}

/** What the report was computed from, for a caller that needs more of it (the library look-alike of `cellspec formula`). */
export interface FormulaRead {
  readonly report: FormulaReport;
  readonly chemistry?: { readonly formula: Formula; readonly molarMass: number; readonly chargeBalance: ChargeBalance; readonly anionClass: AnionClass };
}

/** `analyzeFormula`, with the parsed formula, its molar mass, charge balance and anion class when it is valid. */
export function analyzeFormulaRead(input: string): FormulaRead {
  const parsed = parseFormula(input);
  if (!parsed.ok) {
    const { code, message, start, end, suggestion } = parsed.error;
    const report: FormulaReport = {
      input,
      valid: false,
      error: { code, message, start, end, ...(suggestion !== undefined ? { suggestion } : {}) },
      elements: {},
      molarMass: null,
      anionClass: null,
      chargeBalanced: null,
      capacityPerElectron: null,
    };
    return { report };
  }
  const { formula } = parsed;
  const mass = molarMass(formula);
  const balance = chargeBalance(formula);
  const anion = anionClass(formula, balance);
  const checked = balance.status !== 'not-checked';
  const sites = siteSumProblem(formula);
  const balanced = balance.status === 'balanced' || balance.status === 'anion-redox';
  const report: FormulaReport = {
    input,
    valid: true,
    elements: Object.fromEntries(formula.elements),
    molarMass: round4(mass),
    anionClass: anion,
    chargeBalanced: checked ? balanced : null,
    ...(balance.status === 'anion-redox' ? { anionRedox: true as const, anionRedoxKind: balance.anionRedox ?? 'chalcogen' } : {}),
    ...(balance.explanation ? { chargeNote: balance.explanation } : {}),
    ...(balanced && balance.oxidationStates ? { oxidationStates: balance.oxidationStates } : {}),
    capacityPerElectron: round4(capacityPerElectron(mass)),
    ...(sites ? { siteNote: describeSiteSum(sites) } : {}),
  };
  return { report, chemistry: { formula, molarMass: mass, chargeBalance: balance, anionClass: anion } };
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
