/**
 * Cell hints (docs/language.md §6): the stack as a reviewer would tabulate it. Every layer gets a
 * thickness and an areal mass; the cathode's capacity and the cell voltage give the stored
 * energy per area, which divided by the stack's mass and thickness is Wh/kg and Wh/L
 * (reference/materials.md §D.6: E = Q_A·V̄ / Σ ρ_i·t_i·(1 − p_i), collectors included).
 *
 * The cell's capacity is the cathode's: the anode's own areal capacity gives the N/P ratio
 * (anode over cathode), and an anode that holds less than the cathode is `cell/balance`.
 */
import type { LayerRole } from '../../../../grammar/ast';
import type { CellModel, LayerModel } from '../model';
import { combine, isKnown, known, missing, missingOf, withBasis, type Computed } from './computed';
import {
  computeComposite,
  computeMaterialLayer,
  roleVoltage,
  type CompositeHints,
  type CompositeSettings,
  type Phase,
} from './composite';
import { formatSig } from '../text/numbers';
import { memoByModelAndSetting } from './memo';
import { arealCapacity as arealCapacityOf, energyDensity as energyDensityOf, loadingFromThickness, specificEnergy as specificEnergyOf, thicknessFromLoading, voltageDrop as voltageDropOf } from './stack';

export interface LayerHints {
  readonly role: LayerRole;
  readonly name: string;
  readonly layer: LayerModel;
  /** The layer's material or composite, treated as a composite (a single material at 100 %). */
  readonly composition?: CompositeHints;
  /** Bulk density of the layer as built, ρ_solid·(1 − porosity), g/cm3. */
  readonly densityGPerCm3: Computed<number>;
  readonly thicknessUm: Computed<number>;
  readonly arealMassMgPerCm2: Computed<number>;
}

export interface VoltageDrop {
  readonly phase: Phase;
  /** ΔV = j·L/σ_eff, V; Infinity when no material conducts the phase (σ_eff = 0). */
  readonly voltageDropV: number;
  readonly currentDensityMAPerCm2: number;
  readonly thicknessUm: number;
  readonly effectiveConductivityMSPerCm: number;
}

export interface CellHints {
  readonly name: string;
  readonly cell: CellModel;
  readonly layers: readonly LayerHints[];
  /** The first cathode layer, if any. */
  readonly cathode?: LayerHints;
  readonly anode?: LayerHints;
  readonly cathodeLoadingMgPerCm2: Computed<number>;
  readonly cathodeThicknessUm: Computed<number>;
  /** loading × composite specific capacity, mAh/cm2. */
  readonly arealCapacityMAhPerCm2: Computed<number>;
  /** The anode's areal capacity, mAh/cm2: its areal mass × the specific capacity of what stores the cell's ion in it (Li metal: 3860 mAh/g, Na metal 1166). */
  readonly anodeCapacityMAhPerCm2: Computed<number>;
  /** N/P: anode over cathode areal capacity. Below 1 the anode cannot take the cathode's charge (`cell/balance`). */
  readonly capacityRatio: Computed<number>;
  /** Mass-weighted voltage of the cathode's active materials, V vs the cell's ion's metal (Li/Li+, Na/Na+). */
  readonly cathodeVoltageV: Computed<number>;
  /** The anode material's potential, V vs the cell's ion's metal (Li 0 V, Li–In 0.62 V; Na 0 V, Sn 0.1 V). */
  readonly anodePotentialV: Computed<number>;
  readonly cellVoltageV: Computed<number>;
  readonly totalArealMassMgPerCm2: Computed<number>;
  readonly totalThicknessUm: Computed<number>;
  /** Areal energy Q_A·V, mWh/cm2. */
  readonly arealEnergyMWhPerCm2: Computed<number>;
  readonly specificEnergyWhPerKg: Computed<number>;
  readonly energyDensityWhPerL: Computed<number>;
  /** j: areal capacity × C-rate, or the given mA/cm2. */
  readonly currentDensityMAPerCm2: Computed<number>;
  readonly ionicDrop: Computed<VoltageDrop>;
  readonly electronicDrop: Computed<VoltageDrop>;
}

const cellHints = memoByModelAndSetting((cell: CellModel, percolationThreshold: number): CellHints => computeCellHints(cell, { percolationThreshold }));

/** A cell's hints, once per cell model. */
export function computeCell(cell: CellModel, settings: CompositeSettings): CellHints {
  return cellHints(cell, settings.percolationThreshold);
}

