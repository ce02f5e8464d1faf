/**
 * Which elements make a composition worth charge-checking, which anion family each anion
 * belongs to, and which anion states are polyanions. Data read by the rules in
 * `charge-balance.ts` and `anion-class.ts` (docs/language.md §5).
 */

/**
 * A composition is charge-checked only if it contains one of these anion formers
 * (docs/language.md §5). Without them it is a metal, an alloy (LiIn, Li15Si4) or lithiated carbon
 * (LiC6), where formal oxidation states mean nothing.
 */
export const CHARGE_CHECKED_ELEMENTS: ReadonlySet<string> = new Set(['H', 'N', 'O', 'F', 'P', 'S', 'Cl', 'Se', 'Br', 'Te', 'I']);

/**
 * Covalent frameworks whose atoms take several formal states within one molecule or cluster, so
 * a formula-level charge balance that fails says nothing: organics (C with H: PVDF's carbon is
 * −2 in CH2 and +2 in CF2; PTFE has no H and is checked) and boron hydride clusters (B with H:
 * closo-borates such as Li2B12H12). Checked first as ionic compounds (LiBH4 balances as B3+, H−).
 */
export const COVALENT_FRAMEWORKS: readonly { readonly elements: readonly string[]; readonly label: string }[] = [
  { elements: ['C', 'H'], label: 'an organic (C–H) composition such as a polymer binder' },
  { elements: ['B', 'H'], label: 'a boron hydride cluster (B–H) such as a closo-borate' },
];

/**
 * Chalcogens whose states above −2 (−1: peroxide, persulfide S2²⁻, perselenide) are anionic
 * redox rather than ordinary balance: such a formula is reported as `stoich/anion-redox`
 * (Li3NiS4 balances only with S partly at −1). Which of these states exist is the element
 * table's data: pymatgen lists S−1, Se−1 and Te−1 among the ICSD states, but O−1 in neither
 * list, so an oxide never reaches −1 here (and LiCoO3 stays unbalanced rather than a peroxide).
 */
export const POLYANION_CHALCOGENS: ReadonlySet<string> = new Set(['O', 'S', 'Se', 'Te', 'Po']);

/**
 * The counter-cations of catenated anions and of high-valent oxo-anions: hydrogen and the
 * alkali and alkaline-earth metals. Their peroxides, superoxides and ozonides (Li2O2, NaO2, KO2,
 * KO3), polysulfides (Li2S4 … Li2S8), azides (LiN3, NaN3) and ferrates (K2FeO4, SrFeO3) are
 * stable compounds (N. N. Greenwood, A. Earnshaw, Chemistry of the Elements, 2nd ed., 1997,
 * ch. 14 "Peroxides and superoxides" and ch. 15 "Polysulfides"; superoxides have O at −1/2 with
 * the heavier alkali metals, Wikipedia "Superoxide"). Beside a d-block metal an oxide short of
 * charge is a mistake, not a peroxide: LiCoO3 stays `stoich/charge` (docs/language.md §4's example).
 */
export const CATENATE_COUNTER_CATIONS: ReadonlySet<string> = new Set(['H', 'Li', 'Na', 'K', 'Rb', 'Cs', 'Mg', 'Ca', 'Sr', 'Ba']);

/**
 * Anions that form chains (catenate): a chain of n atoms carries 2− or 1−, so each atom
 * averages above its simple state, down to the longest chain's −2/n. Tried only beside
 * CATENATE_COUNTER_CATIONS, and reported as anion redox (`stoich/anion-redox`), never as
 * plain balance. `highest` is the least negative average state reached.
 */
export const CATENATED_ANIONS: Readonly<Record<string, { readonly highest: number; readonly chains: readonly { readonly state: number; readonly name: string }[] }>> = {
  O: { highest: -1 / 3, chains: [{ state: -1, name: 'peroxide O2²⁻' }, { state: -1 / 2, name: 'superoxide O2⁻' }, { state: -1 / 3, name: 'ozonide O3⁻' }] },
  S: { highest: -1 / 4, chains: [{ state: -1, name: 'persulfide S2²⁻' }, { state: -2 / 3, name: 'polysulfide S3²⁻' }, { state: -1 / 2, name: 'polysulfide S4²⁻' }, { state: -1 / 3, name: 'polysulfide S6²⁻' }, { state: -1 / 4, name: 'polysulfide S8²⁻' }] },
  Se: { highest: -1 / 4, chains: [{ state: -1, name: 'perselenide Se2²⁻' }, { state: -1 / 2, name: 'polyselenide Se4²⁻' }] },
  Te: { highest: -1 / 4, chains: [{ state: -1, name: 'ditelluride Te2²⁻' }] },
  N: { highest: -1 / 3, chains: [{ state: -1 / 3, name: 'azide N3⁻' }] },
};

