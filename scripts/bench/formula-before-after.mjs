// The formula engine's throughput at an older commit and at the working tree, in one Node
// process, alternately: this machine's figures swing by ±15 % between separate processes, so
// a before/after comparison is only fair when both see the same moment (docs/performance.md).
// Usage: node scripts/bench/formula-before-after.mjs COMMIT [ROUNDS]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from '../lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [commit, roundsArg = '12'] = process.argv.slice(2);
if (!commit) {
  console.error('usage: node scripts/bench/formula-before-after.mjs COMMIT [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const cache = path.join(root, '.cache', 'before-after');
const worktree = path.join(cache, 'worktree');
mkdirSync(cache, { recursive: true });
if (existsSync(worktree)) execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
execFileSync('git', ['worktree', 'add', '--detach', '--force', worktree, commit], { cwd: root, stdio: 'ignore' });

// The entry both trees are bundled from: the bench's own inputs and timing, as `npm run bench`.
const entry = (tree) => `
import { dopedFormulas, integerFormulas } from ${JSON.stringify(path.join(tree, 'scripts/bench/formula-inputs'))};
import { formulaThroughput } from ${JSON.stringify(path.join(tree, 'scripts/bench/formula-throughput'))};
const doped = dopedFormulas(20000);
const integer = integerFormulas(100, 40);
export function run() { return [formulaThroughput(doped).perSecond, formulaThroughput(integer).perSecond]; }
`;
const bundles = {};
try {
  for (const [label, tree] of [['before', worktree], ['after', root]]) {
    const source = path.join(cache, `${label}.ts`);
    writeFileSync(source, entry(tree));
    const outfile = path.join(cache, `${label}.cjs`);
    await build({ ...NODE_BUNDLE, entryPoints: [source], outfile, nodePaths: [path.join(root, 'node_modules')] });
    bundles[label] = createRequire(import.meta.url)(outfile);
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
  rmSync(path.join(cache, 'worktree'), { recursive: true, force: true });
}

const results = { before: [[], []], after: [[], []] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ['after', 'before'] : ['before', 'after'];
  for (const label of order) {
    const [doped, integer] = bundles[label].run();
    results[label][0].push(doped);
    results[label][1].push(integer);
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const row = (name, i) => {
  const before = median(results.before[i]);
  const after = median(results.after[i]);
  const change = ((after / before - 1) * 100).toFixed(1);
  return `| ${name} | ${Math.round(before).toLocaleString('en-US')} | ${Math.round(after).toLocaleString('en-US')} | ${change} % |`;
};
console.log(`| formulas/s (median of ${rounds}) | before (${commit}) | after (working tree) | change |`);
console.log('|---|---|---|---|');
console.log(row('20,000 doped formulas', 0));
console.log(row('100 integer-scaled formulas', 1));
