/**
 * Electrolytes whose reduction products passivate (Li2S/Li3P/LiCl for argyrodites): the
 * interlayer a `window/reduction` fix puts between an anode and an electrolyte it reduces.
 * Suggested in order: those that conduct well enough to add little resistance as a thin layer
 * (INTERLAYER_MIN_IONIC_MS_PER_CM) before those that do not; among them, those whose reduction
 * limit the library knows, the anode reducing the least first (the lowest limit); then by
 * conductivity.
 */
import { allLibraryMaterials } from '../model/library-materials';
import type { MaterialModel } from '../model';

/** 1 mS/cm: a 10 µm interlayer then adds at most 1 Ω·cm². */
export const INTERLAYER_MIN_IONIC_MS_PER_CM = 1;

let cached: MaterialModel[] | undefined;

export function passivatingInterlayers(): readonly MaterialModel[] {
  const conducts = (m: MaterialModel): number => Number((m.ionic?.value.high ?? 0) >= INTERLAYER_MIN_IONIC_MS_PER_CM);
  const limit = (m: MaterialModel): number => m.window?.low?.value ?? Infinity;
  cached ??= allLibraryMaterials()
    .filter((m) => m.role?.value === 'electrolyte' && m.interphase?.value === 'passivating')
    .sort((a, b) => conducts(b) - conducts(a) || limit(a) - limit(b) || (b.ionic?.value.high ?? 0) - (a.ionic?.value.high ?? 0));
  return cached;
}
