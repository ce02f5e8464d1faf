/**
 * When an anode reduces an electrolyte into a growing interphase — the rule of
 * `window/reduction`, in one place: the check reports it, and the electrolyte a fix suggests for
 * a separator must not break it.
 */
import type { MaterialModel, WindowLimit } from '../model';

/** Anything at or within a few mV of Li/Li+ counts as lithium metal. */
export const LITHIUM_REDUCTION_MARGIN = 0.05;

/** The lowest potential an anode reaches, V vs Li/Li⁺: the low end of its voltage range (Si and graphite lithiate down to tens of mV), else its voltage. */
export function lowestPotential(anode: MaterialModel): number | undefined {
  return anode.voltageRange?.low ?? anode.voltage?.value;
}

/**
 * The potential below which an electrolyte is reduced: its window's lower limit (`limit`); or,
 * where no limit is known but the library knows what its reduction products do at a lithium
 * anode (`interphase`), lithium metal's own potential: it is reduced by Li (Li3InCl6's In³⁺,
 * Li3ScCl6's Sc³⁺), so a Li-metal anode (0 V) is below it, while what happens at Li–In stays unknown.
 */
export function reductionPotential(electrolyte: MaterialModel): { value: number; limit?: WindowLimit } | undefined {
  const low = electrolyte.window?.low;
  if (low) return { value: low.value, limit: low };
  if (electrolyte.interphase) return { value: LITHIUM_REDUCTION_MARGIN };
  return undefined;
}

/** Whether an anode at `potential` reduces `electrolyte` continuously: below its reduction potential, into a mixed-conducting interphase. */
export function reducedContinuously(electrolyte: MaterialModel, potential: number): boolean {
  if (electrolyte.interphase?.value !== 'mixed') return false;
  const reduction = reductionPotential(electrolyte);
  return reduction !== undefined && potential < reduction.value;
}
