// Runs the e2e mocha suite (test/e2e/suite) in a real VS Code: code-server driven by Debian's
// Chromium (see workbench.mjs and shared/E2E.md). Prerequisite: npm run test:e2e:setup.
// Exits with the suite's result.
import { compileSuite } from './compile-suite.mjs';
import { prepare, runInWorkbench } from './workbench.mjs';

prepare('e2e');
const suite = await compileSuite();
const exitCode = await runInWorkbench({ label: 'e2e', testsPath: suite, timeoutMs: 180_000 });
process.exit(exitCode);
