/**
 * Composite hints (docs/language.md §6): where the volume goes, what capacity a gram of the
 * electrode holds, and whether ions and electrons can cross it.
 *
 * Conventions (docs/computations.md):
 * - Fractions are of the solid; `porosity` is a fraction of the whole layer. Layer volume
 *   fractions are φ_i = v_i·(1 − porosity), where v_i is the solid volume fraction: as given
 *   for vol%, and from wt% through the densities, v_i ∝ w_i/ρ_i. Pores count as void.
 * - A coating is nm-thin: its mass and volume are neglected.
 * - Effective conductivity is the percolation model of transport.ts over the materials that
 *   conduct the phase (σ ≥ 0.01 mS/cm); a material that declares no conductivity for a phase
 *   is counted as not conducting it (and listed, so the reader can tell "insulating" from
 *   "undeclared").
 * - A phase percolates when Σ x_i/x_c,i ≥ 1 over its conductors, x the fraction of the solid:
 *   each conductor's own threshold (fibres percolate at about 1 vol%), else the setting's 0.29
 *   of spheres. A phase that does not percolate has σ_eff = 0.
 */
import type { CompositeModel, FractionBasis, MaterialModel, MaterialRole } from '../model';
import type { CellspecSettings } from '../settings';
import { DEFORMABLE_ANION_CLASSES } from '../chemistry/deformability-data';
import { isKnown, known, missing, missingOf, type Computed } from './computed';
import type { Conductivity } from './conductivity';
import { CONDUCTING_MIN_MS_PER_CM } from './constants';
import { solidFractions as convertFractions } from './fractions';
import { CARRIED_BY_ROLE, computeMaterial, relevantConductivities, type MaterialHints } from './material';
import { memoByModelAndSetting } from './memo';
import { sizeAwareThresholds, type SizedSolid } from './particle-size';
import { networkConductance } from './transport';

export type Phase = 'ionic' | 'electronic';
export const PHASES: readonly Phase[] = ['ionic', 'electronic'];

export type CompositeSettings = Pick<CellspecSettings, 'percolationThreshold'>;

/** One line of a composite, or the single material of a layer. */
export interface MixturePart {
  readonly name: string;
  readonly material?: MaterialModel;
  readonly fraction?: { readonly value: number; readonly basis: FractionBasis };
}

export interface Mixture {
  readonly name: string;
  readonly parts: readonly MixturePart[];
  /** Volume fraction of pores in the layer, 0–1. */
  readonly porosity?: number;
  /** A layer made of one material: that material plays the layer's role whatever its declared role. */
  readonly singleMaterial?: boolean;
}

export interface ComponentHints {
  readonly name: string;
  readonly material?: MaterialModel;
  readonly materialHints?: MaterialHints;
  /** Counted in the specific capacity (role `cathode`; in a composite without one, role `anode`; or the one material of a layer). */
  readonly active: boolean;
  /** Fraction of the solid mass, 0–1. */
  readonly massFraction: Computed<number>;
  /** Fraction of the layer volume (pores included), 0–1. */
  readonly volumeFraction: Computed<number>;
  /** Fraction of the solid volume (pores excluded), 0–1: the basis of percolation (transport.ts). */
  readonly solidVolumeFraction: Computed<number>;
}

export interface PercolationTerm {
  readonly name: string;
  /** Fraction of the layer volume (pores included). */
  readonly volumeFraction: number;
  /** x, fraction of the solid volume: what the threshold is compared with. */
  readonly solidVolumeFraction: number;
  /** x_c, fraction of the solid volume. */
  readonly threshold: number;
  /** Where x_c comes from: the material's own `percolation`, the particle sizes (particle-size.ts), or the setting. */
  readonly thresholdFrom: ThresholdSource;
  /** x/x_c. */
  readonly share: number;
}

export interface Percolation {
  /** Σ x_i/x_c,i over the conductors of the phase. */
  readonly sum: number;
  readonly percolates: boolean;
  readonly terms: readonly PercolationTerm[];
}

