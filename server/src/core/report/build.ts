/** Hints → the §8 report: plain JSON-ready data, numbers rounded to six significant digits. */
import {
  computeProgram,
  isKnown,
  relevantConductivities,
  type CellHints,
  type CompositeHints,
  type Computed,
  type Conductivity,
  type MaterialHints,
  type Percolation,
  type ProgramHints,
} from '../compute';
import type { DesignSettings } from '../compute/design';
import type { Program } from '../model';
import { designReport } from './design';
import { round } from './round';
import {
  REPORT_UNITS,
  type CellReport,
  type CompositeReport,
  type LayerReport,
  type MaterialReport,
  type PercolationReport,
  type RangeReport,
  type Report,
} from './types';

export function computeReport(program: Program, settings: DesignSettings): Report {
  return reportFromHints(computeProgram(program, settings), program.file, settings);
}

/** `file` tells this document's materials from imported ones. */
export function reportFromHints(hints: ProgramHints, file: string, settings: DesignSettings): Report {
  return {
    materials: hints.materials.map((m) => materialReport(m, file)),
    composites: hints.composites.map(compositeReport),
    cells: hints.cells.map((cell) => cellReport(cell, settings)),
    units: REPORT_UNITS,
  };
}

/** Reads Computed values into numbers or null, recording what is missing by field. */
class Collector {
  readonly missingBy: Record<string, string[]> = {};

  /** `record: false` for a value that is null without being a gap (σ_e of an electrolyte). */
  take<T>(field: string, computed: Computed<T> | undefined, record = true): T | null {
    if (computed === undefined) return null;
    if (isKnown(computed)) return computed.value;
    if (record) this.note(field, computed.missing);
    return null;
  }

  number(field: string, computed: Computed<number> | undefined): number | null {
    const value = this.take(field, computed);
    return value === null ? null : round(value);
  }

  note(field: string, reasons: readonly string[]): void {
    const list = (this.missingBy[field] ??= []);
    for (const reason of reasons) if (!list.includes(reason)) list.push(reason);
  }

  get missing(): string[] {
    return [...new Set(Object.values(this.missingBy).flat())];
  }
}

function rangeReport(computed: Computed<Conductivity>, collector: Collector, field: string, record: boolean): RangeReport | null {
  const value = collector.take(field, computed, record);
  if (value === null) return null;
  return { low: round(value.low), high: round(value.high), representative: round(value.representative), estimated: isKnown(computed) && computed.estimated === true };
}

function originOf(hints: MaterialHints, file: string): MaterialReport['origin'] {
  const material = hints.material;
  if (material.origin !== 'document') return material.origin;
  return material.file === file ? 'document' : 'imported';
}

function materialReport(hints: MaterialHints, file: string): MaterialReport {
  const c = new Collector();
  const m = hints.material;
  const relevant = relevantConductivities(m);
  const report: MaterialReport = {
    name: hints.name,
    molarMass: c.number('molarMass', hints.molarMassGPerMol),
    anionClass: anionClassText(c.take('anionClass', hints.anionClass)),
    capacityPerElectron: c.number('capacityPerElectron', hints.capacityPerElectronMAhPerG),
    ...(hints.theoreticalCapacityMAhPerG ? { theoreticalCapacity: c.number('theoreticalCapacity', hints.theoreticalCapacityMAhPerG) } : {}),
    ...(hints.impliedElectrons ? { impliedElectrons: c.number('impliedElectrons', hints.impliedElectrons) } : {}),
    ...(hints.specificEnergyWhPerKg ? { specificEnergy: c.number('specificEnergy', hints.specificEnergyWhPerKg) } : {}),
    origin: originOf(hints, file),
    formula: m.formulaText ?? null,
    role: m.role?.value ?? null,
    voltage: m.voltage ? round(m.voltage.value) : null,
    capacity: m.capacity ? round(m.capacity.value) : null,
    ionicConductivity: rangeReport(hints.ionicConductivity, c, 'ionicConductivity', relevant.includes('ionic')),
    electronicConductivity: rangeReport(hints.electronicConductivity, c, 'electronicConductivity', relevant.includes('electronic')),
    conductivityRatioOrders: round2(c.take('conductivityRatioOrders', hints.conductivityRatio, relevant.length === 2)?.ordersOfMagnitude),
    missing: [],
    missingBy: {},
  };
  return { ...report, missing: c.missing, missingBy: c.missingBy };
}

function round2(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 100) / 100;
}

/** The anion class as one word, whatever shape the chemistry module gives it. */
function anionClassText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  if (typeof value === 'object' && 'class' in value) return String((value as { class: unknown }).class);
  return String(value);
}

function percolationReport(computed: Computed<Percolation>): PercolationReport | null {
  if (!isKnown(computed)) return null;
  const p = computed.value;
  return {
    sum: round(p.sum),
    percolates: p.percolates,
    terms: p.terms.map((t) => ({ name: t.name, volumeFraction: round(t.volumeFraction), solidVolumeFraction: round(t.solidVolumeFraction), threshold: round(t.threshold), share: round(t.share) })),
  };
}

