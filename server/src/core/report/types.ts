/**
 * The JSON shape of `cellspec report --format json` (docs/language.md §8). Every quantity is a
 * number in the unit named in `units`, or `null` when it cannot be computed; each object's
 * `missing` says what to declare (deduplicated) and `missingBy` which field needs what.
 * Fields beyond §8 are marked "extra".
 */
import type { WorkingIon } from '../chemistry/ions';

export interface RangeReport {
  readonly low: number;
  readonly high: number;
  /** √(low·high), the value used where one number is needed. */
  readonly representative: number;
  /** True for a Nernst–Einstein estimate from a diffusivity. */
  readonly estimated: boolean;
}

/**
 * Q1 is capacity per redox electron: it means something for a material that stores the
 * working ion (a cathode or an anode, or one whose role is not declared), not for an electrolyte, a carbon,
 * a binder, a coating or a collector. The text and HTML reports leave it out for those; the
 * JSON keeps the number (docs/language.md §8 lists it for every material).
 */
export function storesIons(material: Pick<MaterialReport, 'role'>): boolean {
  return material.role === null || material.role === 'cathode' || material.role === 'anode';
}

export interface MaterialReport {
  readonly name: string;
  readonly molarMass: number | null; // g/mol
  readonly anionClass: string | null;
  readonly capacityPerElectron: number | null; // mAh/g
  readonly theoreticalCapacity?: number | null; // mAh/g, when `electrons` is declared
  readonly impliedElectrons?: number | null; // when `capacity` is declared and `electrons` is not
  readonly specificEnergy?: number | null; // Wh/kg of active material, cathode materials
  /** extra: `document` (this file), `imported`, `library` or `formula` (an ad-hoc formula name). */
  readonly origin: 'document' | 'imported' | 'library' | 'formula';
  /** extra */
  readonly formula: string | null;
  /** extra */
  readonly role: string | null;
  /** extra: declared average voltage, V vs the metal of the ion the material works with (Li/Li+, Na/Na+) */
  readonly voltage: number | null;
  /** extra: declared practical capacity, mAh/g */
  readonly capacity: number | null;
  /** extra: mS/cm */
  readonly ionicConductivity: RangeReport | null;
  /** extra: mS/cm */
  readonly electronicConductivity: RangeReport | null;
  /** extra: log10(σ_e/σ_ion) of the representative values */
  readonly conductivityRatioOrders: number | null;
  readonly missing: readonly string[];
  readonly missingBy: Readonly<Record<string, readonly string[]>>;
}

export interface PercolationReport {
  /** Σ x_i/x_c,i over the materials conducting the phase, x the fraction of the solid (the threshold's basis). */
  readonly sum: number;
  readonly percolates: boolean;
  readonly terms: readonly { readonly name: string; readonly volumeFraction: number; readonly solidVolumeFraction: number; readonly threshold: number; readonly share: number }[];
}

export interface CompositeReport {
  readonly name: string;
  /** Fractions of the layer volume, pores included, keyed by component name, plus `porosity`. */
  readonly volumeFractions: Readonly<Record<string, number>> | null;
  readonly specificCapacity: number | null; // mAh/g of composite
  readonly ionicConductivity: number | null; // effective, mS/cm
  readonly electronicConductivity: number | null; // effective, mS/cm
  readonly bottleneck: 'ionic' | 'electronic' | null;
  readonly dualConductive: boolean | null;
  /** extra: fractions of the solid mass */
  readonly massFractions: Readonly<Record<string, number>> | null;
  /** extra: g/cm3, pores excluded */
  readonly solidDensity: number | null;
  /** extra: false when porosity was not declared (taken as 0) */
  readonly porosityDeclared: boolean;
  /** extra: low/high of the effective conductivities from the ends of declared ranges */
  readonly ionicConductivityRange: { readonly low: number; readonly high: number } | null;
  readonly electronicConductivityRange: { readonly low: number; readonly high: number } | null;
  /** extra: whether an input conductivity was a Nernst–Einstein estimate */
  readonly estimated: boolean;
  /** extra */
  readonly percolation: { readonly ionic: PercolationReport | null; readonly electronic: PercolationReport | null };
  /** extra: materials conducting each phase (σ ≥ 0.01 mS/cm) and those that declare no value for it */
  readonly conductors: { readonly ionic: readonly string[]; readonly electronic: readonly string[] };
  readonly undeclared: { readonly ionic: readonly string[]; readonly electronic: readonly string[] };
  /** extra: the material that is dual-conductive on its own */
  readonly dualConductiveMaterial: string | null;
  readonly missing: readonly string[];
  readonly missingBy: Readonly<Record<string, readonly string[]>>;
}

export interface LayerReport {
  readonly role: 'anode' | 'separator' | 'cathode' | 'collector';
  readonly name: string;
  readonly thickness: number | null; // um
  readonly arealMass: number | null; // mg/cm2
  /** extra: g/cm3 as built (ρ_solid·(1 − porosity)) */
  readonly density: number | null;
}

/** One point of a design sweep (extra): the active share or the loading moved, the rest held. */
export interface DesignCurvePoint {
  readonly activeWt: number; // wt % of the composite
  readonly loading: number | null; // mg/cm2
  readonly specificEnergy: number | null; // Wh/kg of stack
  readonly ionicDrop: number | null; // V; null where the phase does not percolate
  readonly electronicDrop: number | null; // V
  readonly feasible: boolean;
}

