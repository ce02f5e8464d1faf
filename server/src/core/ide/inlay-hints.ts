/**
 * Inlay hints: the computed values of docs/language.md §6 beside the declarations, short enough to
 * read in passing — a material's molar mass and capacity per electron at the end of its
 * `formula` line, a composite's volume split, capacity and σ_eff after its name, a cell's areal
 * capacity, cathode thickness and stack energy after its name. A value that cannot be computed
 * shows as `?`; the tooltip says what to declare.
 *
 * Two verbosities: `full` labels say all of it, `short` ones the two or three numbers a reader
 * wants in passing (within VS Code's default cut-off of 43 characters, without the composite's
 * volume split, whose length grows with its components' names), with the full label at the top
 * of the tooltip.
 */
import type { Span } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import type { InlayHint } from '../api';
import { formatConductivity, formatElectrons, formatMolarMass, hintsOfCell, hintsOfComposite, hintsOfMaterial, isKnown, type Computed, type ProgramHints } from '../compute';
import { missingOf } from '../compute/computed';
import type { CellModel, CompositeModel, MaterialModel } from '../model';
import type { CellspecSettings } from '../settings';
import { num } from './display';
import { compositeForIon, compositeIonIn } from '../model/ion';

/** How much an inlay hint's label says: everything, or its main numbers (the rest in its tooltip). */
export type InlayHintVerbosity = 'short' | 'full';

export function inlayHints(
  analysis: DocumentAnalysis,
  settings: CellspecSettings = analysis.settings,
  range?: Span,
  verbosity: InlayHintVerbosity = 'full',
): InlayHint[] {
  if (!settings.inlayHints.enabled) return [];
  // The values were computed once with the analysis; only what is missing there is computed here.
  const { program, hints: computed } = analysis;
  const hints: ComputedHint[] = [];
  for (const material of program.materials) {
    const hint = materialHint(material, computed);
    if (hint) hints.push(hint);
  }
  for (const composite of program.composites) {
    // A composite whose materials say no ion (TiS2 with carbon) is shown as the cells using it read it.
    const ion = compositeIonIn(composite, program.cells);
    const hint = compositeHint(ion ? compositeForIon(composite, ion) : composite, computed, settings);
    if (hint) hints.push(hint);
  }
  for (const cell of program.cells) {
    const hint = cellHint(cell, computed, settings);
    if (hint) hints.push(hint);
  }
  const visible = range ? hints.filter((h) => h.offset >= range.start && h.offset <= range.end) : hints;
  return visible.sort((a, b) => a.offset - b.offset).map((hint) => labelled(hint, verbosity));
}

/** A hint as computed: its full label, the short one, and the tooltip's explanation. */
interface ComputedHint {
  readonly offset: number;
  readonly label: string;
  readonly short: string;
  readonly tooltip: string;
}

function labelled(hint: ComputedHint, verbosity: InlayHintVerbosity): InlayHint {
  if (verbosity === 'full' || hint.short === hint.label) return { offset: hint.offset, label: hint.label, tooltip: hint.tooltip };
  return { offset: hint.offset, label: hint.short, tooltip: `${hint.label}\n\n${hint.tooltip}` };
}

const show = (computed: Computed<number>, format: (value: number) => string): string => (isKnown(computed) ? format(computed.value) : '?');

function tooltip(lines: readonly string[], missing: readonly string[]): string {
  return [...lines, ...(missing.length ? [`Missing: ${[...new Set(missing)].join('; ')}`] : [])].join('\n');
}

/**
 * At the end of the `formula` line: `M 97.87 g/mol · 274 mAh/g per e⁻ · ≈6.0 e⁻ implied`;
 * short, the molar mass and the last of those (`M 97.87 g/mol · ≈6.0 e⁻`).
 */
function materialHint(material: MaterialModel, computed: ProgramHints): ComputedHint | undefined {
  if (!material.chemistry || !material.formulaSpan) return undefined;
  const hints = hintsOfMaterial(computed, material);
  const parts = [`M ${formatMolarMass(material.chemistry.molarMass)} g/mol`, `${show(hints.capacityPerElectronMAhPerG, (v) => num(v))} mAh/g per e⁻`];
  let short = parts.join(' · ');
  const lines = [
    `molar mass ${formatMolarMass(material.chemistry.molarMass)} g/mol`,
    `capacity per redox electron Q₁ = 26801.4 / M = ${show(hints.capacityPerElectronMAhPerG, (v) => num(v))} mAh/g`,
  ];
  if (hints.theoreticalCapacityMAhPerG) {
    parts.push(`Q_th ${show(hints.theoreticalCapacityMAhPerG, (v) => num(v))} mAh/g`);
    short = `${parts[0]} · ${parts[2]}`;
    lines.push(`theoretical capacity n·Q₁ = ${show(hints.theoreticalCapacityMAhPerG, (v) => num(v))} mAh/g with n = ${num(material.electrons?.value ?? NaN)}`);
  } else if (hints.impliedElectrons) {
    parts.push(`≈${show(hints.impliedElectrons, formatElectrons)} e⁻ implied`);
    short = `${parts[0]} · ≈${show(hints.impliedElectrons, formatElectrons)} e⁻`;
    lines.push(`the declared ${num(material.capacity?.value ?? NaN)} mAh/g needs ≈${show(hints.impliedElectrons, formatElectrons)} electrons per formula unit`);
  }
  if (hints.specificEnergyWhPerKg && isKnown(hints.specificEnergyWhPerKg)) lines.push(`specific energy Q·V = ${num(hints.specificEnergyWhPerKg.value)} Wh/kg`);
  if (material.chemistry.anionClass !== 'none') lines.push(`anion class: ${material.chemistry.anionClass}`);
  return {
    offset: material.formulaSpan.end,
    label: parts.join(' · '),
    short,
    tooltip: tooltip(lines, missingOf(hints.theoreticalCapacityMAhPerG, hints.impliedElectrons)),
  };
}

