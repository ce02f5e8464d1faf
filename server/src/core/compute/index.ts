/** The computed hints of docs/language.md §6 (see docs/computations.md for every formula and source). */
export { computeProgram, hintsOfCell, hintsOfComposite, hintsOfMaterial, materialsOf, type ProgramHints } from './program';
export { forgetHintsOf } from './memo';
export {
  computeMaterial,
  nernstEinsteinMSPerCmPerCm2PerS,
  relevantConductivities,
  CONDUCTIVITIES_BY_ROLE,
  type MaterialHints,
  type ConductivityRatio,
} from './material';
export {
  computeComposite,
  computeMaterialLayer,
  computeMixture,
  mixtureOfComposite,
  mixtureOfMaterial,
  roleVoltage,
  PHASES,
  type Phase,
  type Mixture,
  type MixturePart,
  type CompositeHints,
  type CompositeSettings,
  type ComponentHints,
  type PhaseHints,
  type Percolation,
  type PercolationTerm,
  type DualConduction,
} from './composite';
export { computeCell, type CellHints, type LayerHints, type VoltageDrop } from './cell';
export { isKnown, known, missing, type Computed, type Known, type Missing } from './computed';
export { conductivityOf, geometricMean, type Conductivity } from './conductivity';
export * from './constants';
export {
  formatAmount,
  formatCharge,
  formatConductivity,
  formatElectrons,
  formatMolarMass,
  formatOrders,
  formatPercent,
  formatPercentage,
  formatSig,
} from '../text/numbers';
