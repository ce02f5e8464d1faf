// Bundles what VS Code loads as `extensionTestsPath`: the mocha suite (test/e2e/suite) to
// .cache/e2e/suite/index.js, which both runners hand to VS Code, and the screenshot scenes
// (test/e2e/screenshots) to .cache/e2e/screenshots/index.js. mocha and vscode stay external:
// the extension host provides `vscode`, and mocha resolves from the repository's node_modules.
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../lib/node-bundle.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function compile(entry, outfile) {
  await build({ ...NODE_BUNDLE, entryPoints: [entry], outfile, sourcemap: 'inline', external: ['vscode', 'mocha'] });
  return outfile;
}

export function compileSuite() {
  return compile('test/e2e/suite/index.ts', path.join(root, '.cache/e2e/suite/index.js'));
}

export function compileScenes() {
  return compile('test/e2e/screenshots/index.ts', path.join(root, '.cache/e2e/screenshots/index.js'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await compileSuite();
}
