/**
 * The 118 elements: symbol, name, Z, atomic weight, Pauling electronegativity and known
 * oxidation states. Facts transcribed into our own table (no upstream file is vendored).
 *
 * Atomic weights — IUPAC/CIAAW abridged standard atomic weights 2021: T. Prohaska et al.,
 * "Standard atomic weights of the elements 2021 (IUPAC Technical Report)", Pure Appl. Chem.
 * 94, 573–600 (2022), doi:10.1515/pac-2019-0603, table of abridged values (five significant
 * figures; Li 6.94, S 32.06, Cl 35.45, Pb 207.2 are the interval elements' abridged values).
 * Rows built with `r(...)` have no standard atomic weight (no stable isotope, and no
 * characteristic terrestrial composition): their "weight" is the mass number of the
 * longest-lived isotope, as conventionally tabulated (e.g. Tc 97, Po 209, Lr 266).
 *
 * Oxidation states — the union of pymatgen's `common_oxidation_states` and
 * `icsd_oxidation_states` (keys "Common oxidation states" and "ICSD oxidation states" of
 * materialsproject/pymatgen, src/pymatgen/core/periodic_table.json, read at commit
 * 09f786b7e8f938773bfd95d1abb69e066d64cc53). The common list alone is too narrow for
 * battery materials (it has only Ni2+, so LiNiO2 would fail); the ICSD list adds the states
 * seen in ≥ 10 ICSD structures and ≥ 1 % of the element's entries (S−1, Ni3+, Co4+ …).
 * Zero is never listed: an element in a compound is charged or it is not a compound.
 *
 * Electronegativity — Pauling scale, the "X" values of the same pymatgen file; `null` where
 * none is defined (He, Ne, Ar, Z ≥ 104).
 *
 * Reference cation state (last column, only where an element has several positive states):
 * the state a chemist writes first, used as the starting point of the displayed assignment
 * (never for the balanced/unbalanced verdict). It is the element's single positive
 * `common_oxidation_states` entry when there is one, otherwise its most frequent positive
 * species in pymatgen's ICSD statistics (src/pymatgen/analysis/icsd_bv.yaml, "occurrence"),
 * except three battery conventions: Co3+ and Mn4+ (the ICSD counts favour Co2+ and Mn2+,
 * but the layered and spinel cathodes LiCoO2, NCM, LiNi0.5Mn1.5O4 and Li2MnO3 are written
 * with Co3+ and Mn4+) and Fe2+ (ICSD favours Fe3+, but LiFePO4, Li2FeCl4 and the
 * Fe2+-substituted Li-rich sulfides are written with Fe2+; FeCl3 still comes out Fe3+,
 * because the balance moves Fe to wherever it must be).
 */

export interface ElementData {
  readonly z: number;
  readonly symbol: string;
  readonly name: string;
  /** g/mol: the abridged standard atomic weight, or a mass number (see `hasStandardWeight`). */
  readonly atomicWeight: number;
  /** False for elements without stable isotopes, whose weight is a mass number. */
  readonly hasStandardWeight: boolean;
  /** Pauling electronegativity; undefined where none is defined. */
  readonly paulingElectronegativity?: number;
  /** Known oxidation states, ascending, without zero. */
  readonly oxidationStates: readonly number[];
  /** The positive state an assignment starts from (see the header). */
  readonly referenceCationState?: number;
}

function e(z: number, symbol: string, name: string, atomicWeight: number, x: number | null, states: number[], reference?: number): ElementData {
  return build(z, symbol, name, atomicWeight, true, x, states, reference);
}

function r(z: number, symbol: string, name: string, massNumber: number, x: number | null, states: number[], reference?: number): ElementData {
  return build(z, symbol, name, massNumber, false, x, states, reference);
}

