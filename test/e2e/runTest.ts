/**
 * Runs the e2e suite in a desktop VS Code for developers who have one:
 *   VSCODE_EXECUTABLE_PATH=/path/to/code node scripts/run-ts.mjs test/e2e/runTest.ts
 * Without VSCODE_EXECUTABLE_PATH, @vscode/test-electron downloads VS Code where the network
 * allows. Machines without that network run the same suite in code-server: npm run test:e2e.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = process.cwd();
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts/e2e/compile-suite.mjs')], { cwd: root, stdio: 'inherit' });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cellspec-e2e-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      ...(process.env['VSCODE_EXECUTABLE_PATH'] ? { vscodeExecutablePath: process.env['VSCODE_EXECUTABLE_PATH'] } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, '.cache/e2e/suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(scratch, 'user-data')}`],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
