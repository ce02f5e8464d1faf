// Formula engine throughput: parse + molar mass + charge balance + anion class over tens of
// thousands of distinct, realistic doped formulas (the case a language server meets when a
// library or a generated screening table is open). Run:
//   node scripts/run-ts.mjs scripts/bench/formula-bench.ts [count]
// (`npm run bench` runs it too, with the comparison against pymatgen.)
import { dopedFormulas, FAMILY_COUNT } from './formula-inputs';
import { formulaThroughput } from './formula-throughput';

const inputs = dopedFormulas(Number(process.argv[2] ?? 20000));
const rounds = 5;
const { perSecond, medianMs, summary } = formulaThroughput(inputs, rounds);
console.log(`formulas: ${inputs.length} distinct (${FAMILY_COUNT} doped families), ${rounds} timed rounds after a warm-up`);
console.log(`example: ${inputs.slice(0, 3).join(', ')}`);
console.log(`parse + molar mass + charge balance + anion class: median ${medianMs.toFixed(1)} ms per round`);
console.log(`throughput: ${Math.round(perSecond).toLocaleString('en-US')} formulas/s, ${((medianMs * 1000) / inputs.length).toFixed(2)} µs/formula`);
console.log(`charge balance: ${JSON.stringify(summary.statuses)}; anion classes: ${JSON.stringify(summary.classes)}; invalid: ${summary.invalid}`);
