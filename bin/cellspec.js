#!/usr/bin/env node
'use strict';
// The published command: a thin shim over the bundled CLI in dist/ (built by `npm install`).
// It compiles the bundle with the V8 code cache the build wrote beside it (dist/cli.js.cache,
// scripts/lib/code-cache.mjs): most of a cold start is compiling the 1.6 MB bundle, which the
// cache skips. A cache V8 rejects (another Node, a rebuilt bundle) is ignored and the bundle
// compiles as usual; a missing one too.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { createRequire } = require('module');

const file = path.join(__dirname, '..', 'dist', 'cli.js');
let cachedData;
try {
  cachedData = fs.readFileSync(`${file}.cache`);
} catch {
  cachedData = undefined;
}
const wrapper = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`;
const script = new vm.Script(wrapper, { filename: file, cachedData });
// The build runs a command through this shim with CELLSPEC_CODE_CACHE_OUT set, then keeps the
// cache of everything that command compiled.
const cacheOut = process.env.CELLSPEC_CODE_CACHE_OUT;
if (cacheOut) process.once('exit', () => fs.writeFileSync(cacheOut, script.createCachedData()));
const cli = { exports: {}, id: file, filename: file, loaded: false };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, path.dirname(file));
