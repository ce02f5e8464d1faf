/**
 * Electrolytes whose reduction products passivate (Li2S/Li3P/LiCl for argyrodites): the
 * interlayer a `window/reduction` fix puts between a Li-metal anode and a halide separator.
 * Suggested in order: those whose reduction limit the library knows, then by conductivity.
 */
import { allLibraryMaterials } from '../model/library-materials';
import type { MaterialModel } from '../model';

let cached: MaterialModel[] | undefined;

export function passivatingInterlayers(): readonly MaterialModel[] {
  cached ??= allLibraryMaterials()
    .filter((m) => m.role?.value === 'electrolyte' && m.interphase?.value === 'passivating')
    // Best known first: an electrolyte whose window the library knows, then the faster conductor.
    .sort((a, b) => Number(b.window?.low !== undefined) - Number(a.window?.low !== undefined) || (b.ionic?.value.high ?? 0) - (a.ionic?.value.high ?? 0));
  return cached;
}
