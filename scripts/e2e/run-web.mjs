// Runs the VS Code for the Web suite (test/e2e/web) in code-server's workbench, in its web worker
// extension host: the extension is staged web-only (.cache/e2e/web-extension: the manifest without
// `main`, so VS Code can run it nowhere but in the browser) and the suite is bundled for the
// browser with mocha's browser build. Prerequisite: npm run test:e2e:setup. Exits with the result.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_SHIMS } from '../lib/web-bundle.mjs';
import { prepare, root, runInWorkbench } from './workbench.mjs';

prepare('e2e-web');

const extension = path.join(root, '.cache/e2e/web-extension');
rmSync(extension, { recursive: true, force: true });
mkdirSync(extension, { recursive: true });
const { main: _main, ...manifest } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
writeFileSync(path.join(extension, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of ['dist/web', 'syntaxes', 'language-configuration.json', 'snippets', 'schemas', 'images', 'walkthrough', 'docs']) {
  cpSync(path.join(root, file), path.join(extension, file), { recursive: true });
}

// Inside the extension's folder: VS Code runs a suite in the extension host of the extension that
// holds it (outside any extension, a vscode-remote suite runs in the remote Node extension host).
const suite = path.join(extension, 'test/index.js');
await build({
  absWorkingDir: root,
  entryPoints: ['test/e2e/web/index.ts'],
  outfile: suite,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  // The shared helpers (test/e2e/workbench.ts) import node:fs for the desktop's DOM checks, which this suite does not use.
  plugins: [WEB_SHIMS],
  sourcemap: 'inline',
  logLevel: 'warning',
});

const exitCode = await runInWorkbench({ label: 'e2e-web', testsPath: suite, extensionPath: extension, timeoutMs: 180_000 });
process.exit(exitCode);
