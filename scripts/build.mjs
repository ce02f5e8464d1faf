// Bundles the CLI, the language server and the VS Code client into dist/ as CommonJS.
// One bundle per entry point keeps start-up fast (no module resolution at run time)
// and lets the .vsix ship without node_modules.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/lsp/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension' },
].filter((entry) => existsSync(path.join(root, entry.in)));

await build({ ...NODE_BUNDLE, entryPoints: entries, outdir: 'dist', sourcemap: true });
