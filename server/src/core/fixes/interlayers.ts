/**
 * Electrolytes whose reduction products passivate (Li2S/Li3P/LiCl for argyrodites): the
 * interlayer a `window/reduction` fix puts between a Li-metal anode and a halide separator.
 */
import { allLibraryMaterials } from '../model/library-materials';
import type { MaterialModel } from '../model';

let cached: MaterialModel[] | undefined;

export function passivatingInterlayers(): readonly MaterialModel[] {
  cached ??= allLibraryMaterials()
    .filter((m) => m.role?.value === 'electrolyte' && m.interphase?.value === 'passivating')
    .sort((a, b) => (b.ionic?.value.high ?? 0) - (a.ionic?.value.high ?? 0));
  return cached;
}