/** The design at given limits: what the cell would hold there. */
export interface DesignAtReport {
  readonly activeWt: number; // wt % of the composite
  readonly loading: number | null; // mg/cm2
  readonly thickness: number | null; // um
  readonly arealCapacity: number | null; // mAh/cm2
  readonly specificEnergy: number | null; // Wh/kg of stack
  readonly energyDensity: number | null; // Wh/L of stack
}

export type DesignLimitName = 'ionic-percolation' | 'electronic-percolation' | 'ionic-drop' | 'electronic-drop';

/** How far the cathode's active share and loading can go (compute/design.ts; docs/language.md §8). */
export interface DesignReport {
  /** The active materials' share of the cathode composite now, wt %. */
  readonly activeWt: number | null;
  /** The largest share at which both phases percolate and (with a rate) both losses stay within `conductionLimit`. */
  readonly maxActiveWt: number | null;
  readonly limitedBy: DesignLimitName | null;
  /** At the current recipe: the largest loading (mg/cm2) and thickness (um) within the loss limit. */
  readonly maxLoading: number | null;
  readonly maxThickness: number | null;
  readonly loadingLimitedBy: DesignLimitName | null;
  /** At maxActiveWt and the largest loading it allows. */
  readonly atLimit: DesignAtReport | null;
  /** The limits weighed: percolation always, the losses when the cell has a rate and a loading. */
  readonly constraints: readonly DesignLimitName[];
  /** extra: the loss limit weighed (the `conductionLimit` setting), V; null when the losses are not weighed. */
  readonly limitV: number | null;
  /** extra: the same stack with a cathode of the active materials alone at the same areal capacity (the review's AEA configuration, Fig. 3e). */
  readonly allActive: DesignAtReport | null;
  /** extra: sweeps for the report's charts: the active share (loading held), the loading (recipe held). */
  readonly curves: { readonly active: readonly DesignCurvePoint[]; readonly loading: readonly DesignCurvePoint[] };
  readonly missing: readonly string[];
}

export interface CellReport {
  readonly name: string;
  readonly arealCapacity: number | null; // mAh/cm2
  readonly cathodeThickness: number | null; // um
  readonly layers: readonly LayerReport[];
  readonly specificEnergy: number | null; // Wh/kg of stack
  readonly energyDensity: number | null; // Wh/L of stack
  readonly ionicDrop: number | null; // V at the cell's rate
  readonly electronicDrop: number | null; // V
  /** extra: the anode's areal capacity, mAh/cm2, and N/P (anode over cathode) */
  readonly anodeCapacity: number | null;
  readonly capacityRatio: number | null;
  /** extra: mg/cm2 */
  readonly cathodeLoading: number | null;
  /** extra (issue #14): the ion the cell runs on, and whether it was declared, read from its materials, or the default */
  readonly ion: { readonly value: WorkingIon; readonly from: 'declared' | 'materials' | 'default' };
  /** extra: V vs the cell's ion's metal (Li/Li+, Na/Na+) */
  readonly cathodeVoltage: number | null;
  readonly anodePotential: number | null;
  readonly cellVoltage: number | null;
  /** extra: Σ over layers, mg/cm2 and um */
  readonly totalArealMass: number | null;
  readonly totalThickness: number | null;
  /** extra: mA/cm2 */
  readonly currentDensity: number | null;
  /** extra: the cathode's effective conductivities, mS/cm */
  readonly cathodeIonicConductivity: number | null;
  readonly cathodeElectronicConductivity: number | null;
  /** extra */
  readonly rate: { readonly value: number; readonly unit: 'C' | 'mA/cm2' } | null;
  /** The design limits of the cell's cathode (issue-15 design assistant). */
  readonly design: DesignReport;
  readonly missing: readonly string[];
  readonly missingBy: Readonly<Record<string, readonly string[]>>;
}

export interface Report {
  /** extra: the unit of every quantity by field name */
  readonly units: Readonly<Record<string, string>>;
  readonly materials: readonly MaterialReport[];
  readonly composites: readonly CompositeReport[];
  readonly cells: readonly CellReport[];
}

export const REPORT_UNITS: Readonly<Record<string, string>> = Object.freeze({
  molarMass: 'g/mol',
  capacityPerElectron: 'mAh/g',
  theoreticalCapacity: 'mAh/g',
  capacity: 'mAh/g',
  specificCapacity: 'mAh/g',
  voltage: 'V',
  'materials.specificEnergy': 'Wh/kg (active material)',
  'cells.specificEnergy': 'Wh/kg (stack)',
  energyDensity: 'Wh/L',
  ionicConductivity: 'mS/cm',
  electronicConductivity: 'mS/cm',
  solidDensity: 'g/cm3',
  density: 'g/cm3',
  volumeFractions: 'fraction 0–1',
  massFractions: 'fraction 0–1',
  arealCapacity: 'mAh/cm2',
  anodeCapacity: 'mAh/cm2',
  capacityRatio: 'ratio (anode / cathode)',
  cathodeThickness: 'um',
  thickness: 'um',
  arealMass: 'mg/cm2',
  cathodeLoading: 'mg/cm2',
  ionicDrop: 'V',
  electronicDrop: 'V',
  currentDensity: 'mA/cm2',
  'design.activeWt': 'wt % of the cathode composite',
  'design.maxActiveWt': 'wt % of the cathode composite',
  'design.maxLoading': 'mg/cm2',
  'design.maxThickness': 'um',
});
