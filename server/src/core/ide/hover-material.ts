/**
 * The hover of a material: what it is and where it comes from, every stated value with its
 * source, then what those values imply (docs/language.md §6) and what is missing to compute the rest.
 * Layout: a header line, the formula with its oxidation states, one compact table, the
 * computed values as a short list.
 */
import type { DocumentAnalysis } from '../analyze';
import { formatElectrons, formatMolarMass, formatOrders, hintsOfMaterial, isKnown, type Computed, type MaterialHints } from '../compute';
import type { MaterialModel, Sourced, StabilityWindow, WindowLimit } from '../model';
import { missingOf } from '../compute/computed';
import { bounds, loadLibrary } from '../library';
import { REVIEW_SOURCE, type MeasuredField, type ReviewValue } from '../library/schema';
import { forMarkdown, forMarkdownCode } from '../text/inert';
import { chargeBalanceLine, missingBlock, num, rangeText, table } from './display';
import { Citations, originText } from './provenance';
import { DEFAULT_ION, ionWords, type WorkingIon } from '../chemistry/ions';

/** `ion`: the working ion of the block the material is shown for (ide/ion-context.ts); its own when it carries one. */
export function materialHover(analysis: DocumentAnalysis, material: MaterialModel, ion: WorkingIon = material.ion ?? DEFAULT_ION): string {
  const hints = hintsOfMaterial(analysis.hints, material);
  const sections: string[] = [header(analysis, material, hints)];
  const formula = formulaLine(material);
  if (formula) sections.push(formula);
  if (material.origin === 'library' && (material.description || material.aliases?.length)) {
    const description = material.description ? sentence(material.description) : '';
    const aliases = material.aliases?.length ? ` Also written ${material.aliases.map((a) => `\`${a}\``).join(', ')}.` : '';
    sections.push(`${description}${aliases}`.trim());
  }
  const citations = new Citations();
  const rows = propertyRows(analysis, material, citations, material.ion ?? ion);
  if (rows.length) sections.push(table(['property', 'value', 'source'], rows));
  if (material.origin !== 'library' && material.source) sections.push(`Source: ${forMarkdown(material.source)}`);
  const notes = citations.render();
  if (notes) sections.push(notes);
  const computed = computedLines(hints);
  if (computed.length) sections.push(`**Computed**\n${computed.map((line) => `- ${line}`).join('\n')}`);
  const missing = missingBlock(missingReasons(material, hints));
  if (missing) sections.push(missing);
  return sections.join('\n\n');
}

function header(analysis: DocumentAnalysis, material: MaterialModel, hints: MaterialHints): string {
  const parts = [`**${material.name || 'material'}**`];
  const role = material.role?.value;
  parts.push(role ?? 'no role');
  if (isKnown(hints.anionClass) && hints.anionClass.value !== 'none') parts.push(hints.anionClass.value);
  return `${parts.join(' · ')} — ${originText(analysis, material)}`;
}

function formulaLine(material: MaterialModel): string | undefined {
  if (material.chemistry) return `\`${material.chemistry.formula.text}\` — ${chargeBalanceLine(material.chemistry)}`;
  if (material.formulaError) return `${forMarkdownCode(material.formulaText ?? '')} — formula error: ${forMarkdown(material.formulaError.message)}`;
  if (material.origin === 'library') return 'No formula (a material of variable composition).';
  return undefined;
}

type Row = [property: string, value: string, source: string];

function propertyRows(analysis: DocumentAnalysis, material: MaterialModel, citations: Citations, ion: WorkingIon): Row[] {
  const reference = ionWords(ion).reference;
  const rows: Row[] = [];
  const cite = (value: Sourced<unknown> | WindowLimit | undefined): string => citations.cite(analysis, material.origin, value);
  const add = <T>(key: string, value: Sourced<T> | undefined, text: (v: T) => string): void => {
    if (value) rows.push([key, text(value.value), cite(value)]);
  };
  // A library value that departs from the review's Table 1 shows Table 1's number beside it.
  const review = reviewOf(material);
  const measured = <T>(key: MeasuredField, value: Sourced<T> | undefined, text: (v: T) => string, unit: string): void => {
    if (!value) return;
    const printed = review(key);
    if (!printed) return add(key, value, text);
    const sources = [cite(value), citations.cite(analysis, material.origin, { source: REVIEW_SOURCE, ...(printed.note ? { note: printed.note } : {}) })];
    rows.push([key, `${text(value.value)} (the review's Table 1: ${rangeText(bounds(printed), unit)})`, sources.filter(Boolean).join(', ')]);
  };
  const voltageRange = material.voltageRange;
  measured(
    'voltage',
    material.voltage,
    (v) => (voltageRange && voltageRange.low !== voltageRange.high ? `${rangeText(voltageRange, 'V')} vs ${reference} (mean ${num(v)} V)` : `${num(v)} V vs ${reference}`),
    'V',
  );
  measured('capacity', material.capacity, (v) => `${num(v)} mAh/g`, 'mAh/g');
  add('electrons', material.electrons, (v) => `${num(v)} e⁻ per formula unit`);
  measured('ionic', material.ionic, (v) => rangeText(v, 'mS/cm'), 'mS/cm');
  measured('electronic', material.electronic, (v) => rangeText(v, 'mS/cm'), 'mS/cm');
  measured('diffusivity', material.diffusivity, (v) => rangeText(v, 'cm2/s'), 'cm2/s');
  if (material.window) rows.push(windowRow(material.window, cite));
  const reducedAt = material.reducedAt;
  if (reducedAt) rows.push(['reduced at', `${reducedAt.anode}, ${num(reducedAt.value)} V vs ${reference} (no reduction limit known: an anode at or below it reduces the electrolyte)`, cite(reducedAt)]);
  add('interphase', material.interphase, (v) => v);
  add('percolation', material.percolation, (v) => `x_c ${num(v)} (${num(v * 100)} vol% of the solid)`);
  add('d50', material.d50, (v) => `${num(v)} µm`);
  measured('density', material.density, (v) => `${num(v)} g/cm³`, 'g/cm3');
  return rows;
}