function build(
  z: number,
  symbol: string,
  name: string,
  atomicWeight: number,
  hasStandardWeight: boolean,
  x: number | null,
  states: number[],
  reference: number | undefined,
): ElementData {
  const positive = states.filter((s) => s > 0);
  return {
    z,
    symbol,
    name,
    atomicWeight,
    hasStandardWeight,
    ...(x !== null ? { paulingElectronegativity: x } : {}),
    oxidationStates: states,
    ...(reference !== undefined ? { referenceCationState: reference } : positive.length === 1 ? { referenceCationState: positive[0]! } : {}),
  };
}

// prettier-ignore
export const ELEMENTS: readonly ElementData[] = [
  e(1, 'H', 'Hydrogen', 1.0080, 2.2, [-1, 1]),
  e(2, 'He', 'Helium', 4.0026, null, []),
  e(3, 'Li', 'Lithium', 6.94, 0.98, [1]),
  e(4, 'Be', 'Beryllium', 9.0122, 1.57, [2]),
  e(5, 'B', 'Boron', 10.81, 2.04, [-3, 3]),
  e(6, 'C', 'Carbon', 12.011, 2.55, [-4, -3, -2, 2, 3, 4], 4),
  e(7, 'N', 'Nitrogen', 14.007, 3.04, [-3, -2, -1, 1, 3, 5], 5),
  e(8, 'O', 'Oxygen', 15.999, 3.44, [-2]),
  e(9, 'F', 'Fluorine', 18.998, 3.98, [-1]),
  e(10, 'Ne', 'Neon', 20.180, null, []),
  e(11, 'Na', 'Sodium', 22.990, 0.93, [1]),
  e(12, 'Mg', 'Magnesium', 24.305, 1.31, [2]),
  e(13, 'Al', 'Aluminium', 26.982, 1.61, [3]),
  e(14, 'Si', 'Silicon', 28.085, 1.9, [-4, 4]),
  e(15, 'P', 'Phosphorus', 30.974, 2.19, [-3, -2, -1, 3, 4, 5], 5),
  e(16, 'S', 'Sulfur', 32.06, 2.58, [-2, -1, 2, 4, 6], 6),
  e(17, 'Cl', 'Chlorine', 35.45, 3.16, [-1, 1, 3, 5, 7], 7),
  e(18, 'Ar', 'Argon', 39.95, null, []),
  e(19, 'K', 'Potassium', 39.098, 0.82, [1]),
  e(20, 'Ca', 'Calcium', 40.078, 1.0, [2]),
  e(21, 'Sc', 'Scandium', 44.956, 1.36, [2, 3], 3),
  e(22, 'Ti', 'Titanium', 47.867, 1.54, [2, 3, 4], 4),
  e(23, 'V', 'Vanadium', 50.942, 1.63, [2, 3, 4, 5], 5),
  e(24, 'Cr', 'Chromium', 51.996, 1.66, [2, 3, 4, 5, 6], 3),
  e(25, 'Mn', 'Manganese', 54.938, 1.55, [2, 3, 4, 7], 4),
  e(26, 'Fe', 'Iron', 55.845, 1.83, [2, 3], 2),
  e(27, 'Co', 'Cobalt', 58.933, 1.88, [1, 2, 3, 4], 3),
  e(28, 'Ni', 'Nickel', 58.693, 1.91, [1, 2, 3, 4], 2),
  e(29, 'Cu', 'Copper', 63.546, 1.9, [1, 2, 3], 2),
  e(30, 'Zn', 'Zinc', 65.38, 1.65, [2]),
  e(31, 'Ga', 'Gallium', 69.723, 1.81, [2, 3], 3),
  e(32, 'Ge', 'Germanium', 72.630, 2.01, [-4, 2, 3, 4], 4),
  e(33, 'As', 'Arsenic', 74.922, 2.18, [-3, -2, -1, 2, 3, 5], 5),
  e(34, 'Se', 'Selenium', 78.971, 2.55, [-2, -1, 2, 4, 6], 4),
  e(35, 'Br', 'Bromine', 79.904, 2.96, [-1, 1, 3, 5, 7], 5),
  e(36, 'Kr', 'Krypton', 83.798, 3.0, []),
  e(37, 'Rb', 'Rubidium', 85.468, 0.82, [1]),
  e(38, 'Sr', 'Strontium', 87.62, 0.95, [2]),
  e(39, 'Y', 'Yttrium', 88.906, 1.22, [3]),
  e(40, 'Zr', 'Zirconium', 91.224, 1.33, [2, 3, 4], 4),
  e(41, 'Nb', 'Niobium', 92.906, 1.6, [2, 3, 4, 5], 5),
  e(42, 'Mo', 'Molybdenum', 95.95, 2.16, [2, 3, 4, 5, 6], 6),
  r(43, 'Tc', 'Technetium', 97, 1.9, [4, 7], 4),
  e(44, 'Ru', 'Ruthenium', 101.07, 2.2, [2, 3, 4, 5, 6], 5),
  e(45, 'Rh', 'Rhodium', 102.91, 2.28, [3, 4], 3),
  e(46, 'Pd', 'Palladium', 106.42, 2.2, [2, 4], 2),
  e(47, 'Ag', 'Silver', 107.87, 1.93, [1, 2, 3], 1),
  e(48, 'Cd', 'Cadmium', 112.41, 1.69, [2]),
  e(49, 'In', 'Indium', 114.82, 1.78, [1, 2, 3], 3),
  e(50, 'Sn', 'Tin', 118.71, 1.96, [-4, 2, 3, 4], 4),
  e(51, 'Sb', 'Antimony', 121.76, 2.05, [-3, -2, -1, 3, 5], 3),
  e(52, 'Te', 'Tellurium', 127.60, 2.1, [-2, -1, 2, 4, 6], 4),
  e(53, 'I', 'Iodine', 126.90, 2.66, [-1, 1, 3, 5, 7], 5),
  e(54, 'Xe', 'Xenon', 131.29, 2.6, []),
  e(55, 'Cs', 'Caesium', 132.91, 0.79, [1]),
  e(56, 'Ba', 'Barium', 137.33, 0.89, [2]),
  e(57, 'La', 'Lanthanum', 138.91, 1.1, [2, 3], 3),
  e(58, 'Ce', 'Cerium', 140.12, 1.12, [3, 4], 3),
  e(59, 'Pr', 'Praseodymium', 140.91, 1.13, [3, 4], 3),
  e(60, 'Nd', 'Neodymium', 144.24, 1.14, [2, 3], 3),
  r(61, 'Pm', 'Promethium', 145, 1.13, [3]),
  e(62, 'Sm', 'Samarium', 150.36, 1.17, [2, 3], 3),
  e(63, 'Eu', 'Europium', 151.96, 1.2, [2, 3], 3),
  e(64, 'Gd', 'Gadolinium', 157.25, 1.2, [3]),
  e(65, 'Tb', 'Terbium', 158.93, 1.1, [3, 4], 3),
  e(66, 'Dy', 'Dysprosium', 162.50, 1.22, [3]),
  e(67, 'Ho', 'Holmium', 164.93, 1.23, [3]),
  e(68, 'Er', 'Erbium', 167.26, 1.24, [3]),
  e(69, 'Tm', 'Thulium', 168.93, 1.25, [3]),
  e(70, 'Yb', 'Ytterbium', 173.05, 1.1, [2, 3], 3),
  e(71, 'Lu', 'Lutetium', 174.97, 1.27, [3]),
  e(72, 'Hf', 'Hafnium', 178.49, 1.3, [4]),
  e(73, 'Ta', 'Tantalum', 180.95, 1.5, [3, 4, 5], 5),
  e(74, 'W', 'Tungsten', 183.84, 2.36, [2, 3, 4, 5, 6], 6),
  e(75, 'Re', 'Rhenium', 186.21, 1.9, [3, 4, 5, 6, 7], 4),
  e(76, 'Os', 'Osmium', 190.23, 2.2, [4]),
  e(77, 'Ir', 'Iridium', 192.22, 2.2, [3, 4, 5], 4),
  e(78, 'Pt', 'Platinum', 195.08, 2.28, [2, 4], 2),
  e(79, 'Au', 'Gold', 196.97, 2.54, [3]),
  e(80, 'Hg', 'Mercury', 200.59, 2.0, [1, 2], 2),
  e(81, 'Tl', 'Thallium', 204.38, 1.62, [1, 3], 1),
  e(82, 'Pb', 'Lead', 207.2, 2.33, [2, 4], 2),
  e(83, 'Bi', 'Bismuth', 208.98, 2.02, [1, 2, 3, 5], 3),
  r(84, 'Po', 'Polonium', 209, 2.0, [-2, 2, 4], 2),
  r(85, 'At', 'Astatine', 210, 2.2, [-1, 1]),
  r(86, 'Rn', 'Radon', 222, 2.2, []),
  r(87, 'Fr', 'Francium', 223, 0.7, [1]),
  r(88, 'Ra', 'Radium', 226, 0.9, [2]),
  r(89, 'Ac', 'Actinium', 227, 1.1, [3]),
  e(90, 'Th', 'Thorium', 232.04, 1.3, [4]),
  e(91, 'Pa', 'Protactinium', 231.04, 1.5, [5]),
  e(92, 'U', 'Uranium', 238.03, 1.38, [3, 4, 5, 6], 6),
  r(93, 'Np', 'Neptunium', 237, 1.36, [5]),
  r(94, 'Pu', 'Plutonium', 244, 1.28, [4]),
  r(95, 'Am', 'Americium', 243, 1.3, [3]),
  r(96, 'Cm', 'Curium', 247, 1.3, [3]),
  r(97, 'Bk', 'Berkelium', 247, 1.3, [3]),
  r(98, 'Cf', 'Californium', 251, 1.3, [3]),
  r(99, 'Es', 'Einsteinium', 252, 1.3, [3]),
  r(100, 'Fm', 'Fermium', 257, 1.3, [3]),
  r(101, 'Md', 'Mendelevium', 258, 1.3, [3]),
  r(102, 'No', 'Nobelium', 259, 1.3, [3]),
  r(103, 'Lr', 'Lawrencium', 266, 1.3, [3]),
  r(104, 'Rf', 'Rutherfordium', 267, null, []),
  r(105, 'Db', 'Dubnium', 268, null, []),
  r(106, 'Sg', 'Seaborgium', 269, null, []),
  r(107, 'Bh', 'Bohrium', 270, null, []),
  r(108, 'Hs', 'Hassium', 269, null, []),
  r(109, 'Mt', 'Meitnerium', 278, null, []),
  r(110, 'Ds', 'Darmstadtium', 281, null, []),
  r(111, 'Rg', 'Roentgenium', 282, null, []),
  r(112, 'Cn', 'Copernicium', 285, null, []),
  r(113, 'Nh', 'Nihonium', 286, null, []),
  r(114, 'Fl', 'Flerovium', 289, null, []),
  r(115, 'Mc', 'Moscovium', 290, null, []),
  r(116, 'Lv', 'Livermorium', 293, null, []),
  r(117, 'Ts', 'Tennessine', 294, null, []),
  r(118, 'Og', 'Oganesson', 294, null, []),
];

const BY_SYMBOL: ReadonlyMap<string, ElementData> = new Map(ELEMENTS.map((element) => [element.symbol, element]));

export function elementBySymbol(symbol: string): ElementData | undefined {
  return BY_SYMBOL.get(symbol);
}

export function isElementSymbol(symbol: string): boolean {
  return BY_SYMBOL.has(symbol);
}
