// Bundles the CLI, the language server and the VS Code client into dist/ as CommonJS.
// One bundle per entry point keeps start-up fast (no module resolution at run time)
// and lets the .vsix ship without node_modules.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';
import { writeCodeCache } from './lib/code-cache.mjs';
import { buildWebExtension, buildWebServer } from './lib/web-bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  // `cellspec lsp` only: kept out of cli.js so that the other commands start without it.
  { in: 'server/src/cli/lsp.ts', out: 'cli-lsp' },
  { in: 'server/src/lsp/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension' },
].filter((entry) => existsSync(path.join(root, entry.in)));

// The material library is checked here, once, rather than in every process that starts.
const checker = path.join(root, '.cache', 'build', 'check-library.cjs');
await build({ ...NODE_BUNDLE, entryPoints: ['scripts/check-library.ts'], outfile: checker });
const checked = spawnSync(process.execPath, [checker], { stdio: ['ignore', 'ignore', 'inherit'] });
if (checked.status !== 0) process.exit(1);

const options = { ...NODE_BUNDLE, outdir: 'dist', sourcemap: true, define: { ...NODE_BUNDLE.define, CELLSPEC_LIBRARY_CHECKED: 'true' } };
// The CLI is started for every command, so it is minified (less to read and to compile); the
// server and the client start once per editor session and keep readable stack traces. Not
// `keepNames`: it wraps every named closure in a call that sets its name, each time the closure
// is made, which cost a 10 MB check ~0.7 s; nothing reads a function's name.
const [cli, others] = [entries.filter((entry) => entry.out === 'cli'), entries.filter((entry) => entry.out !== 'cli')];
await Promise.all([
  cli.length ? build({ ...options, entryPoints: cli, minify: true }) : undefined,
  build({ ...options, entryPoints: others }),
  // The same server for a web worker (dist/web/server.js) and the extension's entry for VS Code
  // for the Web that starts it (dist/web/extension.js; README: "VS Code for the Web").
  existsSync(path.join(root, 'server/src/web/main.ts')) ? buildWebServer({ libraryChecked: true }) : undefined,
  existsSync(path.join(root, 'client/src/web/extension.ts')) ? buildWebExtension() : undefined,
]);

// A V8 code cache for the CLI (bin/cellspec.js loads it; a stale or foreign one is ignored).
if (entries.some((entry) => entry.out === 'cli')) writeCodeCache(root);
