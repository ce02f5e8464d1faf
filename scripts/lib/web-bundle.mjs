// The language server for a web worker (VS Code for the Web, or any browser editor): the same
// server and core as dist/server.js, bundled for the browser. vscode-languageserver/node becomes
// vscode-languageserver/browser (the same API; the worker's entry makes its own connection), and
// the Node modules the server touches become the shims of server/src/web/shims (no disk) or
// path-browserify (Node's POSIX path, ported).
import { build } from 'esbuild';
import path from 'node:path';
import { NODE_BUNDLE, ROOT } from './node-bundle.mjs';

const SHIMS = {
  'node:path': path.join(ROOT, 'node_modules/path-browserify/index.js'),
  'node:fs': path.join(ROOT, 'server/src/web/shims/fs.ts'),
  'node:url': path.join(ROOT, 'server/src/web/shims/url.ts'),
  'node:v8': path.join(ROOT, 'server/src/web/shims/v8.ts'),
};

/** Node's modules as the web worker has them (no disk); exported for the web e2e suite's bundle. */
export const WEB_SHIMS = {
  name: 'web-shims',
  setup(build) {
    build.onResolve({ filter: /^node:(path|fs|url|v8)$/ }, (args) => ({ path: SHIMS[args.path] }));
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, () => ({ path: path.join(ROOT, 'node_modules/vscode-languageserver/lib/browser/main.js') }));
  },
};

export const WEB_SERVER_OUTFILE = path.join(ROOT, 'dist/web/server.js');
export const WEB_EXTENSION_OUTFILE = path.join(ROOT, 'dist/web/extension.js');

/**
 * Builds the web worker's server; a Node module it does not shim fails the build.
 * `libraryChecked`: the caller validated the material library (scripts/build.mjs does), so the
 * bundle need not validate it again when it starts.
 */
export function buildWebServer({ outfile = WEB_SERVER_OUTFILE, libraryChecked = false } = {}) {
  return build({
    absWorkingDir: ROOT,
    entryPoints: ['server/src/web/main.ts'],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    sourcemap: true,
    inject: [path.join(ROOT, 'server/src/web/shims/globals.ts')],
    plugins: [WEB_SHIMS, ...NODE_BUNDLE.plugins],
    define: { ...NODE_BUNDLE.define, CELLSPEC_LIBRARY_CHECKED: String(libraryChecked), __dirname: '"/"' },
  });
}

/**
 * The extension's entry for VS Code for the Web (package.json `browser`): client/src/web/extension.ts
 * with vscode-languageclient/browser, as CommonJS for the web worker extension host, which provides
 * `vscode`. Nothing of Node may reach it: a Node module fails the build.
 */
export function buildWebExtension({ outfile = WEB_EXTENSION_OUTFILE } = {}) {
  return build({
    absWorkingDir: ROOT,
    entryPoints: ['client/src/web/extension.ts'],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
    sourcemap: true,
  });
}
