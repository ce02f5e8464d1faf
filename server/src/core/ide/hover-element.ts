/**
 * The hover of an element symbol inside a formula: the element's table row (Z, IUPAC 2021
 * standard atomic weight, Pauling electronegativity, known oxidation states) and what it does
 * in this compound (its amount, mass share and the state the charge balance assigned it).
 */
import type { Span } from '../../../../grammar/ast';
import { elementBySymbol, type ElementData } from '../chemistry/elements';
import type { MaterialChemistry } from '../model';
import { fixed, num, signedState } from './display';

export interface SymbolInFormula {
  readonly symbol: string;
  /** Span of the symbol in the document. */
  readonly span: Span;
}

/**
 * The element symbol (capital + lower-case letters) at `offset` of a formula written at
 * `start`, or the symbol an amount right after it belongs to (`S` for the `5` of `PS5Cl`).
 */
export function symbolAtOffset(formulaText: string, start: number, offset: number): SymbolInFormula | undefined {
  const at = offset - start;
  if (at < 0 || at >= formulaText.length) return undefined;
  for (const match of formulaText.matchAll(/([A-Z][a-z]*)(\d+(?:\.\d+)?)?/g)) {
    const begin = match.index;
    const end = begin + match[0].length;
    if (at >= begin && at < end) {
      const symbol = match[1]!;
      return { symbol, span: { start: start + begin, end: start + begin + symbol.length } };
    }
  }
  return undefined;
}

/** Every element symbol of a formula with its document span (for semantic tokens). */
export function formulaParts(formulaText: string, start: number): { kind: 'element' | 'amount'; span: Span; text: string }[] {
  const parts: { kind: 'element' | 'amount'; span: Span; text: string }[] = [];
  for (const match of formulaText.matchAll(/[A-Z][a-z]*|\d+(?:\.\d+)?/g)) {
    const text = match[0];
    parts.push({ kind: /\d/.test(text[0]!) ? 'amount' : 'element', text, span: { start: start + match.index, end: start + match.index + text.length } });
  }
  return parts;
}

export function elementHover(symbol: string, compound?: { name: string; chemistry?: MaterialChemistry }): string | undefined {
  const element = elementBySymbol(symbol);
  if (!element) return `**${symbol}** is not an element symbol.`;
  const lines = [`**${element.symbol}** — ${element.name} · Z = ${element.z}`, ''];
  lines.push(`- ${weightText(element)}`);
  lines.push(`- Pauling electronegativity ${element.paulingElectronegativity !== undefined ? String(element.paulingElectronegativity) : 'not defined'}`);
  lines.push(`- known oxidation states ${element.oxidationStates.length ? element.oxidationStates.map(signedState).join(', ') : 'none'} (pymatgen common ∪ ICSD)`);
  const chemistry = compound?.chemistry;
  const amount = chemistry?.formula.elements.get(symbol);
  if (chemistry && amount !== undefined) {
    const massShare = (amount * element.atomicWeight) / chemistry.molarMass;
    const state = chemistry.chargeBalance.oxidationStates?.[symbol];
    const stateText =
      state === undefined
        ? chemistry.chargeBalance.status === 'not-checked'
          ? 'not charge-checked (a metal or alloy)'
          : 'no state assigned'
        : `${signedState(state)}${chemistry.chargeBalance.status === 'unbalanced' ? ' (closest assignment; the formula does not balance)' : ''}`;
    lines.push(`- in \`${compound!.name}\`: ${num(amount, 4)} per formula unit, ${fixed(massShare * 100, 1)} wt%, oxidation state ${stateText}`);
  }
  return lines.join('\n');
}

function weightText(element: ElementData): string {
  return element.hasStandardWeight
    ? `standard atomic weight ${element.atomicWeight} (IUPAC 2021, abridged)`
    : `no standard atomic weight: ${element.atomicWeight} is the mass number of its longest-lived isotope`;
}