export interface PhaseHints {
  readonly phase: Phase;
  /** Materials whose conductivity for this phase is ≥ 0.01 mS/cm. */
  readonly conductors: readonly string[];
  /** Materials whose role calls for a conductivity in this phase but that declare none (counted as not conducting). */
  readonly undeclared: readonly string[];
  /** σ_eff of the percolation model (transport.ts), mS/cm (low/high from the ends of declared ranges); 0 when the phase does not percolate. */
  readonly effectiveConductivity: Computed<Conductivity>;
  readonly percolation: Computed<Percolation>;
}

export interface DualConduction {
  readonly dualConductive: boolean;
  /** The material that carries both paths on its own, when there is one. */
  readonly material?: string;
}

export interface CompositeHints {
  readonly name: string;
  readonly composite?: CompositeModel;
  readonly porosity: number;
  readonly porosityDeclared: boolean;
  /** A layer of one material (which then plays the layer's role whatever its declared role). */
  readonly singleMaterial: boolean;
  readonly components: readonly ComponentHints[];
  /** ρ_solid = Σw_i / Σ(w_i/ρ_i), g/cm3 (pores excluded). */
  readonly solidDensityGPerCm3: Computed<number>;
  /** Σ w_i·Q_i over active materials, mAh/g of composite (solid). */
  readonly specificCapacityMAhPerG: Computed<number>;
  readonly ionic: PhaseHints;
  readonly electronic: PhaseHints;
  readonly bottleneck: Computed<Phase>;
  readonly dualConductive: Computed<DualConduction>;
}

export function mixtureOfComposite(composite: CompositeModel): Mixture {
  return {
    name: composite.name,
    parts: composite.components.map((component) => ({ name: component.syntax.material.text, material: component.material, fraction: component.fraction })),
    porosity: composite.porosity,
  };
}

/** A single-material layer is a composite of that one material at 100 %, without pores. */
export function mixtureOfMaterial(material: MaterialModel): Mixture {
  return { name: material.name, parts: [{ name: material.name, material, fraction: { value: 1, basis: 'vol' } }], singleMaterial: true };
}

const compositeHints = memoByModelAndSetting(
  (composite: CompositeModel, percolationThreshold: number): CompositeHints => computeMixture(mixtureOfComposite(composite), { percolationThreshold }, composite),
);

/** A composite's hints, once per composite model (it is listed and stacked in cells, often many times). */
export function computeComposite(composite: CompositeModel, settings: CompositeSettings): CompositeHints {
  return compositeHints(composite, settings.percolationThreshold);
}

const singleMaterialHints = memoByModelAndSetting(
  (material: MaterialModel, percolationThreshold: number): CompositeHints => computeMixture(mixtureOfMaterial(material), { percolationThreshold }),
);

/** A layer of one material (a separator, an anode foil, a collector), once per material model. */
export function computeMaterialLayer(material: MaterialModel, settings: CompositeSettings): CompositeHints {
  return singleMaterialHints(material, settings.percolationThreshold);
}

/**
 * `composite`, when the mixture is one, goes into the hints' literal: a spread of the hints
 * followed by a new field would give every composite's hints a hidden class of its own in V8
 * (see withBasis in computed.ts).
 */
export function computeMixture(mixture: Mixture, settings: CompositeSettings, composite?: CompositeModel): CompositeHints {
  const porosity = mixture.porosity ?? 0;
  const materialHints = mixture.parts.map((part) => (part.material ? computeMaterial(part.material) : undefined));
  // The materials that store the charge: the cathode-role ones, else (a composite anode such as
  // LTO with Li7P2S8I and carbon) the anode-role ones.
  const activeRole = mixture.parts.some((part) => part.material?.role?.value === 'cathode') ? 'cathode' : mixture.parts.some((part) => part.material?.role?.value === 'anode') ? 'anode' : 'cathode';
  const fractions = solidFractions(mixture);
  const components: ComponentHints[] = mixture.parts.map((part, i) => {
    const hints = materialHints[i];
    return {
      name: part.name,
      material: part.material,
      materialHints: hints,
      active: mixture.singleMaterial === true || part.material?.role?.value === activeRole,
      massFraction: fractions.mass.value === null ? fractions.mass : known(fractions.mass.value[i]!),
      volumeFraction: fractions.volume.value === null ? fractions.volume : known(fractions.volume.value[i]! * (1 - porosity)),
      solidVolumeFraction: fractions.volume.value === null ? fractions.volume : known(fractions.volume.value[i]!),
    };
  });

  const thresholdOf = thresholdsOf(components, settings);
  const ionic = phaseHints('ionic', components, porosity, thresholdOf);
  const electronic = phaseHints('electronic', components, porosity, thresholdOf);
  return {
    name: mixture.name,
    composite,
    porosity,
    porosityDeclared: mixture.porosity !== undefined,
    singleMaterial: mixture.singleMaterial === true,
    components,
    solidDensityGPerCm3: solidDensity(mixture, components),
    specificCapacityMAhPerG: specificCapacity(mixture, components),
    ionic,
    electronic,
    bottleneck: bottleneckOf(ionic, electronic),
    dualConductive: dualConduction(components, thresholdOf),
  };
}

