/** Numbers that follow from a formula: molar mass, atom count, capacity per redox electron. */
import { elementBySymbol } from '../chemistry/elements';
import type { Formula } from './types';

/**
 * Faraday constant in mAh/mol: F / 3.6 with F = 96 485.332 12 C/mol (exact since the 2019 SI
 * redefinition; CODATA 2018), and 1 mAh = 3.6 C. So 26 801.48 mAh per mole of electrons.
 */
export const FARADAY_MAH_PER_MOL = 96485.33212 / 3.6;

/** Molar mass in g/mol from the IUPAC 2021 abridged standard atomic weights (see chemistry/elements.ts). */
export function molarMass(formula: Formula): number {
  let total = 0;
  for (const [symbol, amount] of formula.elements) total += amount * elementBySymbol(symbol)!.atomicWeight;
  return total;
}

/** Atoms per formula unit (fractional for doped formulas). */
export function atomCount(formula: Formula): number {
  let total = 0;
  for (const amount of formula.elements.values()) total += amount;
  return total;
}

/** Theoretical specific capacity in mAh/g for one redox electron per formula unit: Q1 = F / (3.6 · M). */
export function capacityPerElectron(molarMassGPerMol: number): number {
  return FARADAY_MAH_PER_MOL / molarMassGPerMol;
}
