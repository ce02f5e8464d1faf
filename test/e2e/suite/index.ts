/**
 * The extension-test entry point VS Code loads (`extensionTestsPath`), in code-server here and
 * in a desktop VS Code through runTest.ts: runs the mocha suite and resolves with its outcome.
 */
// mocha 12 is ESM-only and its CommonJS shape differs between versions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha');
const Mocha: typeof import('mocha') = mochaModule.default || mochaModule.Mocha || mochaModule;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // The suite is bundled into this file, so its `describe` calls must run only once mocha
  // has set up its globals: announce the file, then load it.
  mocha.suite.emit('pre-require', globalThis, 'extension.test.js', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./extension.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./conventions.test');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./guidance.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
