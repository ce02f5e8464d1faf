/**
 * What each line of each block means, as data: the value's shape, the dimensions it may be
 * written in, the physically possible values, and the words shown on hover and in completion.
 * Reading a value against its spec is units/read-value.ts; the model only assigns the result.
 *
 * Bounds are in canonical units (V, mAh/g, mS/cm, cm2/s, g/cm3, um, mg/cm2, fractions 0–1):
 * they reject what is impossible, not what is merely unusual, so a surprising but real
 * material never gets an error.
 */
import type { Dimension } from '../units/units';
import { WORKING_IONS, ionText, type WorkingIon } from '../chemistry/ions';
import { INTERPHASE_KINDS, MATERIAL_ROLES } from './roles';

export * from './roles';

export type ValueShape = 'formula' | 'name' | 'string' | 'quantity' | 'quantityOrRange' | 'range';

export type Block = 'material' | 'composite' | 'cell' | 'layer';

/** The physically possible values, in canonical units; each limit inclusive unless marked exclusive. */
export interface Bounds {
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** The physics behind the limit, appended to the message in brackets. */
  readonly why?: string;
}

export interface PropertySpec {
  readonly key: string;
  readonly block: Block;
  readonly shape: ValueShape;
  /** Accepted dimensions; empty for non-quantities. `dimensionless` means a bare number, no unit. */
  readonly dimensions: readonly Dimension[];
  /** The words a `name` value may be. */
  readonly allowed?: readonly string[];
  readonly bounds?: Bounds;
  /** A typical value as written, for messages and completion snippets. */
  readonly example: string;
  /**
   * Plain words with the unit, shown on hover of the key and in completion. A template: the
   * working ion's words (`{ref+}`, `{ion}`, `{element}`) are filled in by `specDoc`.
   */
  readonly doc: string;
}

/** A key's doc in the words of the block's working ion (chemistry/ions.ts). */
export function specDoc(spec: PropertySpec, ion: WorkingIon): string {
  return ionText(spec.doc, ion);
}

// Potentials are against the working ion's metal (Li/Li+ or Na/Na+): nothing here sits below the
// metal itself, and even LiF, the most oxidation-resistant lithium compound, decomposes near
// 6.4 V vs Li/Li+, so 10 V only catches typos.
const POTENTIAL_VS_METAL: Bounds = {
  min: 0,
  max: 10,
  why: 'potentials are against the working ion’s metal: 0 V is the metal itself, and no compound is stable anywhere near 10 V',
};
const POSITIVE: Bounds = { min: 0, minExclusive: true };
const CONDUCTIVITY: Bounds = {
  min: 0,
  minExclusive: true,
  why: 'even an insulator conducts a little: write a small value such as 1e-8 mS/cm',
};

