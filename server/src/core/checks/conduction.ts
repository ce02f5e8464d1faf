/**
 * `conduction/percolation` and `conduction/limited` (docs/language.md §4, §6): can ions and
 * electrons actually get through the cathode? A phase whose conductors sit below their
 * percolation threshold has no connected path at all; a phase that does connect can still
 * cost more voltage across the layer, at the cell's rate, than the cell can spare.
 */
import type { CellHints, CompositeHints, Phase, Percolation, ProgramHints, VoltageDrop } from '../compute';
import { formatPercent, formatSig, isKnown } from '../compute';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import type { Program } from '../model';
import type { CellspecSettings } from '../settings';
import { compatibleElectrolytes } from '../fixes/compatible-electrolytes';
import { allLibraryMaterials } from '../model/library-materials';
import { compositeIonIn } from '../model/ion';
import { DEFAULT_ION, type WorkingIon } from '../chemistry/ions';
import type { DiagnosticData } from '../diagnostic-data';

/** What a quick fix or a hover may read from a `conduction/percolation` diagnostic. */
export type PercolationData = DiagnosticData<'conduction/percolation'>;

/** What a hover may read from a `conduction/limited` diagnostic. */
export type LimitedData = DiagnosticData<'conduction/limited'>;

const CARRIER: Record<Phase, string> = { ionic: 'ions', electronic: 'electrons' };
type ConductionSettings = Pick<CellspecSettings, 'conductionLimit' | 'percolationThreshold' | 'homoCategoryWindowSlack'>;


/**
 * "Add a conductor", naming one from the library that the composite does not already hold: for
 * ions the best electrolyte compatible with the active material (the quick fixes' ranking), for
 * electrons the carbon that percolates soonest (a fibre). Names come from the data, never from
 * this file.
 */
function addConductor(phase: Phase, composition: CompositeHints | undefined, settings: ConductionSettings, ion: WorkingIon): string {
  const held = new Set(composition?.components.map((c) => c.material?.name));
  let example: string | undefined;
  if (phase === 'ionic') {
    const cathodeClass = composition?.components.find((c) => c.active)?.material?.chemistry?.anionClass;
    example = cathodeClass ? compatibleElectrolytes(cathodeClass, undefined, settings.homoCategoryWindowSlack, [], ion).find((c) => !held.has(c.name))?.name : undefined;
  } else {
    example = allLibraryMaterials()
      .filter((m) => m.role?.value === 'carbon' && m.electronic && m.percolation && !held.has(m.name))
      .sort((a, b) => a.percolation!.value - b.percolation!.value)[0]?.name;
  }
  const what = phase === 'ionic' ? 'an ion conductor (a solid electrolyte' : 'an electronic conductor (a carbon';
  return `add ${what}${example ? ` such as ${example}` : ''})`;
}

/** Reads the hints of the composites and cells it is given, and nothing else of the program's. */
export function checkConduction(program: Program, computed: Pick<ProgramHints, 'composites' | 'cells'>, settings: ConductionSettings): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  // Only this document's declarations: an imported one is reported when its own file is checked.
  for (const composite of computed.composites) {
    const model = composite.composite;
    if (!model || model.file !== program.file) continue;
    const ion = compositeIonIn(model, program.cells) ?? DEFAULT_ION;
    diagnostics.push(...percolationDiagnostics(composite, model.nameSpan ?? model.decl.keywordSpan, `\`${composite.name}\``, settings, ion, model.name));
  }
  for (const cell of computed.cells) {
    if (cell.cell.file !== program.file) continue;
    const cathode = cell.cathode;
    // A single-material cathode layer is a composite of that one material; composites are checked above.
    if (cathode?.composition?.singleMaterial && cathode.layer.syntax.material) {
      diagnostics.push(...percolationDiagnostics(cathode.composition, cathode.layer.syntax.material.span, `the single-material cathode \`${cathode.name}\``, settings, cell.cell.ion.value));
    }
    diagnostics.push(...limitedDiagnostics(cell, settings));
  }
  return diagnostics;
}

function percolationDiagnostics(hints: CompositeHints, at: { start: number; end: number }, subject: string, settings: ConductionSettings, ion: WorkingIon, composite?: string): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const phase of ['ionic', 'electronic'] as const) {
    const percolation = hints[phase].percolation;
    if (!isKnown(percolation) || percolation.value.percolates) continue;
    const raise = raiseToPercolate(percolation.value);
    const data: PercolationData = { phase, sum: percolation.value.sum, terms: percolation.value.terms, ...(raise ? { raise } : {}), ...(composite ? { composite } : {}) };
    diagnostics.push(diagnostic('conduction/percolation', at, percolationMessage(hints, phase, percolation.value, raise, subject, settings, ion), { data }));
  }
  return diagnostics;
}