function fractionsOf(hints: CompositeHints, which: 'massFraction' | 'volumeFraction', c: Collector, field: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const component of hints.components) {
    const value = c.take(field, component[which]);
    if (value === null) return null;
    // The same material twice (say, two particle sizes) is one share of the volume.
    out[component.name] = round((out[component.name] ?? 0) + value);
  }
  if (which === 'volumeFraction') out.porosity = round(hints.porosity);
  return out;
}

function compositeReport(hints: CompositeHints): CompositeReport {
  const c = new Collector();
  const ionic = c.take('ionicConductivity', hints.ionic.effectiveConductivity);
  const electronic = c.take('electronicConductivity', hints.electronic.effectiveConductivity);
  const dual = c.take('dualConductive', hints.dualConductive);
  const estimated = [hints.ionic.effectiveConductivity, hints.electronic.effectiveConductivity].some((x) => isKnown(x) && x.estimated === true);
  const report: CompositeReport = {
    name: hints.name,
    volumeFractions: fractionsOf(hints, 'volumeFraction', c, 'volumeFractions'),
    specificCapacity: c.number('specificCapacity', hints.specificCapacityMAhPerG),
    ionicConductivity: ionic ? round(ionic.representative) : null,
    electronicConductivity: electronic ? round(electronic.representative) : null,
    bottleneck: c.take('bottleneck', hints.bottleneck),
    dualConductive: dual ? dual.dualConductive : null,
    massFractions: fractionsOf(hints, 'massFraction', c, 'massFractions'),
    solidDensity: c.number('solidDensity', hints.solidDensityGPerCm3),
    porosityDeclared: hints.porosityDeclared,
    ionicConductivityRange: ionic ? { low: round(ionic.low), high: round(ionic.high) } : null,
    electronicConductivityRange: electronic ? { low: round(electronic.low), high: round(electronic.high) } : null,
    estimated,
    percolation: { ionic: percolationReport(hints.ionic.percolation), electronic: percolationReport(hints.electronic.percolation) },
    conductors: { ionic: hints.ionic.conductors, electronic: hints.electronic.conductors },
    undeclared: { ionic: hints.ionic.undeclared, electronic: hints.electronic.undeclared },
    dualConductiveMaterial: dual?.material ?? null,
    missing: [],
    missingBy: {},
  };
  return { ...report, missing: c.missing, missingBy: c.missingBy };
}

function cellReport(hints: CellHints, settings: DesignSettings): CellReport {
  const c = new Collector();
  const layers: LayerReport[] = hints.layers.map((layer, i) => ({
    role: layer.role,
    name: layer.name,
    thickness: c.number(`layers[${i}].thickness`, layer.thicknessUm),
    arealMass: c.number(`layers[${i}].arealMass`, layer.arealMassMgPerCm2),
    density: c.number(`layers[${i}].density`, layer.densityGPerCm3),
  }));
  const drop = (field: 'ionicDrop' | 'electronicDrop'): number | null => {
    const value = c.take(field, field === 'ionicDrop' ? hints.ionicDrop : hints.electronicDrop);
    if (value === null) return null;
    if (!Number.isFinite(value.voltageDropV)) {
      const carrier = value.phase === 'ionic' ? 'ions (add a solid electrolyte)' : 'electrons (add a carbon)';
      c.note(field, [`no component of the cathode conducts ${carrier}: no finite voltage loss`]);
      return null;
    }
    return round(value.voltageDropV);
  };
  const sigma = (phase: 'ionic' | 'electronic'): number | null => {
    const computed = hints.cathode?.composition?.[phase].effectiveConductivity;
    return computed && isKnown(computed) ? round(computed.value.representative) : null;
  };
  const report: CellReport = {
    name: hints.name,
    arealCapacity: c.number('arealCapacity', hints.arealCapacityMAhPerCm2),
    cathodeThickness: c.number('cathodeThickness', hints.cathodeThicknessUm),
    layers,
    specificEnergy: c.number('specificEnergy', hints.specificEnergyWhPerKg),
    energyDensity: c.number('energyDensity', hints.energyDensityWhPerL),
    ionicDrop: drop('ionicDrop'),
    electronicDrop: drop('electronicDrop'),
    anodeCapacity: c.number('anodeCapacity', hints.anodeCapacityMAhPerCm2),
    capacityRatio: c.number('capacityRatio', hints.capacityRatio),
    cathodeLoading: c.number('cathodeLoading', hints.cathodeLoadingMgPerCm2),
    ion: { value: hints.cell.ion.value, from: hints.cell.ion.from },
    cathodeVoltage: c.number('cathodeVoltage', hints.cathodeVoltageV),
    anodePotential: c.number('anodePotential', hints.anodePotentialV),
    cellVoltage: c.number('cellVoltage', hints.cellVoltageV),
    totalArealMass: c.number('totalArealMass', hints.totalArealMassMgPerCm2),
    totalThickness: c.number('totalThickness', hints.totalThicknessUm),
    currentDensity: c.number('currentDensity', hints.currentDensityMAPerCm2),
    cathodeIonicConductivity: sigma('ionic'),
    cathodeElectronicConductivity: sigma('electronic'),
    rate: hints.cell.rate ? { value: hints.cell.rate.value, unit: hints.cell.rate.unit } : null,
    design: designReport(hints, settings),
    missing: [],
    missingBy: {},
  };
  return { ...report, missing: c.missing, missingBy: c.missingBy };
}
