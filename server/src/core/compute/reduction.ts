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
 * The potential below which an electrolyte is reduced: its window's lower limit (`limit`); or,
 * where no limit is known but the library knows what its reduction products do at a metal
 * anode (`interphase`), the metal's own potential: it is reduced by Li (Li3InCl6's In³⁺,
 * Li3ScCl6's Sc³⁺) or Na (Na2.25Y0.25Zr0.75Cl6's Zr⁴⁺), so a metal anode (0 V) is below it,
 * while what happens at Li–In stays unknown.
 */
export function reductionPotential(electrolyte: MaterialModel): { value: number; limit?: WindowLimit } | undefined {
  const low = electrolyte.window?.low;
  if (low) return { value: low.value, limit: low };
  if (electrolyte.interphase) return { value: METAL_REDUCTION_MARGIN };
  return undefined;
}

/** Whether an anode at `potential` reduces `electrolyte` continuously: below its reduction potential, into a mixed-conducting interphase. */
export function reducedContinuously(electrolyte: MaterialModel, potential: number): boolean {
  if (electrolyte.interphase?.value !== 'mixed') return false;
  const reduction = reductionPotential(electrolyte);
  return reduction !== undefined && potential < reduction.value;
}
