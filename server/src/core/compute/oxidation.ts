/**
 * How far a cathode may drive an electrolyte it touches — the rule of `window/oxidation`, in one
 * place: the check reports a cathode above it, and the electrolytes a fix suggests must cover it.
 * A homo-category contact (the same anion class on both sides, the review's design principle)
 * gets the slack of the settings: computed windows are thermodynamic and narrow, and such
 * interfaces are kinetically stable in practice; a hetero-category contact gets none.
 */
import type { AnionClass } from '../chemistry/anion-class';
import { compatibility } from '../chemistry/compatibility';
import type { MaterialModel, WindowLimit } from '../model';

export interface OxidationLimit {
  /** The electrolyte's own oxidation limit, V vs the working ion's metal, with its provenance. */
  readonly limit: WindowLimit;
  /** The slack added for a homo-category contact (0 for a hetero-category one). */
  readonly slack: number;
  readonly homoCategory: boolean;
  /** limit + slack: the highest voltage the contact tolerates. */
  readonly tolerated: number;
}

/** The voltage an electrolyte tolerates against a cathode of `cathodeClass`; undefined when its oxidation limit or a class is unknown. */
export function toleratedVoltage(electrolyte: MaterialModel, cathodeClass: AnionClass | undefined, homoCategorySlack: number): OxidationLimit | undefined {
  const limit = electrolyte.window?.high;
  const electrolyteClass = electrolyte.chemistry?.anionClass;
  if (!limit || !cathodeClass || !electrolyteClass) return undefined;
  const homoCategory = compatibility(cathodeClass, electrolyteClass).homoCategory;
  const slack = homoCategory ? homoCategorySlack : 0;
  return { limit, slack, homoCategory, tolerated: limit.value + slack };
}
