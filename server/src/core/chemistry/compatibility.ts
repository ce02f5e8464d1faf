/**
 * Cathode ↔ electrolyte compatibility by anion class: the review's homo-category principle
 * (docs/language.md §5). A data table: one row per unordered pair of classes, each with its reason
 * and source; the rule only looks rows up.
 */
import type { AnionClass } from './anion-class';

export interface Compatibility {
  readonly compatible: boolean;
  /** Same anion class on both sides: the contact the window check gives its slack to. */
  readonly homoCategory: boolean;
  readonly reason: string;
  readonly source: string;
}

const REVIEW = 'Zhang, Zhao, Li & Sun, ICDC cathode minireview';
const SOURCE_HOMO = `${REVIEW}, §5 and Fig. 5 (design principle 1)`;
const SOURCE_OXIDE_SULFIDE = `${REVIEW}, §2 and Fig. 2a`;
const SOURCE_HALIDE_NEAR_OXIDE = `${REVIEW}, §2 (halide SSEs share a chemical potential similar to oxides, its refs. 34 and 37)`;
const SOURCE_HETERO = `${REVIEW}, §2 and §5, Fig. 5`;
const SOURCE_NONE = 'Cellspec rule (docs/language.md §5): the homo-category principle compares anion sublattices';

const SAME_CLASS =
  'homo-category: the same anion chemistry on both sides, so there is no chemical-potential gap, no space-charge layer and no cross-anion side reaction';
const OXIDE_SULFIDE =
  'oxides have a much higher chemical potential than sulfides: a Li-depleted space-charge layer forms at the interface and the high-potential cathode oxidises S and P of the electrolyte';
const HALIDE_NEAR_OXIDE = 'halides share a chemical potential similar to that of oxides, so the interface stays compatible without a coating';
const SULFIDE_VS_OXIDE_LIKE =
  'sulfides sit far below halides and oxyhalides in chemical potential (those are close to oxides): the gap, the space-charge layer and the interfacial reactions of an oxide/sulfide contact apply';
const NO_ANION_SUBLATTICE =
  'one side has no anion sublattice (a metal, an alloy, carbon or an element such as S8), so the anion-class rule does not apply';

const SOURCE_HYDROBORATE =
  'R. Asakura, PhD thesis, Université de Genève/Empa (2021), "Hydroborate Solid Electrolytes for High-Voltage All-Solid-State Batteries" (TiS2 and layered-oxide cathodes with closo-borates); H. Braun et al., ACS Energy Lett. 9, 707 (2024) (a hydroborate cell with NMC811)';
const HYDROBORATE_CATHODES =
  'closo-hydroborates are oxidatively stable to high voltage and have been cycled against TiS2 and layered-oxide (NMC811) cathodes without a coating';
const HETERO = 'hetero-category: different anion chemistries; the homo-category principle pairs a cathode and an electrolyte of one anion class';

function UNTESTED_HETERO(a: string, b: string): string {
  return `hetero-category: ${a} and ${b} anions differ, and no source read here shows the pair to be compatible; the homo-category principle pairs one anion class`;
}

function reducingAnion(family: string, other: string): string {
  return `hetero-category: ${family} anions are strongly reducing and far from ${other} in chemical potential; the homo-category principle pairs a cathode and an electrolyte of one anion class`;
}

interface PairRow {
  readonly classes: readonly [AnionClass, AnionClass];
  readonly compatible: boolean;
  readonly reason: string;
  readonly source: string;
}