function computeCellHints(cell: CellModel, settings: CompositeSettings): CellHints {
  const layers = cell.layers.map((layer) => computeLayer(layer, settings));
  const cathode = layers.find((layer) => layer.role === 'cathode');
  const anode = layers.find((layer) => layer.role === 'anode');
  const noCathode = missing(`add a \`cathode\` layer to \`${cell.name}\``);
  const cathodeComposition = compositionOf(cathode, noCathode);
  const anodeComposition = compositionOf(anode, missing(`add an \`anode\` layer to \`${cell.name}\``));

  const cathodeLoading = cathode ? cathode.arealMassMgPerCm2 : noCathode;
  const cathodeThickness = cathode ? cathode.thicknessUm : noCathode;
  const specificCapacity = isKnown(cathodeComposition) ? cathodeComposition.value.specificCapacityMAhPerG : cathodeComposition;
  const arealCapacity = combine(cathodeLoading, specificCapacity, arealCapacityOf);

  const anodeSpecificCapacity = isKnown(anodeComposition) ? anodeComposition.value.specificCapacityMAhPerG : anodeComposition;
  const anodeCapacity = withBasis(
    combine(anode ? anode.arealMassMgPerCm2 : missing(`add an \`anode\` layer to \`${cell.name}\``), anodeSpecificCapacity, arealCapacityOf),
    'areal mass × specific capacity of the anode',
  );
  const capacityRatio = withBasis(
    combine(anodeCapacity, arealCapacity, (n, p) => n / p),
    'N/P = anode areal capacity / cathode areal capacity',
  );

  const cathodeVoltage = isKnown(cathodeComposition) ? roleVoltage(cathodeComposition.value, 'cathode') : cathodeComposition;
  const anodePotential = isKnown(anodeComposition) ? roleVoltage(anodeComposition.value, 'anode') : anodeComposition;
  const cellVoltage = combine(cathodeVoltage, anodePotential, (c, a) => c - a);

  const totalArealMass = total(layers.map((layer) => layer.arealMassMgPerCm2));
  const totalThickness = total(layers.map((layer) => layer.thicknessUm));
  const arealEnergy = combine(arealCapacity, cellVoltage, (q, v) => q * v);
  const specificEnergy = combine(arealEnergy, totalArealMass, specificEnergyOf);
  const energyDensity = combine(arealEnergy, totalThickness, energyDensityOf);

  const currentDensity = currentDensityOf(cell, arealCapacity);
  const drop = (phase: Phase): Computed<VoltageDrop> => {
    const sigma = isKnown(cathodeComposition) ? cathodeComposition.value[phase].effectiveConductivity : cathodeComposition;
    const reasons = missingOf(currentDensity, cathodeThickness, sigma);
    if (reasons.length || !isKnown(currentDensity) || !isKnown(cathodeThickness) || !isKnown(sigma)) return missing(...reasons);
    const j = currentDensity.value;
    const thicknessUm = cathodeThickness.value;
    const conductivity = sigma.value.representative;
    const voltageDropV = voltageDropOf(j, thicknessUm, conductivity);
    return known(
      { phase, voltageDropV, currentDensityMAPerCm2: j, thicknessUm, effectiveConductivityMSPerCm: conductivity },
      { basis: 'ΔV = j·L/σ_eff', estimated: sigma.estimated },
    );
  };

  return {
    name: cell.name,
    cell,
    layers,
    cathode,
    anode,
    cathodeLoadingMgPerCm2: cathodeLoading,
    cathodeThicknessUm: cathodeThickness,
    arealCapacityMAhPerCm2: arealCapacity,
    anodeCapacityMAhPerCm2: anodeCapacity,
    capacityRatio,
    cathodeVoltageV: cathodeVoltage,
    anodePotentialV: anodePotential,
    cellVoltageV: cellVoltage,
    totalArealMassMgPerCm2: totalArealMass,
    totalThicknessUm: totalThickness,
    arealEnergyMWhPerCm2: arealEnergy,
    specificEnergyWhPerKg: specificEnergy,
    energyDensityWhPerL: energyDensity,
    currentDensityMAPerCm2: currentDensity,
    ionicDrop: drop('ionic'),
    electronicDrop: drop('electronic'),
  };
}

function computeLayer(layer: LayerModel, settings: CompositeSettings): LayerHints {
  const role = layer.role;
  const name = layer.syntax.material?.text ?? layer.target?.name ?? '';
  const target = layer.target;
  const composition = target
    ? target.kind === 'composite'
      ? computeComposite(target, settings)
      : computeMaterialLayer(target, settings)
    : undefined;
  const density: Computed<number> = composition
    ? combine(composition.solidDensityGPerCm3, known(composition.porosity), (rho, porosity) => rho * (1 - porosity))
    : missing(name ? `resolve \`${name}\` (not a known material or composite)` : `name the ${role}'s material`);

  const given = { thickness: layer.thicknessUm, loading: layer.loadingMgPerCm2 };
  // Built only when neither is given (the message is a string per layer per keystroke otherwise).
  const neither =
    given.thickness === undefined && given.loading === undefined
      ? missing(
          role === 'cathode'
            ? `give the cathode \`${name}\` a \`loading\` (mg/cm2) or a \`thickness\` (um)`
            : `give the ${role} \`${name}\` a \`thickness\` (um)`,
        )
      : undefined;
  const thicknessUm: Computed<number> =
    given.thickness !== undefined
      ? known(given.thickness)
      : given.loading !== undefined
        ? combine(known(given.loading), density, thicknessFromLoading)
        : neither!;
  const arealMass: Computed<number> =
    given.loading !== undefined
      ? known(given.loading)
      : given.thickness !== undefined
        ? combine(known(given.thickness), density, loadingFromThickness)
        : neither!;
  return { role, name, layer, composition, densityGPerCm3: density, thicknessUm, arealMassMgPerCm2: arealMass };
}

function compositionOf(layer: LayerHints | undefined, absent: Computed<never>): Computed<CompositeHints> {
  if (!layer) return absent;
  if (layer.composition) return known(layer.composition);
  return missing(layer.name ? `resolve \`${layer.name}\` (not a known material or composite)` : `name the ${layer.role}'s material or composite`);
}

function total(values: readonly Computed<number>[]): Computed<number> {
  const reasons = missingOf(...values);
  if (reasons.length) return missing(...reasons);
  return known(values.reduce((sum, value) => sum + (value.value as number), 0));
}

function currentDensityOf(cell: CellModel, arealCapacity: Computed<number>): Computed<number> {
  const rate = cell.rate;
  if (!rate) return missing(`declare the \`rate\` of \`${cell.name}\` (e.g. \`rate 1 C\` or \`rate 1 mA/cm2\`)`);
  if (rate.unit === 'mA/cm2') return known(rate.value, { basis: 'given current density' });
  return withBasis(combine(arealCapacity, known(rate.value), (q, c) => q * c), `j = areal capacity × ${formatSig(rate.value)} C`);
}