function percolationMessage(
  hints: CompositeHints,
  phase: Phase,
  percolation: Percolation,
  raise: PercolationData['raise'],
  subject: string,
  settings: ConductionSettings,
  ion: WorkingIon,
): string {
  const undeclared = hints[phase].undeclared;
  const undeclaredNote = undeclared.length
    ? ` (${undeclared.map((n) => `\`${n}\``).join(', ')} ${undeclared.length === 1 ? 'declares' : 'declare'} no ${phase} conductivity, so ${undeclared.length === 1 ? 'it counts' : 'they count'} as not conducting)`
    : '';
  if (percolation.terms.length === 0) {
    return (
      `the ${phase} phase of ${subject} does not percolate: no component conducts ${CARRIER[phase]} (σ ≥ 0.01 mS/cm)${undeclaredNote}. ` +
      `${capitalise(addConductor(phase, hints, settings, ion))} above its percolation threshold (${formatPercent(settings.percolationThreshold)} vol% of the solid unless it declares its own \`percolation\`).`
    );
  }
  const terms = percolation.terms
    .map((t) => `${t.name} ${formatPercent(t.solidVolumeFraction)} vol% / x_c ${formatSig(t.threshold)}${t.thresholdFrom === 'particle-size' ? ' from the particle sizes' : ''}`)
    .join(' + ');
  return (
    `the ${phase} phase of ${subject} does not percolate: Σx/x_c = ${formatSig(percolation.sum)} < 1 over the solid (${terms})${undeclaredNote}. ` +
    (raise
      ? `Raise ${raise.name} above ${formatPercent(raise.volumeFraction)} vol% of the solid, or ${addConductor(phase, hints, settings, ion)}.`
      : `${capitalise(addConductor(phase, hints, settings, ion))}.`)
  );
}

/**
 * The solid fraction the largest contributor needs for Σ x/x_c to reach 1 with the others
 * unchanged: x_needed = x_c·(1 − Σ_others x/x_c).
 */
function raiseToPercolate(percolation: Percolation): PercolationData['raise'] {
  const best = [...percolation.terms].sort((a, b) => b.share - a.share)[0];
  if (!best) return undefined;
  const others = percolation.sum - best.share;
  return { name: best.name, volumeFraction: best.threshold * Math.max(0, 1 - others) };
}

function limitedDiagnostics(cell: CellHints, settings: ConductionSettings): CoreDiagnostic[] {
  const limitV = settings.conductionLimit;
  const cathode = cell.cathode;
  if (!cathode) return [];
  const diagnostics: CoreDiagnostic[] = [];
  for (const drop of [cell.ionicDrop, cell.electronicDrop]) {
    if (!isKnown(drop) || !(drop.value.voltageDropV > limitV)) continue;
    const data: LimitedData = { ...drop.value, limitV, cell: cell.name };
    diagnostics.push(diagnostic('conduction/limited', cathode.layer.syntax.span, limitedMessage(cell, cathode.name, drop.value, settings), { data }));
  }
  return diagnostics;
}

function limitedMessage(cell: CellHints, cathodeName: string, drop: VoltageDrop, settings: ConductionSettings): string {
  const limitV = settings.conductionLimit;
  const rate = cell.cell.rate ? `${formatSig(cell.cell.rate.value)} ${cell.cell.rate.unit}` : 'the cell’s rate';
  const j = `${formatSig(drop.currentDensityMAPerCm2)} mA/cm2`;
  const l = `${formatSig(drop.thicknessUm)} um`;
  if (!Number.isFinite(drop.voltageDropV)) {
    const percolation = cell.cathode?.composition?.[drop.phase].percolation;
    const noConductor = !isKnown(percolation) || percolation.value.terms.length === 0;
    const why = noConductor ? `no component of the cathode \`${cathodeName}\` conducts ${CARRIER[drop.phase]}` : `the ${drop.phase} phase of the cathode \`${cathodeName}\` does not percolate`;
    return `${why} (σ_eff = 0), so the ${drop.phase} current of ${j} at ${rate} cannot cross its ${l}: ${addConductor(drop.phase, cell.cathode?.composition, settings, cell.cell.ion.value)}.`;
  }
  return (
    `the ${drop.phase} voltage loss across the cathode \`${cathodeName}\` at ${rate} is ${formatSig(drop.voltageDropV)} V, above the ${formatSig(limitV)} V limit: ` +
    `ΔV = j·L/σ_eff = ${j} × ${l} / ${formatSig(drop.effectiveConductivityMSPerCm)} mS/cm. ` +
    `Raise the ${drop.phase} conductor's fraction, make the cathode thinner or lower the rate.`
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