const MATERIAL: readonly PropertySpec[] = [
  {
    key: 'formula',
    block: 'material',
    shape: 'formula',
    dimensions: [],
    example: 'Li6PS5Cl',
    doc: 'Chemical formula of one formula unit, e.g. `Li6PS5Cl` or `Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3`: element symbols with counts (fractions allowed) and brackets. The molar mass, the charge balance and the anion class (oxide, sulfide, halide…) all come from it.',
  },
  {
    key: 'role',
    block: 'material',
    shape: 'name',
    dimensions: [],
    allowed: MATERIAL_ROLES,
    example: 'cathode',
    doc: 'What the material does in a cell: `cathode`, `electrolyte`, `anode`, `carbon`, `binder`, `coating` or `collector`. A layer that uses it against its role is `ref/role` (an electrolyte as a separator is fine; a cathode as a separator is not).',
  },
  {
    key: 'voltage',
    block: 'material',
    shape: 'quantityOrRange',
    dimensions: ['voltage'],
    bounds: POTENTIAL_VS_METAL,
    example: '2.55 V',
    doc: 'Average voltage vs {ref+}, in V (mV accepted), e.g. `2.55 V`, or a range where the literature gives one (`2.2 V .. 2.3 V`; its midpoint is the average): a cathode’s mean discharge voltage, an anode’s potential against {element} metal (0 V for the metal itself). Gives the specific energy and, without a cell `cutoff`, the upper voltage for the oxidation check.',
  },
  {
    key: 'capacity',
    block: 'material',
    shape: 'quantity',
    dimensions: ['specificCapacity'],
    bounds: POSITIVE,
    example: '250 mAh/g',
    doc: 'Practical specific capacity per gram of this material, in mAh/g (Ah/kg accepted), e.g. `250 mAh/g`. With `electrons` declared it is checked against the theoretical capacity; without, the hover shows how many electrons per formula unit it implies.',
  },
  {
    key: 'electrons',
    block: 'material',
    shape: 'quantity',
    dimensions: ['dimensionless'],
    bounds: POSITIVE,
    example: '1',
    doc: 'Redox electrons exchanged per formula unit, a plain number without a unit, e.g. `1` for LiCoO2 → CoO2. Gives the theoretical capacity n · 26801.4 / M mAh/g.',
  },
  {
    key: 'ionic',
    block: 'material',
    shape: 'quantityOrRange',
    dimensions: ['conductivity'],
    bounds: CONDUCTIVITY,
    example: '0.22 mS/cm',
    doc: '{ion}-ion conductivity at room temperature, in mS/cm (S/cm, uS/cm and S/m accepted), e.g. `0.22 mS/cm`; a range is allowed when the literature reports one: `0.22 mS/cm .. 0.66 mS/cm`. From 0.01 mS/cm the material counts as an ion conductor in a composite.',
  },
  {
    key: 'electronic',
    block: 'material',
    shape: 'quantityOrRange',
    dimensions: ['conductivity'],
    bounds: CONDUCTIVITY,
    example: '242 mS/cm',
    doc: 'Electronic conductivity at room temperature, in mS/cm (S/cm, uS/cm and S/m accepted), e.g. `242 mS/cm`; a range is allowed. From 0.01 mS/cm the material counts as an electron conductor in a composite; a cathode that conducts both needs no carbon and no catholyte.',
  },
  {
    key: 'diffusivity',
    block: 'material',
    shape: 'quantityOrRange',
    dimensions: ['diffusivity'],
    bounds: POSITIVE,
    example: '1e-10 cm2/s',
    doc: '{ion}-ion chemical diffusion coefficient in the solid, in cm2/s (m2/s accepted), e.g. `1e-10 cm2/s`; optional, and a range is allowed (layered oxides span 1e-14 to 1e-11 cm2/s).',
  },
  {
    key: 'window',
    block: 'material',
    shape: 'range',
    dimensions: ['voltage'],
    bounds: POTENTIAL_VS_METAL,
    example: '1.7 V .. 2.3 V',
    doc: 'Electrochemical stability window vs {ref+}, low end first, in V, e.g. `1.7 V .. 2.3 V` (mostly for electrolytes). Below the low end the material is reduced (at the anode), above the high end oxidised (at the cathode): the `window/reduction` and `window/oxidation` checks.',
  },
  {
    key: 'interphase',
    block: 'material',
    shape: 'name',
    dimensions: [],
    allowed: INTERPHASE_KINDS,
    example: 'passivating',
    doc: 'What an electrolyte’s reduction products do at the anode: `passivating` (they block electrons and the interphase stops growing) or `mixed` (they conduct electrons too and it keeps growing). Only a non-passivating electrolyte below its window is `window/reduction`.',
  },
  {
    key: 'percolation',
    block: 'material',
    shape: 'quantity',
    dimensions: ['dimensionless'],
    bounds: { min: 0, minExclusive: true, max: 1, why: 'a fraction of the solid volume between 0 and 1: 29 vol% is 0.29' },
    example: '0.29',
    doc: 'The fraction of the solid volume (pores excluded) at which this material’s particles form a connected network, a plain number between 0 and 1 without a unit, e.g. `0.29` (spheres, and the default setting `cellspec.percolationThreshold`); fibres and carbon blacks percolate far sooner (the library’s VGCF at 0.01). Below it the material carries nothing; used for the effective conductivity and `conduction/percolation` (docs/computations.md §2).',
  },
  {
    key: 'd50',
    block: 'material',
    shape: 'quantity',
    dimensions: ['length'],
    // A powder between a few nanometres (carbon black's primary particles) and a millimetre.
    bounds: { min: 0.001, max: 1000, why: 'a particle size between 1 nm and 1 mm' },
    example: '5 um',
    doc: 'Median particle size (D50) of the powder, in um (nm and mm accepted), e.g. `5 um`. When this material and at least one other solid of a composite declare one, the material’s percolation threshold follows the size ratio (small particles among large ones connect sooner: the coordination-number model of docs/computations.md §2) instead of the equal-sphere default; a declared `percolation` still wins. A soft electrolyte (sulfide, halide) larger than the hard particles counts as their size, because pressing deforms it into the gaps.',
  },
  {
    key: 'density',
    block: 'material',
    shape: 'quantity',
    dimensions: ['density'],
    bounds: {
      min: 0,
      minExclusive: true,
      max: 25,
      maxExclusive: true,
      why: 'osmium, the densest element, is 22.6 g/cm3',
    },
    example: '3.1 g/cm3',
    doc: 'Density in g/cm3 (kg/m3 accepted), e.g. `3.1 g/cm3`. Needed to turn wt% into vol%, a cathode loading into a thickness, and a layer thickness into an areal mass.',
  },
  {
    key: 'source',
    block: 'material',
    shape: 'string',
    dimensions: [],
    example: '"review Table 1, ref. 24"',
    doc: 'Where this material’s numbers come from: a quoted DOI or citation, e.g. `"review Table 1, ref. 24"`. Hovers show it next to every value of the material.',
  },
];

