// Runs a TypeScript script (benchmarks, generators) by bundling it with esbuild first,
// so the repo needs no separate TypeScript runner. Usage: node scripts/run-ts.mjs FILE.ts [args...]
import { build } from 'esbuild';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = path.join(root, '.cache', 'run-ts', path.basename(entry).replace(/\.ts$/, '.cjs'));
await build({ ...NODE_BUNDLE, entryPoints: [entry], outfile });
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
