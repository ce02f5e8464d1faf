/**
 * Cathode ↔ electrolyte compatibility by anion class: the review's homo-category principle
 * (docs/language.md §5). A data table: one row per unordered pair of classes, each with its reason
 * and source; the rule only looks rows up. The rows hold for sodium pairs as for lithium ones
 * (the review extends its strategy to sodium, §5 outlook 5); where a source shows a pair with
 * sodium materials, the row gives that evidence for sodium (`byIon`), and a reason that names
 * the ion is a template in its words (chemistry/ions.ts).
 */
import type { AnionClass } from './anion-class';
import { DEFAULT_ION, ionText, type WorkingIon } from './ions';

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
  'oxides have a much higher chemical potential than sulfides: a {ion}-depleted space-charge layer forms at the interface and the high-potential cathode oxidises S and P of the electrolyte';

// Sodium pairs, from the sodium research notes (research/sodium.md §8).
const SODIUM_OXIDE_SULFIDE =
  'oxides sit far above sulfides in chemical potential with sodium too: uncoated NaCrO2 in Na3PS4 falls from about 130 to 60 mAh/g in seven cycles behind a growing resistive layer, and Na3PS4 oxidises to P2S5 and bridging sulfur against a 4 V layered oxide';
const SOURCE_SODIUM_OXIDE_SULFIDE =
  'A. Hayashi et al., J. Power Sources 258, 420 (2014) (NaCrO2 in Na3PS4); J. Fu et al., Adv. Mater. 36 (2024), doi:10.1002/adma.202308012 (Na3PS4 at 4 V)';
const SODIUM_HALIDE_NEAR_OXIDE =
  'sodium chlorides sit close to oxides as the lithium ones do: Na2.25Y0.25Zr0.75Cl6 is the catholyte of uncoated NaCrO2 (97 % first-cycle efficiency) and amorphous NaTaCl6 that of Na3V2(PO4)3';
const SOURCE_SODIUM_HALIDE_NEAR_OXIDE =
  'E. A. Wu et al., Nat. Commun. 12, 1256 (2021), doi:10.1038/s41467-021-21488-7; Y. Hu et al., Matter (2024), doi:10.1016/j.matt.2023.12.017';
const SODIUM_HYDROBORATE_OXIDE =
  'sodium closo-borates work against oxide cathodes without a coating: NaCrO2 cycles with Na4(B12H12)(B10H10) to 3.25 V, and Na3(VOPO4)2F to 4.15 V behind a self-passivating borate interphase';
const SOURCE_SODIUM_HYDROBORATE =
  'L. Duchêne et al., Energy Environ. Sci. 10, 2609 (2017), doi:10.1039/c7ee02420g; R. Asakura et al., Energy Environ. Sci. 13, 5048 (2020), doi:10.1039/d0ee01569e';
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
  /** A template in the working ion's words (`{ion}`). */
  readonly reason: string;
  readonly source: string;
  /** The evidence for a working ion other than the review's lithium, where a source shows the pair with its materials. */
  readonly byIon?: Partial<Record<WorkingIon, { readonly reason: string; readonly source: string }>>;
}

// prettier-ignore
const PAIRS: readonly PairRow[] = [
  { classes: ['oxide', 'oxide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['sulfide', 'sulfide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['halide', 'halide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['oxyhalide', 'oxyhalide'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['nitride', 'nitride'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },
  { classes: ['hydride', 'hydride'], compatible: true, reason: SAME_CLASS, source: SOURCE_HOMO },

  { classes: ['oxide', 'halide'], compatible: true, reason: HALIDE_NEAR_OXIDE, source: SOURCE_HALIDE_NEAR_OXIDE, byIon: { Na: { reason: SODIUM_HALIDE_NEAR_OXIDE, source: SOURCE_SODIUM_HALIDE_NEAR_OXIDE } } },
  { classes: ['oxide', 'oxyhalide'], compatible: true, reason: `an oxyhalide combines oxide and halide anions; ${HALIDE_NEAR_OXIDE}`, source: SOURCE_HALIDE_NEAR_OXIDE },
  { classes: ['halide', 'oxyhalide'], compatible: true, reason: 'an oxyhalide shares the halide anions and, like a halide, sits close to the oxide chemical potential', source: SOURCE_HALIDE_NEAR_OXIDE },

  { classes: ['oxide', 'sulfide'], compatible: false, reason: OXIDE_SULFIDE, source: SOURCE_OXIDE_SULFIDE, byIon: { Na: { reason: SODIUM_OXIDE_SULFIDE, source: SOURCE_SODIUM_OXIDE_SULFIDE } } },
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
  { classes: ['hydroborate', 'oxide'], compatible: true, reason: HYDROBORATE_CATHODES, source: SOURCE_HYDROBORATE, byIon: { Na: { reason: SODIUM_HYDROBORATE_OXIDE, source: SOURCE_SODIUM_HYDROBORATE } } },
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

const BY_PAIR: ReadonlyMap<string, PairRow> = new Map(
  PAIRS.flatMap((row) => [
    [pairKey(row.classes[0], row.classes[1]), row],
    [pairKey(row.classes[1], row.classes[0]), row],
  ] as const),
);

const RESOLVED = new Map<string, Compatibility>();

/** The row of a pair, in the words of the working ion and with its evidence for that ion where there is some. */
export function compatibility(cathodeClass: AnionClass, electrolyteClass: AnionClass, ion: WorkingIon = DEFAULT_ION): Compatibility {
  const key = `${pairKey(cathodeClass, electrolyteClass)}|${ion}`;
  const known = RESOLVED.get(key);
  if (known) return known;
  const row = BY_PAIR.get(pairKey(cathodeClass, electrolyteClass));
  if (!row) throw new Error(`no compatibility row for ${cathodeClass} / ${electrolyteClass}`);
  const evidence = row.byIon?.[ion];
  const value: Compatibility = {
    compatible: row.compatible,
    homoCategory: row.classes[0] === row.classes[1] && row.classes[0] !== 'none',
    reason: ionText(evidence?.reason ?? row.reason, ion),
    source: evidence?.source ?? row.source,
  };
  RESOLVED.set(key, value);
  return value;
}

/** Every row of the table, for documentation and tests. */
export function compatibilityTable(): readonly { cathodeClass: AnionClass; electrolyteClass: AnionClass; compatibility: Compatibility }[] {
  return PAIRS.map((row) => ({ cathodeClass: row.classes[0], electrolyteClass: row.classes[1], compatibility: compatibility(row.classes[0], row.classes[1]) }));
}

function pairKey(a: AnionClass, b: AnionClass): string {
  return `${a}|${b}`;
}