/**
 * What the review's Table 1 prints for a field of a library material, where the library's
 * value departs from it (the model keeps only the value the checks use; the entry keeps both).
 */
function reviewOf(material: MaterialModel): (field: MeasuredField) => ReviewValue | undefined {
  if (material.origin !== 'library') return () => undefined;
  const entry = loadLibrary().lookup(material.name);
  if (entry?.name !== material.name) return () => undefined;
  return (field) => entry[field]?.review;
}

function windowRow(window: StabilityWindow, cite: (limit: WindowLimit) => string): Row {
  const { low, high } = window;
  const method = (limit: WindowLimit | undefined): string => (limit?.method ? ` ${limit.method}` : '');
  let value: string;
  if (low && high) {
    const methods = low.method === high.method ? method(low) : `${method(low).trim() || 'declared'} low,${method(high) || ' declared'} high`;
    value = `${num(low.value)}–${num(high.value)} V${methods ? ` (${methods.trim()})` : ''}`;
  } else if (high) {
    value = `up to ${num(high.value)} V (oxidation limit${method(high)}; no reduction limit known)`;
  } else {
    value = `from ${num(low!.value)} V (reduction limit${method(low)}; no oxidation limit known)`;
  }
  const sources = [...new Set([low, high].filter((limit): limit is WindowLimit => limit !== undefined).map(cite))].filter(Boolean);
  return ['window', value, sources.join(', ')];
}

function computedLines(hints: MaterialHints): string[] {
  const lines: string[] = [];
  const known = <T>(computed: Computed<T> | undefined): computed is { value: T; estimated?: boolean; basis?: string } => isKnown(computed);
  if (known(hints.molarMassGPerMol)) lines.push(`molar mass M = ${formatMolarMass(hints.molarMassGPerMol.value)} g/mol`);
  if (known(hints.capacityPerElectronMAhPerG)) {
    lines.push(`capacity per electron Q₁ = 26801.4 / M = ${num(hints.capacityPerElectronMAhPerG.value)} mAh/g per e⁻`);
  }
  if (known(hints.theoreticalCapacityMAhPerG)) {
    const n = hints.material.electrons?.value;
    lines.push(`theoretical capacity n·Q₁ = ${num(hints.theoreticalCapacityMAhPerG.value)} mAh/g${n !== undefined ? ` (n = ${num(n)})` : ''}`);
  }
  if (known(hints.impliedElectrons)) {
    const capacity = hints.material.capacity?.value;
    lines.push(`≈ ${formatElectrons(hints.impliedElectrons.value)} e⁻ per formula unit implied by the declared ${capacity !== undefined ? `${num(capacity)} mAh/g` : 'capacity'}`);
  }
  if (known(hints.specificEnergyWhPerKg)) {
    lines.push(`specific energy Q·V = ${num(hints.specificEnergyWhPerKg.value)} Wh/kg of active material`);
  }
  const ionic = hints.ionicConductivity;
  const electronic = hints.electronicConductivity;
  const sigma: string[] = [];
  if (known(ionic)) sigma.push(`σ_ion ${ionic.estimated ? '≈ ' : ''}${rangeText(ionic.value, 'mS/cm')}`);
  if (known(electronic)) sigma.push(`σ_e ${rangeText(electronic.value, 'mS/cm')}`);
  if (known(hints.conductivityRatio)) {
    const ratio = hints.conductivityRatio.value;
    sigma.push(`σ_e/σ_ion ≈ ${num(ratio.ratio, 2)} (${ratio.ordersOfMagnitude >= 0 ? '+' : '−'}${formatOrders(ratio.ordersOfMagnitude)} orders of magnitude)`);
  }
  if (sigma.length) lines.push(sigma.join(' · '));
  if (known(ionic) && ionic.estimated) lines.push(`σ_ion is a Nernst–Einstein estimate from the diffusivity, not a measurement: ${ionic.basis ?? ''}`.trim());
  return lines;
}

/** Conductivities say nothing useful about a current collector or a binder: no advice to declare them. */
const NO_CONDUCTION_ADVICE = new Set(['collector', 'binder']);

function missingReasons(material: MaterialModel, hints: MaterialHints): string[] {
  const reasons: string[] = [];
  const collect = (computed: Computed<unknown> | undefined): void => {
    reasons.push(...missingOf(computed));
  };
  collect(hints.molarMassGPerMol);
  collect(hints.theoreticalCapacityMAhPerG);
  collect(hints.impliedElectrons);
  collect(hints.specificEnergyWhPerKg);
  const role = material.role?.value;
  if (!role || !NO_CONDUCTION_ADVICE.has(role)) {
    collect(hints.ionicConductivity);
    collect(hints.electronicConductivity);
  }
  return reasons;
}

/** A library description as a sentence: capitalised, with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
