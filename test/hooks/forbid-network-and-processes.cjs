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
for (const [name, members] of Object.entries(banned)) {
  const mod = require(`node:${name}`);
  for (const member of members) mod[member] = forbid(`${name}.${member}`);
}
globalThis.fetch = forbid('fetch');
globalThis.WebSocket = forbid('WebSocket');
globalThis.eval = forbid('eval');
