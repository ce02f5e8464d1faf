/**
 * Material hints (docs/language.md §6): what a formula and a few declared numbers imply.
 * The capacity of one redox electron per formula unit, Q1 = F/(3.6·M), turns a declared
 * capacity into the electrons it needs (a reviewer's first sanity check: LTG's 250 mAh/g is
 * about six electrons per Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3, far beyond its Ti3+/4+ alone) and
 * a declared electron count into a theoretical capacity.
 */
import type { AnionClass } from '../chemistry/anion-class';
import { carriedIon, type WorkingIon } from '../chemistry/ions';
import { capacityPerElectron as capacityPerElectronOf } from '../formula';
import type { MaterialModel, MaterialRole } from '../model';
import { combine, known, missing, withBasis, type Computed } from './computed';
import { conductivityOf, geometricMean, type Conductivity } from './conductivity';
import { AVOGADRO_PER_MOL, BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, ROOM_TEMPERATURE_K } from './constants';
import { formatSig } from '../text/numbers';
import { memoByModel } from './memo';

export interface ConductivityRatio {
  /** σ_e / σ_ion from the representative values. */
  readonly ratio: number;
  /** log10 of the ratio: how many orders of magnitude the electronic exceeds the ionic (negative: below). */
  readonly ordersOfMagnitude: number;
}

export interface MaterialHints {
  readonly name: string;
  readonly material: MaterialModel;
  readonly molarMassGPerMol: Computed<number>;
  readonly anionClass: Computed<AnionClass>;
  /** Q1 = F/(3.6·M), mAh/g for one electron per formula unit. */
  readonly capacityPerElectronMAhPerG: Computed<number>;
  /** n·Q1, present only when `electrons` is declared. */
  readonly theoreticalCapacityMAhPerG?: Computed<number>;
  /** capacity / Q1, present only when `capacity` is declared and `electrons` is not. */
  readonly impliedElectrons?: Computed<number>;
  /** The capacity the cell model uses: the declared practical one, else the theoretical one. */
  readonly specificCapacityMAhPerG: Computed<number>;
  /** Q·V, Wh/kg of active material; present for cathode materials (and role-less ones with a voltage or capacity). */
  readonly specificEnergyWhPerKg?: Computed<number>;
  /** mS/cm: declared, else a Nernst–Einstein estimate from `diffusivity` (marked estimated). */
  readonly ionicConductivity: Computed<Conductivity>;
  /** mS/cm, as declared. */
  readonly electronicConductivity: Computed<Conductivity>;
  readonly conductivityRatio: Computed<ConductivityRatio>;
}

/**
 * Which conductivities a role makes worth declaring: a missing σ_e of an electrolyte or a
 * missing σ_ion of a collector is not a gap in the data, so reports do not ask for it.
 * A material without a role may be anything, so both are asked for.
 */
export const CONDUCTIVITIES_BY_ROLE: Readonly<Record<MaterialRole, readonly ('ionic' | 'electronic')[]>> = {
  cathode: ['ionic', 'electronic'],
  electrolyte: ['ionic'],
  carbon: ['electronic'],
  anode: [],
  binder: [],
  coating: [],
  collector: [],
};

/**
 * The phase a material is there to carry: a carbon conducts electrons and a solid electrolyte
 * conducts its ions even when no number is declared (Super P's conductivity is rarely reported,
 * yet nobody doubts it conducts). Such a material counts for percolation; the effective
 * conductivity then waits for the number.
 */
export const CARRIED_BY_ROLE: Readonly<Partial<Record<MaterialRole, 'ionic' | 'electronic'>>> = {
  carbon: 'electronic',
  electrolyte: 'ionic',
};

export function relevantConductivities(material: MaterialModel): readonly ('ionic' | 'electronic')[] {
  return material.role ? CONDUCTIVITIES_BY_ROLE[material.role.value] ?? [] : ['ionic', 'electronic'];
}

/** The hints of one material, computed once per model object. */
export const computeMaterial: (material: MaterialModel) => MaterialHints = memoByModel(computeMaterialHints);

