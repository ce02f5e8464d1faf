/**
 * Formulas for the formula-engine benchmark: doped variants of real solid electrolytes and
 * cathodes (review Table 1, reference notes), generated deterministically.
 */
import { seededRandom } from '../lib/random';

/** An amount as a chemist writes it: no trailing zeros, `1` left out. */
function n(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/**
 * The families, each a function of a doping level drawn by `x(lo, hi)`. `decimals` is how
 * amounts are written: 3 for the realistic screening set, 1 for the set that can be
 * integer-scaled for pymatgen.
 */
function families(decimals: number): readonly ((draw: (lo: number, hi: number) => number, pick: <T>(items: readonly T[]) => T) => string)[] {
  const a = (value: number): string => n(value, decimals);
  return [
    (x, pick) => {
      const d = x(0.05, 0.9);
      return `Li${a(7 - d)}La3Zr${a(2 - d)}${pick(['Ta', 'Nb'])}${a(d)}O12`;
    },
    (x, pick) => {
      const y = x(0.05, 0.3);
      return `Li${a(7 - 3 * y)}${pick(['Al', 'Ga'])}${a(y)}La3Zr2O12`;
    },
    (x, pick) => {
      const ni = x(0.33, 0.95);
      const co = x(0.01, 1 - ni - 0.01);
      return `LiNi${a(ni)}Co${a(co)}${pick(['Mn', 'Al'])}${a(1 - ni - co)}O2`;
    },
    (x, pick) => {
      const d = x(0.05, 0.8);
      return `Li${a(6 - d)}PS${a(5 - d)}${pick(['Cl', 'Br', 'I'])}${a(1 + d)}`;
    },
    (x, pick) => {
      const d = x(0.05, 0.6);
      return `Li${a(10 + d)}${pick(['Ge', 'Si', 'Sn'])}${a(1 + d)}P${a(2 - d)}S12`;
    },
    (x, pick) => {
      const d = x(0.05, 0.6);
      return `Li${a(3 - d)}${pick(['In', 'Y', 'Er', 'Sc'])}${a(1 - d)}${pick(['Zr', 'Hf'])}${a(d)}Cl6`;
    },
    (x, pick) => {
      const d = x(0.05, 0.5);
      return `Li${a(1 + d)}${pick(['Al', 'Ga', 'Sc'])}${a(d)}Ti${a(2 - d)}(PO4)3`;
    },
    (x) => {
      const g = x(0.05, 0.5);
      const se = x(0.05, 0.6);
      return `Li${a(1 + 3 * g)}Ti2(Ge${a(g)}P${a(1 - g)}S${a(4 - se)}Se${a(se)})3`;
    },
    (x) => {
      const s = x(0.2, 0.8);
      const cl = x(0.1, 0.6);
      return `Li${a(9.54 + x(-0.3, 0.3))}[Si${a(s)}Ge${a(1 - s)}]1.74P1.44S${a(12 - cl)}Cl${a(cl)}`;
    },
    (x) => {
      const fe = x(0.1, 0.5);
      return `Li${a(1.33 - fe / 2)}Ti${a(0.67 - fe / 2)}Fe${a(fe)}S2`;
    },
    (x, pick) => {
      const m = x(0.05, 0.95);
      return `LiFe${a(m)}${pick(['Mn', 'Co', 'Ni'])}${a(1 - m)}PO4`;
    },
    (x, pick) => {
      const d = x(0.05, 0.5);
      return `LiNi0.5Mn${a(1.5 - d)}${pick(['Ti', 'Fe', 'Cr'])}${a(d)}O4`;
    },
    (x, pick) => {
      const d = x(0.02, 0.3);
      return `Li${a(3 + d)}Ni${a(1 - d)}${pick(['S', 'Se'])}4`;
    },
  ];
}

export const FAMILY_COUNT = families(3).length;

/** `count` distinct doped formulas with amounts to three decimals (the realistic screening case). */
export function dopedFormulas(count: number, seed = 20250101): string[] {
  return distinct(count, seed, 3);
}

/**
 * Doped formulas with amounts to one decimal, integer-scaled (`Li6.5La3Zr1.5Ta0.5O12` →
 * `Li13La6Zr3TaO24`): pymatgen's oxidation-state search needs integer amounts, so both engines
 * are timed on these strings for a like-for-like comparison. Only formulas of at most
 * `maxAtoms` atoms per formula unit: pymatgen's search enumerates the oxidation states of every
 * site, and takes over a second per formula at ~120 atoms.
 */
export function integerFormulas(count: number, maxAtoms: number, seed = 20250102): string[] {
  const formulas = new Set<string>();
  for (const doped of distinct(4000, seed, 1)) {
    const scaled = integerScaled(doped);
    if (scaled !== undefined && scaled.atoms <= maxAtoms) formulas.add(scaled.formula);
    if (formulas.size >= count) break;
  }
  return [...formulas];
}

function distinct(count: number, seed: number, decimals: number): string[] {
  const rand = seededRandom(seed);
  const draw = (lo: number, hi: number): number => lo + (hi - lo) * rand();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const all = families(decimals);
  const formulas = new Set<string>();
  // Coarse amounts repeat: give up after enough draws rather than loop forever.
  for (let tries = 0; formulas.size < count && tries < count * 50; tries++) formulas.add(pick(all)(draw, pick));
  return [...formulas];
}

/**
 * Multiplies every amount (groups expanded) by the smallest power of ten that makes all
 * integers, then divides by their gcd; undefined when rounding left an element at zero.
 */
function integerScaled(formula: string): { formula: string; atoms: number } | undefined {
  const amounts = new Map<string, number>();
  const add = (element: string, amount: number): void => {
    amounts.set(element, (amounts.get(element) ?? 0) + amount);
  };
  expand(formula, 1, add);
  const values = [...amounts.values()];
  if (values.some((v) => v <= 0)) return undefined;
  let scale = 1;
  while (!values.every((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-6)) scale *= 10;
  const ints = values.map((v) => Math.round(v * scale));
  const divisor = ints.reduce(gcd);
  const reduced = ints.map((v) => v / divisor);
  return {
    formula: [...amounts.keys()].map((element, i) => `${element}${reduced[i] === 1 ? '' : reduced[i]}`).join(''),
    atoms: reduced.reduce((a, b) => a + b, 0),
  };
}

function expand(text: string, factor: number, add: (element: string, amount: number) => void): void {
  const pattern = /([A-Z][a-z]?)(\d*\.?\d*)|[([]([^()[\]]*(?:[([][^()[\]]*[)\]][^()[\]]*)*)[)\]](\d*\.?\d*)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) add(match[1], factor * (match[2] ? Number(match[2]) : 1));
    else expand(match[3]!, factor * (match[4] ? Number(match[4]) : 1), add);
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