// prettier-ignore
const PAIRS: readonly PairRow[] = [
  { classes: ['oxide', 'oxide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['sulfide', 'sulfide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['halide', 'halide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['oxyhalide', 'oxyhalide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['nitride', 'nitride'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['hydride', 'hydride'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },

  { classes: ['oxide', 'halide'], compatible: true, reason: HALIDE_NEAR_OXIDE, source: SOURCE_HALIDE_NEAR_OXIDE },
  { classes: ['oxide', 'oxyhalide'], compatible: true, reason: `an oxyhalide combines oxide and halide anions; ${HALIDE_NEAR_OXIDE}`, source: SOURCE_HALIDE_NEAR_OXIDE },
  { classes: ['halide', 'oxyhalide'], compatible: true, reason: 'an oxyhalide shares the halide anions and, like a halide, sits close to the oxide chemical potential', source: SOURCE_HALIDE_NEAR_OXIDE },

  { classes: ['oxide', 'sulfide'], compatible: false, reason: OXIDE_SULFIDE, source: SOURCE_OXIDE_SULFIDE },
  { classes: ['sulfide', 'halide'], compatible: false, reason: SULFIDE_VS_OXIDE_LIKE, source: SOURCE_HETERO },
  { classes: ['sulfide', 'oxyhalide'], compatible: false, reason: SULFIDE_VS_OXIDE_LIKE, source: SOURCE_HETERO },

  { classes: ['nitride', 'oxide'], compatible: false, reason: reducingAnion('nitride (pnictide)', 'oxides'), source: SOURCE_HETERO },
  { classes: ['nitride', 'sulfide'], compatible: false, reason: reducingAnion('nitride (pnictide)', 'sulfides'), source: SOURCE_HETERO },
  { classes: ['nitride', 'halide'], compatible: false, reason: reducingAnion('nitride (pnictide)', 'halides'), source: SOURCE_HETERO },
  { classes: ['nitride', 'oxyhalide'], compatible: false, reason: reducingAnion('nitride (pnictide)', 'oxyhalides'), source: SOURCE_HETERO },
  { classes: ['hydride', 'oxide'], compatible: false, reason: reducingAnion('hydride', 'oxides'), source: SOURCE_HETERO },
  { classes: ['hydride', 'sulfide'], compatible: false, reason: reducingAnion('hydride', 'sulfides'), source: SOURCE_HETERO },
  { classes: ['hydride', 'halide'], compatible: false, reason: reducingAnion('hydride', 'halides'), source: SOURCE_HETERO },
  { classes: ['hydride', 'oxyhalide'], compatible: false, reason: reducingAnion('hydride', 'oxyhalides'), source: SOURCE_HETERO },
  { classes: ['hydride', 'nitride'], compatible: false, reason: 'hetero-category: hydride and nitride are different anion chemistries; the homo-category principle pairs a cathode and an electrolyte of one anion class', source: SOURCE_HETERO },

  // Phosphides (Li3P): as reducing as nitrides, of the same group-15 chemistry.
  { classes: ['phosphide', 'phosphide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['phosphide', 'nitride'], compatible: true, reason: 'the same group-15 (pnictide) anion chemistry, both strongly reducing: no chemical-potential gap between them', source: SOURCE_HETERO },
  { classes: ['phosphide', 'oxide'], compatible: false, reason: reducingAnion('phosphide', 'oxides'), source: SOURCE_HETERO },
  { classes: ['phosphide', 'sulfide'], compatible: false, reason: reducingAnion('phosphide', 'sulfides'), source: SOURCE_HETERO },
  { classes: ['phosphide', 'halide'], compatible: false, reason: reducingAnion('phosphide', 'halides'), source: SOURCE_HETERO },
  { classes: ['phosphide', 'oxyhalide'], compatible: false, reason: reducingAnion('phosphide', 'oxyhalides'), source: SOURCE_HETERO },
  { classes: ['phosphide', 'hydride'], compatible: false, reason: HETERO, source: SOURCE_HETERO },

  // Hydroborates (LiBH4, closo-borates): complex hydrides, oxidatively far more stable than simple ones.
  { classes: ['hydroborate', 'hydroborate'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['hydroborate', 'hydride'], compatible: true, reason: 'a hydroborate is a complex hydride: the same hydridic anion chemistry on both sides', source: SOURCE_HYDROBORATE },
  { classes: ['hydroborate', 'oxide'], compatible: true, reason: HYDROBORATE_CATHODES, source: SOURCE_HYDROBORATE },
  { classes: ['hydroborate', 'sulfide'], compatible: true, reason: HYDROBORATE_CATHODES, source: SOURCE_HYDROBORATE },
  { classes: ['hydroborate', 'halide'], compatible: false, reason: UNTESTED_HETERO('hydroborate', 'halide'), source: SOURCE_HETERO },
  { classes: ['hydroborate', 'oxyhalide'], compatible: false, reason: UNTESTED_HETERO('hydroborate', 'oxyhalide'), source: SOURCE_HETERO },
  { classes: ['hydroborate', 'nitride'], compatible: false, reason: HETERO, source: SOURCE_HETERO },
  { classes: ['hydroborate', 'phosphide'], compatible: false, reason: HETERO, source: SOURCE_HETERO },

  // Cyanides (Prussian blue and white frameworks): a molecular C≡N⁻ sublattice of their own.
  { classes: ['cyanide', 'cyanide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  ...(['oxide', 'sulfide', 'halide', 'oxyhalide', 'nitride', 'phosphide', 'hydride', 'hydroborate'] as const).map(
    (other): PairRow => ({ classes: ['cyanide', other], compatible: false, reason: UNTESTED_HETERO('cyanide', other), source: SOURCE_HETERO }),
  ),

  { classes: ['none', 'none'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'phosphide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'hydroborate'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'cyanide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'oxide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'sulfide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'halide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'oxyhalide'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'nitride'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
  { classes: ['none', 'hydride'], compatible: true, reason: NO_ANION_SUBLATTICE, source: SOURCE_NONE },
];

const BY_PAIR: ReadonlyMap<string, Compatibility> = new Map(
  PAIRS.flatMap((row) => {
    const value: Compatibility = {
      compatible: row.compatible,
      homoCategory: row.classes[0] === row.classes[1] && row.classes[0] !== 'none',
      reason: row.reason,
      source: row.source,
    };
    return [
      [pairKey(row.classes[0], row.classes[1]), value],
      [pairKey(row.classes[1], row.classes[0]), value],
    ] as const;
  }),
);

export function compatibility(cathodeClass: AnionClass, electrolyteClass: AnionClass): Compatibility {
  const row = BY_PAIR.get(pairKey(cathodeClass, electrolyteClass));
  if (!row) throw new Error(`no compatibility row for ${cathodeClass} / ${electrolyteClass}`);
  return row;
}

/** Every row of the table, for documentation and tests. */
export function compatibilityTable(): readonly { cathodeClass: AnionClass; electrolyteClass: AnionClass; compatibility: Compatibility }[] {
  return PAIRS.map((row) => ({ cathodeClass: row.classes[0], electrolyteClass: row.classes[1], compatibility: compatibility(row.classes[0], row.classes[1]) }));
}

function pairKey(a: AnionClass, b: AnionClass): string {
  return `${a}|${b}`;
}