function computeMaterialHints(material: MaterialModel): MaterialHints {
  const name = material.name;
  const molarMass = molarMassOf(material);
  const anionClass: Computed<AnionClass> = material.chemistry ? known(material.chemistry.anionClass) : missing(...molarMass.value === null ? molarMass.missing : []);
  const capacityPerElectron: Computed<number> =
    molarMass.value === null ? molarMass : known(capacityPerElectronOf(molarMass.value), { basis: 'Q1 = F / (3.6·M)' });

  const electrons = material.electrons?.value;
  const capacity = material.capacity?.value;
  const theoretical =
    electrons === undefined ? undefined : combine(capacityPerElectron, known(electrons), (q1, n) => n * q1);
  const implied =
    capacity === undefined || electrons !== undefined ? undefined : combine(capacityPerElectron, known(capacity), (q1, q) => q / q1);

  const specificCapacity: Computed<number> =
    capacity !== undefined
      ? known(capacity, { basis: 'declared practical capacity' })
      : theoretical && theoretical.value !== null
        ? known(theoretical.value, { basis: `theoretical capacity n·Q1 with n = ${formatSig(electrons!)}` })
        : missing(`declare \`capacity\` (mAh/g) or \`electrons\` of \`${name}\``, ...(theoretical?.value === null ? theoretical.missing : []));

  const role = material.role?.value;
  const wantsEnergy = role === 'cathode' || (role === undefined && (material.voltage !== undefined || capacity !== undefined));
  const voltage: Computed<number> = material.voltage ? known(material.voltage.value) : missing(`declare \`voltage\` of \`${name}\``);
  const specificEnergy = wantsEnergy
    ? withBasis(combine(specificCapacity, voltage, (q, v) => q * v), `Q·V with Q the ${specificCapacity.value !== null ? specificCapacity.basis : 'capacity'}`)
    : undefined;

  const ionic = ionicConductivityOf(material, molarMass);
  const electronic: Computed<Conductivity> = material.electronic
    ? known(conductivityOf(material.electronic.value))
    : missing(`declare \`electronic\` (mS/cm) of \`${name}\``);
  const ratio = combine(electronic, ionic, (e, i) => ({
    ratio: e.representative / i.representative,
    ordersOfMagnitude: Math.log10(e.representative / i.representative),
  }));

  return {
    name,
    material,
    molarMassGPerMol: molarMass,
    anionClass,
    capacityPerElectronMAhPerG: capacityPerElectron,
    theoreticalCapacityMAhPerG: theoretical,
    impliedElectrons: implied,
    specificCapacityMAhPerG: specificCapacity,
    specificEnergyWhPerKg: specificEnergy,
    ionicConductivity: ionic,
    electronicConductivity: electronic,
    conductivityRatio: ratio,
  };
}

function molarMassOf(material: MaterialModel): Computed<number> {
  if (material.chemistry) return known(material.chemistry.molarMass);
  if (material.formulaError) return missing(`fix the \`formula\` of \`${material.name}\``);
  return missing(`declare the \`formula\` of \`${material.name}\``);
}

/** The mobile ion and its atoms per formula unit, from the parsed formula: the ion it carries (Li in Li6PS5Cl, Na in Na3PS4). */
function carriersPerFormulaUnit(material: MaterialModel): { ion: WorkingIon; count: number } | undefined {
  const elements = material.chemistry?.formula.elements;
  const ion = elements ? carriedIon(elements) : undefined;
  return ion && elements ? { ion, count: elements.get(ion) ?? 0 } : undefined;
}

function ionicConductivityOf(material: MaterialModel, molarMass: Computed<number>): Computed<Conductivity> {
  const name = material.name;
  if (material.ionic) return known(conductivityOf(material.ionic.value));
  if (!material.diffusivity) return missing(`declare \`ionic\` (mS/cm) of \`${name}\`, or its \`diffusivity\` and \`density\``);
  if (molarMass.value === null) return molarMass;
  if (!material.density) return missing(`declare \`density\` of \`${name}\` (to estimate σ_ion from its diffusivity), or its \`ionic\` conductivity`);
  const carriers = carriersPerFormulaUnit(material);
  if (!carriers || carriers.count <= 0) return missing(`\`${name}\` has neither Li nor Na in its formula, so its diffusivity gives no carrier density; declare \`ionic\``);
  const { ion, count: lithium } = carriers;
  const perDiffusivity = nernstEinsteinMSPerCmPerCm2PerS(lithium, material.density.value, molarMass.value);
  const { low, high } = material.diffusivity.value;
  return known(
    { low: low * perDiffusivity, high: high * perDiffusivity, representative: geometricMean(low, high) * perDiffusivity },
    {
      estimated: true,
      basis:
        `Nernst–Einstein σ = c·e²·D/(k_B·T), c = ${formatSig(lithium)} ${ion} × (ρ/M)·N_A = ${formatSig(lithium * (material.density.value / molarMass.value) * AVOGADRO_PER_MOL)} cm⁻³, ` +
        `T = ${ROOM_TEMPERATURE_K} K (CODATA 2018 constants); an order-of-magnitude estimate: every ${ion} counted as a carrier, no correlation (Haven ratio 1)`,
    },
  );
}

/**
 * σ/D in (mS/cm)/(cm2/s): c·e²/(k_B·T) with c in cm⁻³ (C²·cm⁻³/J = S·s/cm³; ×1000 for mS).
 */
export function nernstEinsteinMSPerCmPerCm2PerS(lithiumPerFormulaUnit: number, densityGPerCm3: number, molarMassGPerMol: number): number {
  const carriersPerCm3 = lithiumPerFormulaUnit * (densityGPerCm3 / molarMassGPerMol) * AVOGADRO_PER_MOL;
  const siemensPerCmPerCm2PerS = (carriersPerCm3 * ELEMENTARY_CHARGE_C ** 2) / (BOLTZMANN_J_PER_K * ROOM_TEMPERATURE_K);
  return siemensPerCmPerCm2PerS * 1000;
}
