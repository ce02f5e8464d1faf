/**
 * Which electrolytes deform plastically when a composite electrode is cold-pressed, by anion
 * class. Data read by the size-aware percolation threshold (compute/particle-size.ts): a soft
 * particle coarser than the hard particles around it is pressed into the gaps between them, so
 * it connects like a particle of their size, not like a boulder among pebbles (the measured ionic
 * conductivity of NCM–Li6PS5Cl composites barely changes between electrolyte D50s of 4 and 40 µm
 * with 3.4 µm NCM: Schlautmann et al., Adv. Energy Mater. 13, 2302309 (2023), docs/validation.md).
 */
import type { AnionClass } from './anion-class';

export interface Deformability {
  /** Where the statement comes from, shown in docs and hovers. */
  readonly source: string;
  readonly method: 'experimental' | 'assumed';
}

export const DEFORMABLE_ANION_CLASSES: Readonly<Partial<Record<AnionClass, Deformability>>> = {
  // Sulfide glasses and glass-ceramics have Young's moduli near 20 GPa (a quarter of an oxide's)
  // and densify to near-full density by cold pressing alone.
  sulfide: { source: 'Sakuda et al., Sci. Rep. 3, 2261 (2013), doi:10.1038/srep02261', method: 'experimental' },
  // Chloride and bromide electrolytes are cold-pressed into dense pellets and composites the same
  // way; no measured modulus was read here, so this is an assumption (docs/computations.md §2).
  halide: { source: 'assumed like the sulfides: halide electrolytes are cold-pressed into dense pellets (no modulus read here)', method: 'assumed' },
};
