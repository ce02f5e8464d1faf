/**
 * `stoich/charge`, `stoich/anion-redox`, `stoich/sites`, `stoich/capacity`: is the formula one a
 * chemist would believe, do its site amounts add up, and is the claimed capacity possible for
 * the declared number of redox electrons?
 * Library materials are curated and not re-reported; document materials and ad-hoc formula
 * references are.
 */
import type { Span } from '../../../../grammar/ast';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { describeSiteSum, siteSumProblem } from '../chemistry/sites';
import { capacityPerElectron } from '../formula';
import type { MaterialModel, Program } from '../model';
import { formatCharge, formatElectrons, formatMolarMass, formatSig } from '../text/numbers';

/** A declared capacity within this fraction above the theoretical one is rounding, not a mistake. */
const CAPACITY_TOLERANCE = 0.005;

export function checkStoichiometry(program: Program): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const material of program.materials) {
    if (material.formulaSpan) diagnostics.push(...chargeDiagnostics(material, material.formulaSpan), ...siteDiagnostics(material, material.formulaSpan));
    diagnostics.push(...capacityDiagnostics(material));
  }
  for (const reference of program.references) {
    const target = reference.target;
    if (target?.kind === 'material' && target.origin === 'formula') {
      diagnostics.push(...chargeDiagnostics(target, reference.name.span), ...siteDiagnostics(target, reference.name.span));
    }
  }
  return diagnostics;
}

function chargeDiagnostics(material: MaterialModel, span: Span): CoreDiagnostic[] {
  const chemistry = material.chemistry;
  if (!chemistry) return [];
  const balance = chemistry.chargeBalance;
  const formula = material.formulaText ?? material.name;
  // Every 'anion-redox' result carries the assignment it found.
  const states = balance.oxidationStates ? describeStates(balance.oxidationStates) : undefined;
  if (balance.status === 'unbalanced') {
    return [
      diagnostic(
        'stoich/charge',
        span,
        // chargeBalance explains every 'unbalanced' (which split fails, and by how much).
        `\`${formula}\` cannot be charge balanced with known oxidation states: ${balance.explanation!}. Check the formula for a typo or a missing element.`,
        { data: { residual: balance.residual } },
      ),
    ];
  }
  if (balance.status === 'anion-redox') {
    return [
      diagnostic(
        'stoich/anion-redox',
        span,
        balance.anionRedox === 'catenated'
          ? `\`${formula}\` balances only through a catenated anion (${states!}): ${balance.explanation}.`
          : `\`${formula}\` balances only with a chalcogen partly at −1 (${states!}): anionic redox, as in Li3NiS4.`,
        { data: { oxidationStates: balance.oxidationStates } },
      ),
    ];
  }
  return [];
}

function siteDiagnostics(material: MaterialModel, span: Span): CoreDiagnostic[] {
  if (!material.chemistry) return [];
  const problem = siteSumProblem(material.chemistry.formula);
  if (!problem) return [];
  const formula = material.formulaText ?? material.name;
  return [
    diagnostic('stoich/sites', span, `\`${formula}\` ${describeSiteSum(problem)}.`, {
      data: { metalSum: problem.metalSum, expected: problem.rule.metalSites, alkaliSum: problem.alkaliSum },
    }),
  ];
}

function capacityDiagnostics(material: MaterialModel): CoreDiagnostic[] {
  const { chemistry, electrons, capacity } = material;
  if (!chemistry || !electrons || !capacity || !capacity.span) return [];
  const perElectron = capacityPerElectron(chemistry.molarMass);
  const theoretical = electrons.value * perElectron;
  if (capacity.value <= theoretical * (1 + CAPACITY_TOLERANCE)) return [];
  const implied = capacity.value / perElectron;
  return [
    diagnostic(
      'stoich/capacity',
      capacity.span,
      `${formatSig(capacity.value)} mAh/g is above the theoretical capacity of \`${material.formulaText ?? material.name}\` for ${formatSig(electrons.value)} ` +
        `electron${electrons.value === 1 ? '' : 's'} per formula unit: ${formatSig(theoretical)} mAh/g (M = ${formatMolarMass(chemistry.molarMass)} g/mol, ` +
        `${formatSig(perElectron)} mAh/g per electron). It would take ${formatElectrons(implied)} electrons; check the capacity or \`electrons\`.`,
      { data: { theoretical, impliedElectrons: implied } },
    ),
  ];
}

function describeStates(states: Record<string, number>): string {
  return Object.entries(states)
    .map(([element, state]) => `${element} ${formatCharge(state)}`)
    .join(', ');
}