const COMPOSITE: readonly PropertySpec[] = [
  {
    key: 'porosity',
    block: 'composite',
    shape: 'quantity',
    dimensions: ['volumeFraction'],
    // A layer of 100 % pores has no solid: its thickness from a loading would be infinite.
    bounds: { min: 0, max: 1, maxExclusive: true, why: 'a layer needs some solid' },
    example: '10 vol%',
    doc: 'Pore volume of the composite layer in vol%, e.g. `10 vol%`, separate from the components’ fractions (which add up to 100 % of the solid). It thickens the layer for a given loading: thickness = loading / (ρ_solid · (1 − porosity)).',
  },
];

/** A component line's fraction (`NCM811 70 wt%`): not a key, but read like one. */
export const COMPONENT_FRACTION: PropertySpec = {
  key: 'fraction',
  block: 'composite',
  shape: 'quantity',
  dimensions: ['massFraction', 'volumeFraction'],
  bounds: { min: 0, max: 1 },
  example: '70 wt%',
  doc: 'Share of this component in the composite’s solid, in wt% or vol% — all components of one composite in the same one; they add up to 100 %.',
};

const CELL: readonly PropertySpec[] = [
  {
    key: 'rate',
    block: 'cell',
    shape: 'quantity',
    dimensions: ['cRate', 'currentDensity'],
    bounds: POSITIVE,
    example: '1 C',
    doc: 'Rate at which the conduction losses across the cathode are estimated: a C-rate, e.g. `1 C` (the full capacity in one hour) or `0.1 C`, or a current density in mA/cm2, e.g. `0.5 mA/cm2`.',
  },
  {
    key: 'cutoff',
    block: 'cell',
    shape: 'range',
    dimensions: ['voltage'],
    bounds: POTENTIAL_VS_METAL,
    example: '2.5 V .. 4.3 V',
    doc: 'Lower and upper cutoff voltage of the cell, against its own anode, low end first, in V, e.g. `2.5 V .. 4.3 V`. The upper cutoff, converted to vs {ref+} by adding the anode’s potential, is the highest voltage the cathode sees: `window/oxidation` compares it with the oxidation limit of each electrolyte the cathode touches.',
  },
  {
    key: 'ion',
    block: 'cell',
    shape: 'name',
    dimensions: [],
    allowed: WORKING_IONS,
    example: 'Na',
    doc: 'The ion the cell runs on, `Li` or `Na` (docs/language.md §2). Without it the cell’s materials say which: Na3PS4, NaCrO2 and Na metal make a sodium cell; a stack of hosts that hold neither (TiS2, Sn, carbon) is read as lithium. Voltages, windows and anode potentials are then against that ion’s metal, capacities count that ion, and a material that carries the other ion is `cell/ion`.',
  },
];

const LAYER: readonly PropertySpec[] = [
  {
    key: 'thickness',
    block: 'layer',
    shape: 'quantity',
    dimensions: ['length'],
    bounds: POSITIVE,
    example: '30 um',
    doc: 'Layer thickness in um (nm, mm and cm accepted), e.g. `30 um`. A cathode may give it instead of `loading`; for a dense layer the areal mass is thickness × density.',
  },
  {
    key: 'loading',
    block: 'layer',
    shape: 'quantity',
    dimensions: ['arealLoading'],
    bounds: POSITIVE,
    example: '15 mg/cm2',
    doc: 'Areal loading of an electrode layer in mg/cm2, e.g. `15 mg/cm2`: its solid mass per area. Times the composite’s specific capacity it gives the areal capacity (mAh/cm2).',
  },
];

const keysOf = (specs: readonly PropertySpec[]) => specs.map((spec) => spec.key);
const finder = (specs: readonly PropertySpec[]) => {
  const byKey = new Map(specs.map((spec) => [spec.key, spec]));
  return (key: string): PropertySpec | undefined => byKey.get(key);
};

export const MATERIAL_PROPERTIES = MATERIAL;
export const COMPOSITE_PROPERTIES = COMPOSITE;
export const CELL_PROPERTIES = CELL;
export const LAYER_ATTRIBUTES = LAYER;

export const MATERIAL_PROPERTY_KEYS: readonly string[] = keysOf(MATERIAL);
export const COMPOSITE_PROPERTY_KEYS: readonly string[] = keysOf(COMPOSITE);
export const CELL_PROPERTY_KEYS: readonly string[] = keysOf(CELL);
export const LAYER_ATTRIBUTE_KEYS: readonly string[] = keysOf(LAYER);

export const materialProperty = finder(MATERIAL);
export const compositeProperty = finder(COMPOSITE);
export const cellProperty = finder(CELL);
export const layerAttribute = finder(LAYER);

const BY_BLOCK: Readonly<Record<Block, readonly PropertySpec[]>> = {
  material: MATERIAL,
  composite: COMPOSITE,
  cell: CELL,
  layer: LAYER,
};

/** Every key a block knows, for completion. */
export function propertiesOf(block: Block): readonly PropertySpec[] {
  return BY_BLOCK[block];
}
