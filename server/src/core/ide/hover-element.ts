/**
 * The hover of an element symbol inside a formula: the element's table row (Z, IUPAC 2021
 * standard atomic weight, Pauling electronegativity, known oxidation states) and what it does
 * in this compound (its amount, mass share and the state the charge balance assigned it).
 */
import { elementBySymbol, type ElementData } from '../chemistry/elements';
import type { MaterialChemistry } from '../model';
import { fixed, num, signedState } from './display';

export function elementHover(symbol: string, compound?: { name: string; chemistry?: MaterialChemistry }): string {
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
