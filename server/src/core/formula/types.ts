/** The formula engine's contract: a parsed formula, or the exact place and reason it is wrong. */

export type FormulaErrorCode = 'formula/syntax' | 'formula/element';

export interface FormulaError {
  readonly code: FormulaErrorCode;
  readonly message: string;
  /** Half-open range of the fault, as UTF-16 offsets into the formula text. */
  readonly start: number;
  readonly end: number;
  /** The corrected whole formula, when one is clear (`LI2S` → `Li2S`, `Li₂S` → `Li2S`, `2LiCl` → `LiCl`). */
  readonly suggestion?: string;
}

export interface Formula {
  readonly text: string;
  /** Element symbol → amount per formula unit, in order of first appearance; groups multiplied out. */
  readonly elements: ReadonlyMap<string, number>;
}

export type FormulaParse = { readonly ok: true; readonly formula: Formula } | { readonly ok: false; readonly error: FormulaError };
