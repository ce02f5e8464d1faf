// Bundles the mocha suite (test/e2e/suite) to .cache/e2e/suite/index.js, the extensionTestsPath
// both runners hand to VS Code. mocha and vscode stay external: the extension host provides
// `vscode`, and mocha resolves from the repository's node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function compileSuite() {
  const outfile = path.join(root, '.cache/e2e/suite/index.js');
  await build({
    absWorkingDir: root,
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await compileSuite();
}
