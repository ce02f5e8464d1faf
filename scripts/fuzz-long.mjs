// The long fuzzing run: `npm run fuzz:long` (100,000 cases per property, a fresh seed each run).
// CELLSPEC_FUZZ_RUNS=<n> sets the count; CELLSPEC_FUZZ_SEED=<seed> replays a failure that a run printed.
// The short, fixed-seed pass of the same properties is part of `npm test` (test/unit/fuzz/).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  CELLSPEC_FUZZ_RUNS: process.env.CELLSPEC_FUZZ_RUNS ?? '100000',
  CELLSPEC_FUZZ_SEED: process.env.CELLSPEC_FUZZ_SEED ?? 'random',
};
console.log(`fuzzing with ${env.CELLSPEC_FUZZ_RUNS} cases per property, seed ${env.CELLSPEC_FUZZ_SEED}`);
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', 'test/unit/fuzz'], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
