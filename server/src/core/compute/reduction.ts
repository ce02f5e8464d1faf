/**
 * When an anode reduces an electrolyte into a growing interphase — the rule of
 * `window/reduction`, in one place: the check reports it, and the electrolyte a fix suggests for
 * a separator must not break it.
 */
import type { MaterialModel, WindowLimit } from '../model';

/** Anything at or within a few mV of the metal's own couple (Li/Li+, Na/Na+) counts as the metal. */
export const METAL_REDUCTION_MARGIN = 0.05;

/** The lowest potential an anode reaches, V vs the working ion's metal: the low end of its voltage range (Si and graphite lithiate down to tens of mV), else its voltage. */
export function lowestPotential(anode: MaterialModel): number | undefined {
  return anode.voltageRange?.low ?? anode.voltage?.value;
}

/**
 * What is known of the potential below which an electrolyte is reduced, in the order it is trusted:
 * - `limit`: its window's lower limit (computed, else measured); an anode below it reduces it;
 * - `reducedAt`: no limit, but a source reports an anode reducing it (Li3InCl6 at In/InLi,
 *   0.62 V): a lower bound on the limit, so an anode at or below that potential reduces it and
 *   one above learns nothing (`value` is the anode's potential, reached inclusively);
 * - the metal: no limit and no such anode, but the library knows what its reduction products do
 *   at a metal anode (`interphase`), so it is reduced by Li (Li3ErCl6's Er³⁺) or Na
 *   (Na2.25Y0.25Zr0.75Cl6's Zr⁴⁺): a metal anode (0 V) is below it, an alloy learns nothing.
 */
export function reductionPotential(
  electrolyte: MaterialModel,
): { value: number; limit?: WindowLimit; reducedAt?: NonNullable<MaterialModel['reducedAt']> } | undefined {
  const low = electrolyte.window?.low;
  if (low) return { value: low.value, limit: low };
  if (electrolyte.reducedAt) return { value: electrolyte.reducedAt.value, reducedAt: electrolyte.reducedAt };
  if (electrolyte.interphase) return { value: METAL_REDUCTION_MARGIN };
  return undefined;
}

/** Whether an anode at `potential` is known to reduce `electrolyte`: below its limit, at or below an anode that does, or at the metal. */
export function isReducedAt(electrolyte: MaterialModel, potential: number): boolean {
  const reduction = reductionPotential(electrolyte);
  if (!reduction) return false;
  return reduction.reducedAt ? potential <= reduction.value : potential < reduction.value;
}

/** Whether an anode at `potential` reduces `electrolyte` continuously: it reduces it (isReducedAt), into a mixed-conducting interphase. */
export function reducedContinuously(electrolyte: MaterialModel, potential: number): boolean {
  return electrolyte.interphase?.value === 'mixed' && isReducedAt(electrolyte, potential);
}
