// Runs the e2e mocha suite (test/e2e/suite) in a real VS Code: code-server driven by Debian's
// Chromium (see workbench.mjs and shared/E2E.md). Prerequisite: npm run test:e2e:setup.
// Exits with the suite's result. The suite may ask for checks of the workbench's DOM
// (ui-checks.mjs); their answers go through a temporary folder the suite is told of.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSuite } from './compile-suite.mjs';
import { runUiCheck, UI_MARKER } from './ui-checks.mjs';
import { prepare, runInWorkbench } from './workbench.mjs';

prepare('e2e');
const suite = await compileSuite();
const ackDirectory = mkdtempSync(path.join(os.tmpdir(), 'cellspec-e2e-ui-'));
const exitCode = await runInWorkbench({
  label: 'e2e',
  testsPath: suite,
  timeoutMs: 240_000,
  env: { CELLSPEC_E2E_ACK_DIR: ackDirectory },
  onLine: (line, page) => {
    const name = UI_MARKER.exec(line)?.[1];
    return name ? runUiCheck(page, name, ackDirectory) : undefined;
  },
});
if (exitCode === 0) rmSync(ackDirectory, { recursive: true, force: true });
else console.error(`e2e: the UI checks' answers and screenshots are in ${ackDirectory}`);
process.exit(exitCode);
