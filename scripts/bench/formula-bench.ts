// Formula engine throughput: parse + molar mass + charge balance + anion class over tens of
// thousands of distinct, realistic doped formulas (the case a language server meets when a
// library or a generated screening table is open). Run:
//   node scripts/run-ts.mjs scripts/bench/formula-bench.ts [count]
import { anionClass } from '../../server/src/core/chemistry/anion-class';
import { chargeBalance } from '../../server/src/core/chemistry/charge-balance';
import { molarMass, parseFormula } from '../../server/src/core/formula';
import { seededRandom as random } from '../lib/random';

const target = Number(process.argv[2] ?? 20000);


const rand = random(20250101);
const between = (lo: number, hi: number): number => lo + (hi - lo) * rand();
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
/** An amount as a chemist writes it: up to three decimals, no trailing zeros. */
const n = (value: number): string => String(Number(value.toFixed(3)));

// Doped variants of real solid electrolytes and cathodes (review Table 1, reference notes).
const families: readonly (() => string)[] = [
  () => {
    const x = between(0.05, 0.9);
    return `Li${n(7 - x)}La3Zr${n(2 - x)}${pick(['Ta', 'Nb'])}${n(x)}O12`;
  },
  () => {
    const y = between(0.05, 0.3);
    return `Li${n(7 - 3 * y)}${pick(['Al', 'Ga'])}${n(y)}La3Zr2O12`;
  },
  () => {
    const ni = between(0.33, 0.95);
    const co = between(0.01, 1 - ni - 0.01);
    return `LiNi${n(ni)}Co${n(co)}${pick(['Mn', 'Al'])}${n(1 - ni - co)}O2`;
  },
  () => {
    const x = between(0.05, 0.8);
    return `Li${n(6 - x)}PS${n(5 - x)}${pick(['Cl', 'Br', 'I'])}${n(1 + x)}`;
  },
  () => {
    const x = between(0.05, 0.6);
    return `Li${n(10 + x)}${pick(['Ge', 'Si', 'Sn'])}${n(1 + x)}P${n(2 - x)}S12`;
  },
  () => {
    const x = between(0.05, 0.6);
    return `Li${n(3 - x)}${pick(['In', 'Y', 'Er', 'Sc'])}${n(1 - x)}${pick(['Zr', 'Hf'])}${n(x)}Cl6`;
  },
  () => {
    const x = between(0.05, 0.5);
    return `Li${n(1 + x)}${pick(['Al', 'Ga', 'Sc'])}${n(x)}Ti${n(2 - x)}(PO4)3`;
  },
  () => {
    const g = between(0.05, 0.5);
    const se = between(0.05, 0.6);
    return `Li${n(1 + 3 * g)}Ti2(Ge${n(g)}P${n(1 - g)}S${n(4 - se)}Se${n(se)})3`;
  },
  () => {
    const s = between(0.2, 0.8);
    const cl = between(0.1, 0.6);
    return `Li${n(9.54 + between(-0.3, 0.3))}[Si${n(s)}Ge${n(1 - s)}]1.74P1.44S${n(12 - cl)}Cl${n(cl)}`;
  },
  () => {
    const fe = between(0.1, 0.5);
    return `Li${n(1.33 - fe / 2)}Ti${n(0.67 - fe / 2)}Fe${n(fe)}S2`;
  },
  () => {
    const m = between(0.05, 0.95);
    return `LiFe${n(m)}${pick(['Mn', 'Co', 'Ni'])}${n(1 - m)}PO4`;
  },
  () => {
    const x = between(0.05, 0.5);
    return `LiNi0.5Mn${n(1.5 - x)}${pick(['Ti', 'Fe', 'Cr'])}${n(x)}O4`;
  },
  () => {
    const x = between(0.02, 0.3);
    return `Li${n(3 + x)}Ni${n(1 - x)}${pick(['S', 'Se'])}4`;
  },
];

const formulas = new Set<string>();
while (formulas.size < target) formulas.add(pick(families)());
const inputs = [...formulas];

function analyseAll(): { statuses: Record<string, number>; classes: Record<string, number>; invalid: number; massSum: number } {
  const statuses: Record<string, number> = {};
  const classes: Record<string, number> = {};
  let invalid = 0;
  let massSum = 0;
  for (const text of inputs) {
    const parsed = parseFormula(text);
    if (!parsed.ok) {
      invalid++;
      continue;
    }
    massSum += molarMass(parsed.formula);
    const balance = chargeBalance(parsed.formula);
    const anion = anionClass(parsed.formula, balance);
    statuses[balance.status] = (statuses[balance.status] ?? 0) + 1;
    classes[anion] = (classes[anion] ?? 0) + 1;
  }
  return { statuses, classes, invalid, massSum };
}

analyseAll(); // warm-up: let the JIT compile the hot paths before timing
const rounds = 5;
const timesMs: number[] = [];
let summary = analyseAll();
for (let round = 0; round < rounds; round++) {
  const start = process.hrtime.bigint();
  summary = analyseAll();
  timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
timesMs.sort((a, b) => a - b);
const medianMs = timesMs[Math.floor(rounds / 2)]!;
const perSecond = (inputs.length / medianMs) * 1000;
const microseconds = (medianMs * 1000) / inputs.length;

console.log(`formulas: ${inputs.length} distinct (${families.length} doped families), ${rounds} timed rounds after a warm-up`);
console.log(`example: ${inputs.slice(0, 3).join(', ')}`);
console.log(`parse + molar mass + charge balance + anion class: median ${medianMs.toFixed(1)} ms per round`);
console.log(`throughput: ${Math.round(perSecond).toLocaleString('en-US')} formulas/s, ${microseconds.toFixed(2)} µs/formula`);
console.log(`charge balance: ${JSON.stringify(summary.statuses)}; anion classes: ${JSON.stringify(summary.classes)}; invalid: ${summary.invalid}`);
