/**
 * What the user probably meant by a unit Cellspec does not know. Three kinds of near miss:
 * - the right unit in another spelling: wrong case (`mah/g`), typographic characters
 *   (`µM`, `cm²/s`, `mS·cm⁻¹`), the paper style with negative exponents (`mS cm-1`) or a
 *   missing slash (`mScm`) — these map to exactly one unit of §3;
 * - a typo (`mAh/gm`), matched by edit distance;
 * - a real unit in another scale (`Ah/g`, `m`, `kPa`): replacing only the symbol would change
 *   the value a thousandfold, so these get no unit suggestion; `foreignUnit` gives the factor,
 *   so a message can state the converted value instead.
 */
import { editDistance } from '../text/edit-distance';
import { UNITS, lookupUnit, type Dimension, type UnitDefinition } from './units';

/** Units of the literature that §3 does not accept, with their exact factors to the canonical unit. */
const FOREIGN_UNITS: readonly UnitDefinition[] = [
  { symbol: 'Ah/g', dimension: 'specificCapacity', toCanonical: 1e3, name: 'ampere-hour per gram' },
  { symbol: 'mAh/kg', dimension: 'specificCapacity', toCanonical: 1e-3, name: 'milliampere-hour per kilogram' },
  { symbol: 'mS/m', dimension: 'conductivity', toCanonical: 1e-2, name: 'millisiemens per metre' },
  { symbol: 'nS/cm', dimension: 'conductivity', toCanonical: 1e-6, name: 'nanosiemens per centimetre' },
  { symbol: 'mm2/s', dimension: 'diffusivity', toCanonical: 1e-2, name: 'square millimetre per second' },
  { symbol: 'kg/L', dimension: 'density', toCanonical: 1, name: 'kilogram per litre' },
  { symbol: 'g/mL', dimension: 'density', toCanonical: 1, name: 'gram per millilitre' },
  { symbol: 'g/cc', dimension: 'density', toCanonical: 1, name: 'gram per cubic centimetre' },
  { symbol: 'm', dimension: 'length', toCanonical: 1e6, name: 'metre' },
  { symbol: 'Å', dimension: 'length', toCanonical: 1e-4, name: 'ångström' },
  { symbol: 'g/cm2', dimension: 'arealLoading', toCanonical: 1e3, name: 'gram per square centimetre' },
  { symbol: 'A/cm2', dimension: 'currentDensity', toCanonical: 1e3, name: 'ampere per square centimetre' },
  { symbol: 'uA/cm2', dimension: 'currentDensity', toCanonical: 1e-3, name: 'microampere per square centimetre' },
  { symbol: 'A/m2', dimension: 'currentDensity', toCanonical: 0.1, name: 'ampere per square metre' },
  { symbol: 'kPa', dimension: 'pressure', toCanonical: 1e-3, name: 'kilopascal' },
  { symbol: 'GPa', dimension: 'pressure', toCanonical: 1e3, name: 'gigapascal' },
  { symbol: 'bar', dimension: 'pressure', toCanonical: 0.1, name: 'bar' },
  { symbol: 'Pa', dimension: 'pressure', toCanonical: 1e-6, name: 'pascal' },
];

/** Words and bare symbols that stand for units of §3 but are too far from them to be typos. */
const WORD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '%': ['wt%', 'vol%'],
  wt: ['wt%'],
  vol: ['vol%'],
  micron: ['um'],
  microns: ['um'],
};

/**
 * One spelling for every way of writing the same unit: case folded, `µ`/`μ` → `u`,
 * superscripts → digits, and separators and `-1` exponents dropped, so `mS cm-1`,
 * `mS·cm⁻¹`, `mScm` and `ms/cm` all read `mscm`.
 */
function spellingKey(symbol: string): string {
  return symbol
    .normalize('NFKC')
    .toLowerCase()
    .replace(/μ/g, 'u')
    .replace(/[−–]/g, '-')
    .replace(/\^/g, '')
    .replace(/-1(?![0-9])/g, '')
    .replace(/[\s/*·.\-]/g, '');
}

/** Units written longer than this get no suggestion (the longest real one, `mS cm^-1`, has 9 characters). */
const MAX_SUGGESTED_UNIT_LENGTH = 32;

/** The literature unit (`Ah/g`, `kPa`, `m`…) this symbol spells, with its factor to the canonical unit. */
export function foreignUnit(symbol: string): UnitDefinition | undefined {
  const key = spellingKey(symbol);
  return (
    FOREIGN_UNITS.find((unit) => unit.symbol === symbol) ??
    FOREIGN_UNITS.find((unit) => spellingKey(unit.symbol) === key && !lookupUnit(symbol))
  );
}

/** How far a typo may reach: none for one character (`x` is not a typo of `V`), then 1, then 2. */
function typoReach(key: string): number {
  return key.length <= 1 ? 0 : key.length <= 4 ? 1 : 2;
}

/**
 * Units of §3 the user may have meant by `symbol`, best first: `v` → [`V`], `mah/g` → [`mAh/g`],
 * `µM` → [`um`], `mScm` → [`mS/cm`]. With `dimensions`, only units of those dimensions (a
 * suggestion the key would then reject is no help). Empty when nothing is close, and for a
 * unit of another scale (see `foreignUnit`).
 */
export function suggestUnits(symbol: string, dimensions?: readonly Dimension[]): string[] {
  if (symbol.length > MAX_SUGGESTED_UNIT_LENGTH) return [];
  const candidates = UNITS.filter((unit) => !dimensions || dimensions.includes(unit.dimension));
  const exact = candidates.find((unit) => unit.symbol === symbol);
  if (exact) return [exact.symbol];

  const key = spellingKey(symbol);
  const sameSpelling = candidates.filter((unit) => spellingKey(unit.symbol) === key);
  if (sameSpelling.length > 0) return sameSpelling.map((unit) => unit.symbol);

  const aliases = Object.hasOwn(WORD_ALIASES, key) ? WORD_ALIASES[key] : undefined;
  if (aliases) return aliases.filter((alias) => candidates.some((unit) => unit.symbol === alias));

  if (lookupUnit(symbol) || foreignUnit(symbol)) return [];

  // Only the nearest: `mAh/gm` is one edit from mAh/g, and two from mAh/cm2 is no longer a typo of it.
  const distances = candidates.map((unit) => ({ symbol: unit.symbol, distance: editDistance(key, spellingKey(unit.symbol)) }));
  const nearest = Math.min(...distances.map((entry) => entry.distance));
  if (nearest > typoReach(key)) return [];
  return distances.filter((entry) => entry.distance === nearest).map((entry) => entry.symbol);
}