interface SolidFractions {
  readonly mass: Computed<number[]>;
  readonly volume: Computed<number[]>;
}

/**
 * Mass and volume fractions of the solid for every part (the conversion: compute/fractions.ts).
 * wt% alone gives the specific capacity without any density, and a lone component is 100 % of
 * both whatever its density; anything else that converts needs every density.
 */
function solidFractions(mixture: Mixture): SolidFractions {
  const reasons: string[] = [];
  for (const part of mixture.parts) {
    if (!part.material) reasons.push(`resolve \`${part.name}\` (not a known material)`);
    if (!part.fraction) reasons.push(`give \`${part.name}\` a fraction (wt% or vol%)`);
  }
  if (reasons.length) return { mass: missing(...reasons), volume: missing(...reasons) };
  const parts = mixture.parts as readonly (MixturePart & { fraction: NonNullable<MixturePart['fraction']> })[];
  const given = parts.map((part) => part.fraction.value);
  if (parts.length === 1) return { mass: known(given), volume: known(given) };
  const bases = new Set(parts.map((part) => part.fraction.basis));
  const undeclared = parts.filter((part) => !part.material!.density);
  if (undeclared.length) {
    const needDensities = missing(...undeclared.map((part) => `declare \`density\` of \`${part.material!.name}\``));
    // One basis: the given side stands without densities.
    if (bases.size === 1) return parts[0]!.fraction.basis === 'wt' ? { mass: known(given), volume: needDensities } : { mass: needDensities, volume: known(given) };
    return { mass: needDensities, volume: needDensities };
  }
  const converted = convertFractions(parts.map((part) => ({ basis: part.fraction.basis, value: part.fraction.value, density: part.material!.density!.value })));
  if (!converted) {
    const reason = missing(
      bases.size === 1
        ? `give \`${mixture.name}\` a non-zero fraction`
        : `the vol% components of \`${mixture.name}\` leave no volume for the wt% ones; give all fractions in one unit`,
    );
    if (bases.size === 1) return parts[0]!.fraction.basis === 'wt' ? { mass: known(given), volume: reason } : { mass: reason, volume: known(given) };
    return { mass: reason, volume: reason };
  }
  return { mass: known([...converted.mass]), volume: known([...converted.volume]) };
}

function solidDensity(mixture: Mixture, components: readonly ComponentHints[]): Computed<number> {
  const undeclared = mixture.parts.filter((part) => part.material && !part.material.density);
  const fractionsMissing = missingOf(...components.map((c) => c.massFraction));
  if (undeclared.length || fractionsMissing.length) {
    return missing(...undeclared.map((part) => `declare \`density\` of \`${part.material!.name}\``), ...fractionsMissing);
  }
  let mass = 0;
  let volume = 0;
  components.forEach((component) => {
    const w = (component.massFraction as { value: number }).value;
    mass += w;
    volume += w / component.material!.density!.value;
  });
  return volume > 0 ? known(mass / volume) : missing(`give \`${mixture.name}\` a non-zero fraction`);
}

function specificCapacity(mixture: Mixture, components: readonly ComponentHints[]): Computed<number> {
  const active = components.filter((c) => c.active);
  if (active.length === 0) {
    return missing(`no component of \`${mixture.name}\` has \`role cathode\` (or \`role anode\`); declare the active material's role`);
  }
  const inputs = active.flatMap((c) => [c.massFraction, c.materialHints?.specificCapacityMAhPerG ?? missing(`resolve \`${c.name}\``)]);
  const reasons = missingOf(...inputs);
  if (reasons.length) return missing(...reasons);
  const sum = active.reduce((total, c) => total + (c.massFraction.value as number) * (c.materialHints!.specificCapacityMAhPerG.value as number), 0);
  return known(sum, { basis: 'Σ w_i·Q_i over the active materials' });
}

