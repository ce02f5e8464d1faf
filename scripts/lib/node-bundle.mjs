// The one set of esbuild options for everything this repository runs on Node: a single
// CommonJS file for Node 20, with `vscode` left to the extension host that provides it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * `import text from './file.md?raw'` bundles the file's text as a string, as Vite (vitest) reads
 * the same import: the core takes the diagnostic codes' help from docs/language.md this way.
 */
const RAW_TEXT = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

export const NODE_BUNDLE = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  plugins: [RAW_TEXT],
  // The tool as `cellspec --version` and the SARIF output name it: the manifest's version, and
  // its homepage when it declares one (SARIF's informationUri is optional; no address is made up).
  define: {
    CELLSPEC_VERSION: JSON.stringify(manifest.version),
    CELLSPEC_INFORMATION_URI: manifest.homepage ? JSON.stringify(manifest.homepage) : 'undefined',
  },
};