/**
 * After the name: `vol% NCM811 48 · Li6PS5Cl 47 · VGCF 5 │ 137 mAh/g │ σ_ion 0.66 mS/cm · σ_e 12 mS/cm`;
 * short, without the volume split and with one unit (`137 mAh/g · σ_ion 0.66 · σ_e 12 mS/cm`).
 */
function compositeHint(composite: CompositeModel, computed: ProgramHints, settings: CellspecSettings): ComputedHint | undefined {
  const name = composite.decl.name;
  if (!name) return undefined;
  const hints = hintsOfComposite(computed, composite, settings);
  const fractions = hints.components.map((c) => c.volumeFraction);
  const volumes = fractions.every(isKnown)
    ? `vol% ${[
        ...hints.components.map((c) => `${c.name} ${percent((c.volumeFraction as { value: number }).value)}`),
        ...(hints.porosity > 0 ? [`pores ${percent(hints.porosity)}`] : []),
      ].join(' · ')}`
    : 'vol% ?';
  const capacity = `${show(hints.specificCapacityMAhPerG, (v) => num(v))} mAh/g`;
  const sigma = (computed: typeof hints.ionic.effectiveConductivity): string =>
    isKnown(computed) ? formatConductivity(computed.value.representative).text : '? mS/cm';
  const conduction = `σ_ion ${sigma(hints.ionic.effectiveConductivity)} · σ_e ${sigma(hints.electronic.effectiveConductivity)}`;
  const [ionic, electronic] = [sigma(hints.ionic.effectiveConductivity), sigma(hints.electronic.effectiveConductivity)];
  const sharedUnit = / (\S+)$/.exec(ionic)?.[1];
  const shortConduction =
    sharedUnit !== undefined && electronic.endsWith(` ${sharedUnit}`) ? `σ_ion ${ionic.slice(0, -sharedUnit.length - 1)} · σ_e ${electronic}` : conduction;
  const lines = [
    `volume fractions of the layer: ${volumes.replace(/^vol% /, '')}`,
    `specific capacity ${capacity} of composite`,
    `effective conductivity (percolation model) ${conduction}`,
  ];
  if (isKnown(hints.bottleneck)) lines.push(`bottleneck: ${hints.bottleneck.value}`);
  if (isKnown(hints.dualConductive) && hints.dualConductive.value.dualConductive) lines.push(`dual-conductive on its own (${hints.dualConductive.value.material})`);
  return {
    offset: name.span.end,
    label: `${volumes} │ ${capacity} │ ${conduction}`,
    short: `${capacity} · ${shortConduction}`,
    tooltip: tooltip(lines, missingOf(hints.specificCapacityMAhPerG, hints.ionic.effectiveConductivity, hints.electronic.effectiveConductivity, ...fractions)),
  };
}

/** After the name: `2.05 mAh/cm² · 47 µm · 310 Wh/kg · 720 Wh/L`; short, `2.05 mAh/cm² · 310 Wh/kg`. */
function cellHint(cell: CellModel, computed: ProgramHints, settings: CellspecSettings): ComputedHint | undefined {
  const name = cell.decl.name;
  if (!name) return undefined;
  const hints = hintsOfCell(computed, cell, settings);
  const arealCapacity = `${show(hints.arealCapacityMAhPerCm2, (v) => num(v))} mAh/cm²`;
  const thickness = `${show(hints.cathodeThicknessUm, (v) => num(v))} µm`;
  const specificEnergy = `${show(hints.specificEnergyWhPerKg, (v) => num(v))} Wh/kg`;
  const energyDensity = `${show(hints.energyDensityWhPerL, (v) => num(v))} Wh/L`;
  const lines = [
    `areal capacity ${arealCapacity}`,
    `N/P ${show(hints.capacityRatio, (v) => num(v))} (anode over cathode areal capacity)`,
    `cathode thickness ${thickness}`,
    `stack energy ${specificEnergy} · ${energyDensity} (every layer and collector counted)`,
  ];
  return {
    offset: name.span.end,
    label: [arealCapacity, thickness, specificEnergy, energyDensity].join(' · '),
    short: [arealCapacity, specificEnergy].join(' · '),
    tooltip: tooltip(lines, missingOf(hints.arealCapacityMAhPerCm2, hints.cathodeThicknessUm, hints.specificEnergyWhPerKg, hints.energyDensityWhPerL)),
  };
}

/** A volume share as a short percentage: 48, 4.5, 0.8. */
function percent(fraction: number): string {
  const value = fraction * 100;
  return value >= 10 ? String(Math.round(value)) : num(value, 2);
}