function phaseHints(phase: Phase, components: readonly ComponentHints[], porosity: number, thresholdOf: ThresholdOf): PhaseHints {
  const conductors: { component: ComponentHints; conductivity: Conductivity; estimated: boolean }[] = [];
  const undeclared: string[] = [];
  /** Conductors by role whose number is not declared: they percolate, but σ_eff needs the number. */
  const assumed: ComponentHints[] = [];
  for (const component of components) {
    const hints = component.materialHints;
    if (!hints) continue;
    const conductivity = phase === 'ionic' ? hints.ionicConductivity : hints.electronicConductivity;
    if (!isKnown(conductivity)) {
      // A carbon that declares no ionic conductivity is not a gap worth naming; a cathode is.
      if (component.material && relevantConductivities(component.material).includes(phase)) undeclared.push(component.name);
      const role = component.material?.role?.value;
      if (role && CARRIED_BY_ROLE[role] === phase) assumed.push(component);
      continue;
    }
    if (conductivity.value.representative >= CONDUCTING_MIN_MS_PER_CM) {
      conductors.push({ component, conductivity: conductivity.value, estimated: conductivity.estimated === true });
    }
  }
  const reasons = missingOf(...components.map((c) => c.solidVolumeFraction));
  const solidFractionOf = (c: ComponentHints): number => c.solidVolumeFraction.value as number;
  const numberReasons = assumed.map((c) => `declare \`${phase}\` (mS/cm) of \`${c.name}\``);
  const percolation: Computed<Percolation> = reasons.length
    ? missing(...reasons)
    : known(percolationOf([...conductors.map((c) => c.component), ...assumed], solidFractionOf, porosity, thresholdOf));
  let effectiveConductivity: Computed<Conductivity>;
  if (reasons.length) effectiveConductivity = missing(...reasons);
  else if (!(percolation.value as Percolation).percolates) {
    // Not connected: nothing crosses the layer, whatever the numbers.
    effectiveConductivity = known({ low: 0, high: 0, representative: 0 }, { basis: 'the phase does not percolate' });
  } else if (numberReasons.length) effectiveConductivity = missing(...numberReasons);
  else {
    const network = networkConductance(
      conductors.map(({ component, conductivity }) => ({
        name: component.name,
        solidFraction: solidFractionOf(component),
        threshold: thresholdOf(component).threshold,
        conductivity,
      })),
      porosity,
    );
    effectiveConductivity = known(network.effective, {
      basis: network.regime === 'joint-network' ? 'percolation law, joint network of the conductors' : 'percolation law, Σ σ_i·((x_i − x_c,i)/(1 − x_c,i))^2',
      estimated: conductors.some((c) => c.estimated),
    });
  }
  return {
    phase,
    conductors: [...conductors.map((c) => c.component.name), ...assumed.map((c) => c.name)],
    undeclared: undeclared.filter((name) => !assumed.some((c) => c.name === name)),
    effectiveConductivity,
    percolation,
  };
}

export type ThresholdSource = 'material' | 'particle-size' | 'default';
interface Threshold {
  readonly threshold: number;
  readonly thresholdFrom: ThresholdSource;
}
type ThresholdOf = (component: ComponentHints) => Threshold;

/**
 * Each component's percolation threshold x_c: its material's own `percolation`; else, when it and
 * another solid declare a `d50`, the size-aware threshold (particle-size.ts); else the setting.
 */
