/**
 * "Which electrolyte should this cathode sit in?" — the quick fixes for `anion/mismatch` and
 * `window/oxidation` (docs/language.md §5): library electrolytes whose anion class is compatible
 * with the cathode's, those whose window covers the cathode's upper voltage first, then by
 * ionic conductivity. Each candidate carries the numbers its fix title shows.
 */
import type { AnionClass } from '../chemistry/anion-class';
import { carriedIon, DEFAULT_ION, type WorkingIon } from '../chemistry/ions';
import { ionCarriedBy } from '../model/ion';
import { compatibility } from '../chemistry/compatibility';
import { toleratedVoltage } from '../compute/oxidation';
import { reducedContinuously } from '../compute/reduction';
import { formatConductivity, formatSig } from '../text/numbers';
import { allLibraryMaterials } from '../model/library-materials';
import type { MaterialModel } from '../model';

export interface ElectrolyteCandidate {
  readonly name: string;
  readonly anionClass: AnionClass;
  /** mS/cm, the representative (upper) value of the library's range. */
  readonly ionicConductivity?: number;
  readonly window?: { readonly low?: number; readonly high?: number };
  /** Does the oxidation limit (plus the homo-category slack where it applies) cover the voltage? */
  readonly coversVoltage: boolean | 'unknown';
  readonly homoCategory: boolean;
  readonly source?: string;
}

/**
 * `anodePotentials`: for a separator that also touches the anode, the lowest potentials of the
 * anodes there — an electrolyte they reduce continuously (`window/reduction`) is no candidate.
 */
export function compatibleElectrolytes(
  cathodeClass: AnionClass,
  upperVoltage: number | undefined,
  homoCategorySlack: number,
  anodePotentials: readonly number[] = [],
  ion: WorkingIon = DEFAULT_ION,
): ElectrolyteCandidate[] {
  const candidates: ElectrolyteCandidate[] = [];
  for (const material of allLibraryMaterials()) {
    // Only conductors of the working ion: Li6PS5Cl is no candidate in a sodium cell (`cell/ion`).
    if (material.role?.value !== 'electrolyte' || !material.chemistry || ionCarriedBy(material) !== ion) continue;
    if (anodePotentials.some((potential) => reducedContinuously(material, potential))) continue;
    const electrolyteClass = material.chemistry.anionClass;
    const pair = compatibility(cathodeClass, electrolyteClass);
    if (!pair.compatible) continue;
    const low = material.window?.low?.value;
    const high = material.window?.high?.value;
    const window = low !== undefined || high !== undefined ? { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) } : undefined;
    const limit = toleratedVoltage(material, cathodeClass, homoCategorySlack)?.tolerated;
    const coversVoltage = upperVoltage === undefined || limit === undefined ? 'unknown' : limit >= upperVoltage;
    candidates.push({
      name: material.name,
      anionClass: electrolyteClass,
      ...(material.ionic ? { ionicConductivity: material.ionic.value.high } : {}),
      ...(window ? { window } : {}),
      coversVoltage,
      homoCategory: pair.homoCategory,
      ...(material.ionic?.source ? { source: material.ionic.source } : {}),
    });
  }
  const rank = (c: ElectrolyteCandidate): number => (c.coversVoltage === true ? 0 : c.coversVoltage === 'unknown' ? 1 : 2);
  return candidates.sort((a, b) => rank(a) - rank(b) || (b.ionicConductivity ?? 0) - (a.ionicConductivity ?? 0) || a.name.localeCompare(b.name));
}

/**
 * Coatings from the library in its curated order (LiNbO3, the standard buffer of oxide cathodes
 * against sulfides, first). Their computed windows are not the limit they work to: a nm-thin
 * coating protects kinetically, which is why LiNbO3 (computed 3.88 V) serves NCM811 to 4.3 V.
 * A coating is a thin ion conductor: one that holds the other working ion is not suggested
 * (the library has no sodium coating yet, so a sodium cathode gets none).
 */
export function suitableCoatings(ion: WorkingIon = DEFAULT_ION): { name: string; windowHigh?: number }[] {
  return allLibraryMaterials()
    .filter((m) => m.role?.value === 'coating' && (m.chemistry ? carriedIon(m.chemistry.formula.elements) ?? ion : ion) === ion)
    .map((m) => ({ name: m.name, ...(m.window?.high ? { windowHigh: m.window.high.value } : {}) }));
}

export function describeCandidate(c: ElectrolyteCandidate): string {
  const parts: string[] = [c.anionClass];
  if (c.ionicConductivity !== undefined) parts.push(formatConductivity(c.ionicConductivity).text);
  if (c.window?.high !== undefined) parts.push(`oxidation limit ${formatSig(c.window.high)} V`);
  return `${c.name} (${parts.join(', ')})`;
}

export function materialClass(material: MaterialModel): AnionClass | undefined {
  return material.chemistry?.anionClass;
}

