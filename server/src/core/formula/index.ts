/** The formula engine: parse, quantities, formatting, and the CLI's one-formula report. */
export type { Formula, FormulaError, FormulaErrorCode, FormulaParse } from './types';
export { parseFormula } from './parse';
export { molarMass, atomCount, capacityPerElectron, FARADAY_MAH_PER_MOL } from './quantities';
export { formatFormula } from './format';
export { analyzeFormula, type FormulaReport } from './analyze';