function thresholdsOf(components: readonly ComponentHints[], settings: CompositeSettings): ThresholdOf {
  const solids: SizedSolid[] = components.map((c) => ({
    solidFraction: isKnown(c.solidVolumeFraction) ? c.solidVolumeFraction.value : 0,
    d50: c.material?.d50?.value,
    deformable: isDeformable(c.material),
    ownThreshold: c.material?.percolation !== undefined,
  }));
  const bySize = sizeAwareThresholds(solids, settings.percolationThreshold);
  const thresholds = components.map((c, i): Threshold => {
    if (c.material?.percolation) return { threshold: c.material.percolation.value, thresholdFrom: 'material' };
    const sized = isKnown(c.solidVolumeFraction) ? bySize[i] : undefined;
    return sized === undefined ? { threshold: settings.percolationThreshold, thresholdFrom: 'default' } : { threshold: sized, thresholdFrom: 'particle-size' };
  });
  // Asked only of these components (the conductors and the dual-conduction candidates are among them).
  const byComponent = new Map(components.map((c, i) => [c, thresholds[i]!]));
  return (component) => byComponent.get(component)!;
}

function isDeformable(material: MaterialModel | undefined): boolean {
  const anions = material?.chemistry?.anionClass;
  return anions !== undefined && DEFORMABLE_ANION_CLASSES[anions] !== undefined;
}

function percolationOf(conductors: readonly ComponentHints[], solidFractionOf: (c: ComponentHints) => number, porosity: number, thresholdOf: ThresholdOf): Percolation {
  const terms = conductors.map((component): PercolationTerm => {
    const { threshold, thresholdFrom } = thresholdOf(component);
    const solidVolumeFraction = solidFractionOf(component);
    return { name: component.name, volumeFraction: solidVolumeFraction * (1 - porosity), solidVolumeFraction, threshold, thresholdFrom, share: solidVolumeFraction / threshold };
  });
  const sum = terms.reduce((total, term) => total + term.share, 0);
  return { sum, percolates: sum >= 1, terms };
}

function bottleneckOf(ionic: PhaseHints, electronic: PhaseHints): Computed<Phase> {
  const i = ionic.effectiveConductivity;
  const e = electronic.effectiveConductivity;
  if (!isKnown(i) || !isKnown(e)) return missing(...missingOf(i, e));
  return known(e.value.representative < i.value.representative ? 'electronic' : 'ionic');
}

/**
 * The review's ICDC/AEA cathode: one material conducts both ions and electrons and is present
 * above its own percolation threshold, so it needs neither catholyte nor carbon to work.
 */
function dualConduction(components: readonly ComponentHints[], thresholdOf: ThresholdOf): Computed<DualConduction> {
  const reasons = missingOf(...components.map((c) => c.solidVolumeFraction));
  if (reasons.length) return missing(...reasons);
  const conducts = (c: ComponentHints, phase: Phase): boolean => {
    const value = phase === 'ionic' ? c.materialHints?.ionicConductivity : c.materialHints?.electronicConductivity;
    return isKnown(value) && value.value.representative >= CONDUCTING_MIN_MS_PER_CM;
  };
  const carrier = components.find(
    (c) => conducts(c, 'ionic') && conducts(c, 'electronic') && (c.solidVolumeFraction.value as number) >= thresholdOf(c).threshold,
  );
  return known(carrier ? { dualConductive: true, material: carrier.name } : { dualConductive: false });
}

/**
 * The mass-weighted voltage of the materials playing a role (the cathode voltage of a cell,
 * or the anode's potential), V. A single-material layer's material plays the layer's role.
 */
export function roleVoltage(hints: CompositeHints, role: MaterialRole): Computed<number> {
  const players = hints.components.filter((c) => hints.singleMaterial || c.material?.role?.value === role);
  if (players.length === 0) return missing(`no component of \`${hints.name}\` has \`role ${role}\``);
  const reasons: string[] = [];
  for (const c of players) {
    if (!c.material?.voltage) reasons.push(`declare \`voltage\` of \`${c.name}\``);
  }
  reasons.push(...missingOf(...players.map((c) => c.massFraction)));
  if (reasons.length) return missing(...reasons);
  const mass = players.reduce((sum, c) => sum + (c.massFraction.value as number), 0);
  if (mass <= 0) return missing(`give the ${role} material of \`${hints.name}\` a non-zero fraction`);
  const weighted = players.reduce((sum, c) => sum + (c.massFraction.value as number) * c.material!.voltage!.value, 0);
  return known(weighted / mass, players.length > 1 ? { basis: `mass-weighted over ${players.map((c) => c.name).join(', ')}` } : {});
}
