/**
 * The units of docs/language.md §3 as data: each symbol, what it measures and the factor to the
 * canonical unit every later stage computes in. Symbols are case-sensitive (`mS/cm` is not
 * `MS/cm`), so lookup is an exact match; near misses go through `suggestUnits`.
 *
 * The `u` of a micro unit may also be written as the micro sign µ (U+00B5) or the Greek mu μ
 * (U+03BC), as papers and the hints do: `30 µm` is `30 um` (an extension of §3, issue #17).
 */

export type Dimension =
  | 'voltage'
  | 'specificCapacity'
  | 'arealCapacity'
  | 'conductivity'
  | 'diffusivity'
  | 'density'
  | 'length'
  | 'arealLoading'
  | 'massFraction'
  | 'volumeFraction'
  | 'cRate'
  | 'currentDensity'
  | 'pressure'
  | 'dimensionless';

export interface UnitDefinition {
  readonly symbol: string;
  readonly dimension: Dimension;
  /** Multiply a value in this unit by this factor to get the canonical unit. */
  readonly toCanonical: number;
  readonly name: string;
}

/**
 * The unit each dimension is computed in. Mass and volume fractions are plain fractions
 * 0–1 (`70 wt%` → 0.7), so their canonical "unit" is empty, like a dimensionless number.
 */
export const CANONICAL_UNIT: Readonly<Record<Dimension, string>> = {
  voltage: 'V',
  specificCapacity: 'mAh/g',
  arealCapacity: 'mAh/cm2',
  conductivity: 'mS/cm',
  diffusivity: 'cm2/s',
  density: 'g/cm3',
  length: 'um',
  arealLoading: 'mg/cm2',
  massFraction: '',
  volumeFraction: '',
  cRate: 'C',
  currentDensity: 'mA/cm2',
  pressure: 'MPa',
  dimensionless: '',
};

/** How a dimension reads in a sentence: "`capacity` expects a specific capacity". */
export const DIMENSION_PHRASE: Readonly<Record<Dimension, string>> = {
  voltage: 'a voltage',
  specificCapacity: 'a specific capacity',
  arealCapacity: 'an areal capacity',
  conductivity: 'a conductivity',
  diffusivity: 'a diffusivity',
  density: 'a density',
  length: 'a length',
  arealLoading: 'an areal loading',
  massFraction: 'a mass fraction',
  volumeFraction: 'a volume fraction',
  cRate: 'a C-rate',
  currentDensity: 'a current density',
  pressure: 'a pressure',
  dimensionless: 'a plain number',
};

/** Every unit of §3, in the order of its table (the first of each dimension is the usual one). */
export const UNITS: readonly UnitDefinition[] = [
  { symbol: 'V', dimension: 'voltage', toCanonical: 1, name: 'volt' },
  { symbol: 'mV', dimension: 'voltage', toCanonical: 1e-3, name: 'millivolt' },
  { symbol: 'mAh/g', dimension: 'specificCapacity', toCanonical: 1, name: 'milliampere-hour per gram' },
  // 1 Ah/kg = 1000 mAh / 1000 g: the same number as mAh/g.
  { symbol: 'Ah/kg', dimension: 'specificCapacity', toCanonical: 1, name: 'ampere-hour per kilogram' },
  { symbol: 'mAh/cm2', dimension: 'arealCapacity', toCanonical: 1, name: 'milliampere-hour per square centimetre' },
  { symbol: 'S/cm', dimension: 'conductivity', toCanonical: 1e3, name: 'siemens per centimetre' },
  { symbol: 'mS/cm', dimension: 'conductivity', toCanonical: 1, name: 'millisiemens per centimetre' },
  { symbol: 'uS/cm', dimension: 'conductivity', toCanonical: 1e-3, name: 'microsiemens per centimetre' },
  // 1 S/m = 0.01 S/cm = 10 mS/cm.
  { symbol: 'S/m', dimension: 'conductivity', toCanonical: 10, name: 'siemens per metre' },
  { symbol: 'cm2/s', dimension: 'diffusivity', toCanonical: 1, name: 'square centimetre per second' },
  // 1 m2 = 10^4 cm2.
  { symbol: 'm2/s', dimension: 'diffusivity', toCanonical: 1e4, name: 'square metre per second' },
  { symbol: 'g/cm3', dimension: 'density', toCanonical: 1, name: 'gram per cubic centimetre' },
  // 1 kg/m3 = 1000 g / 10^6 cm3.
  { symbol: 'kg/m3', dimension: 'density', toCanonical: 1e-3, name: 'kilogram per cubic metre' },
  { symbol: 'um', dimension: 'length', toCanonical: 1, name: 'micrometre' },
  { symbol: 'nm', dimension: 'length', toCanonical: 1e-3, name: 'nanometre' },
  { symbol: 'mm', dimension: 'length', toCanonical: 1e3, name: 'millimetre' },
  { symbol: 'cm', dimension: 'length', toCanonical: 1e4, name: 'centimetre' },
  { symbol: 'mg/cm2', dimension: 'arealLoading', toCanonical: 1, name: 'milligram per square centimetre' },
  { symbol: 'wt%', dimension: 'massFraction', toCanonical: 1e-2, name: 'percent by weight' },
  { symbol: 'vol%', dimension: 'volumeFraction', toCanonical: 1e-2, name: 'percent by volume' },
  { symbol: 'C', dimension: 'cRate', toCanonical: 1, name: 'C-rate (1 C empties the capacity in one hour)' },
  { symbol: 'mA/cm2', dimension: 'currentDensity', toCanonical: 1, name: 'milliampere per square centimetre' },
  { symbol: 'MPa', dimension: 'pressure', toCanonical: 1, name: 'megapascal' },
];

/** The micro sign (U+00B5) and the Greek small mu (U+03BC): two characters that look the same. */
export const MICRO_SIGNS = ['\u00b5', '\u03bc'] as const;

/** In §3 a leading `u` is always the micro prefix (`um`, `uS/cm`). */
const MICRO_PREFIX = 'u';

/** Every way a unit may be written: its symbol and, for a micro unit, the same with µ or μ (`um`, `µm`, `μm`). */
export function spellingsOf(unit: UnitDefinition): string[] {
  if (!unit.symbol.startsWith(MICRO_PREFIX)) return [unit.symbol];
  return [unit.symbol, ...MICRO_SIGNS.map((sign) => `${sign}${unit.symbol.slice(MICRO_PREFIX.length)}`)];
}

const BY_SPELLING: ReadonlyMap<string, UnitDefinition> = new Map(UNITS.flatMap((unit) => spellingsOf(unit).map((spelling) => [spelling, unit] as const)));

/** The unit written exactly so (case-sensitive, as §3; `µm` and `μm` are `um`), or undefined. */
export function lookupUnit(symbol: string): UnitDefinition | undefined {
  return BY_SPELLING.get(symbol);
}

/** The symbols accepted for some dimensions, in table order: `['mAh/g', 'Ah/kg']`. */
export function unitsOf(dimensions: readonly Dimension[]): string[] {
  return UNITS.filter((unit) => dimensions.includes(unit.dimension)).map((unit) => unit.symbol);
}
