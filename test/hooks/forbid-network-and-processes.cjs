// Preloaded with `node --require` by the safety tests: any use of the network, a child process
// or a worker thread by the CLI or the language server writes FORBIDDEN to stderr and throws.
// (A swallowed exception still leaves the line on stderr, which the tests read.)
'use strict';
const fs = require('node:fs');

function forbid(what) {
  return function forbidden() {
    fs.writeSync(2, `FORBIDDEN: ${what}\n`);
    throw new Error(`Cellspec must not use ${what}`);
  };
}

const banned = {
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  dgram: ['createSocket'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6'],
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  worker_threads: ['Worker'],
  vm: ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script'],
};
// One exception: bin/cellspec.js compiles the CLI's own bundle, dist/cli.js, read from disk, with
// vm.Script to use its V8 code cache (what `require` would do without one). Nothing else may.
const vm = require('node:vm');
const RealScript = vm.Script;
const path = require('node:path');
const CLI_BUNDLE = path.join(__dirname, '..', '..', 'dist', 'cli.js');
for (const [name, members] of Object.entries(banned)) {
  const mod = require(`node:${name}`);
  for (const member of members) mod[member] = forbid(`${name}.${member}`);
}
const forbiddenScript = vm.Script;
vm.Script = function Script(source, options) {
  if (new.target && options && options.filename === CLI_BUNDLE && source === `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(CLI_BUNDLE, 'utf8')}\n})`) {
    return new RealScript(source, options);
  }
  return forbiddenScript();
};
globalThis.fetch = forbid('fetch');
globalThis.WebSocket = forbid('WebSocket');
globalThis.eval = forbid('eval');
