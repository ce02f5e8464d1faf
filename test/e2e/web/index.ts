/**
 * The extension-test entry point for the web worker extension host (scripts/e2e/run-web.mjs):
 * there is no Node there, so mocha is its browser build (which defines the `mocha` global), and
 * the suite is bundled into this file with it.
 */
import 'mocha/mocha.js';

/** The browser build's global (its types: @types/mocha's BrowserMocha). */
declare const mocha: BrowserMocha;

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
