/** Run the built CLI (bin/cellspec.js) as a user would: a whole process, its exit code and output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/cellspec.js');

export function runCellspec(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