/**
 * Oxidation states beyond pymatgen's lists that real oxides reach beside the most electropositive
 * cations: ferrates Fe⁴⁺ (SrFeO3, BaFeO3, CaFeO3) and Fe⁶⁺ (K2FeO4, BaFeO4); RuO4, OsO4 (+8,
 * the highest state of any element) and K2OsO4 (Os⁶⁺), KRuO4 (Ru⁷⁺). Sources: Wikipedia
 * "Potassium ferrate" (K2FeO4, "a rare example of an iron(VI) compound") and "Ferrate" (ferrate(IV)
 * and (V) oxyanions also exist); Wikipedia "Osmium tetroxide" (osmium(VIII) oxide); the
 * Universität Freiburg lecture notes on MO4 oxides ("die Oxide der 8-wertigen Übergangsmetalle
 * Osmium und Ruthenium, RuO4 und OsO4"). Tried only in oxides whose other cations are all
 * CATENATE_COUNTER_CATIONS (at least one when `needsCounterCation`), so a mistyped LiFePO5 or FeO3
 * is still `stoich/charge`.
 */
export const HIGH_VALENT_STATES: readonly { readonly symbol: string; readonly states: readonly number[]; readonly needsCounterCation: boolean; readonly examples: string }[] = [
  { symbol: 'Fe', states: [4, 6], needsCounterCation: true, examples: 'SrFeO3, BaFeO3 (Fe⁴⁺), K2FeO4 (Fe⁶⁺)' },
  { symbol: 'Ru', states: [7, 8], needsCounterCation: false, examples: 'KRuO4 (Ru⁷⁺), RuO4 (Ru⁸⁺)' },
  { symbol: 'Os', states: [6, 8], needsCounterCation: false, examples: 'K2OsO4 (Os⁶⁺), OsO4 (Os⁸⁺)' },
];

export type AnionFamily = 'oxide' | 'sulfide' | 'halide' | 'nitride' | 'phosphide' | 'hydride';

/**
 * The family an element's anion belongs to (docs/language.md §5): O → oxide; S, Se, Te →
 * chalcogenide ("sulfide"); F, Cl, Br, I → halide; N → nitride; H with a negative state →
 * hydride. The heavier pnictides (P³⁻, As³⁻, Sb³⁻, as in Li3P) are phosphides: strongly
 * reducing like nitrides, but a class of their own (Li3P is a reduction product of thiophosphate
 * electrolytes, not a nitride). Po and At follow their groups. Carbide, boride and silicide
 * anions (C⁴⁻, B³⁻, Si⁴⁻) belong to no family and do not count towards a class.
 */
export const ANION_FAMILY: Readonly<Record<string, AnionFamily>> = {
  O: 'oxide',
  S: 'sulfide',
  Se: 'sulfide',
  Te: 'sulfide',
  Po: 'sulfide',
  F: 'halide',
  Cl: 'halide',
  Br: 'halide',
  I: 'halide',
  At: 'halide',
  N: 'nitride',
  P: 'phosphide',
  As: 'phosphide',
  Sb: 'phosphide',
  H: 'hydride',
};

/**
 * Anion classes a chemist names by a molecular anion rather than by one element, recognised by
 * composition before the per-element families: cyanides (C≡N⁻, one C per N: the Prussian blue
 * and white frameworks Na2MnFe(CN)6, whose N is not a nitride) and hydroborates (B–H anions:
 * borohydride BH4⁻, closo-borates B12H12²⁻, B10H10²⁻ and carba-closo CB11H12⁻ — complex hydrides
 * whose H is hydridic; LiBH4, Li2B12H12, LiCB11H12, Na4(B12H12)(B10H10)).
 */
export const MOLECULAR_ANION_CLASSES: readonly {
  readonly anionClass: 'cyanide' | 'hydroborate';
  /** Every one of these must be present. */
  readonly elements: readonly [string, string];
  /** amount(second) / amount(first) must lie in this range. */
  readonly ratio: { readonly min: number; readonly max: number };
}[] = [
  { anionClass: 'cyanide', elements: ['C', 'N'], ratio: { min: 0.95, max: 1.05 } },
  { anionClass: 'hydroborate', elements: ['B', 'H'], ratio: { min: 1, max: 4 } },
];
