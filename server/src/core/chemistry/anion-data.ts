/**
 * Which elements make a composition worth charge-checking, which anion family each anion
 * belongs to, and which anion states are polyanions. Data read by the rules in
 * `charge-balance.ts` and `anion-class.ts` (LANGUAGE.md §5).
 */

/**
 * A composition is charge-checked only if it contains one of these anion formers
 * (LANGUAGE.md §5). Without them it is a metal, an alloy (LiIn, Li15Si4) or lithiated carbon
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
 * The elements beside which oxygen may sit at −1, as the peroxide ion O2²⁻: hydrogen and the
 * alkali and alkaline-earth metals, whose peroxides (H2O2, Li2O2, Na2O2, BaO2) are stable
 * compounds (N. N. Greenwood, A. Earnshaw, Chemistry of the Elements, 2nd ed., 1997, ch. 14,
 * "Peroxides and superoxides"). O−1 is in neither of pymatgen's lists, and allowing it beside a
 * d-block metal would make an oxide short of charge — LiCoO3, LANGUAGE.md's own example of
 * `stoich/charge` — a "peroxide"; so a formula is tried with oxygen at −1 (then reported as
 * `stoich/anion-redox`, like a persulfide) only when every other element is one of these.
 */
export const PEROXIDE_FORMERS: ReadonlySet<string> = new Set(['H', 'Li', 'Na', 'K', 'Rb', 'Cs', 'Mg', 'Ca', 'Sr', 'Ba']);

export type AnionFamily = 'oxide' | 'sulfide' | 'halide' | 'nitride' | 'hydride';

/**
 * The family an element's anion belongs to (LANGUAGE.md §5): O → oxide; S, Se, Te →
 * chalcogenide ("sulfide"); F, Cl, Br, I → halide; N → nitride; H with a negative state →
 * hydride. The heavier pnictides (P³⁻, As³⁻, Sb³⁻, as in Li3P) join the nitride family: the
 * same group-15 anion chemistry, strongly reducing, and no solid electrolyte or cathode class
 * of its own in this domain. Po and At follow their groups. Carbide, boride and silicide
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
  P: 'nitride',
  As: 'nitride',
  Sb: 'nitride',
  H: 'hydride',
};
