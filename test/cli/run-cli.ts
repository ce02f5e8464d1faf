/** Run the built CLI (bin/cellspec.js) as a user would: a whole process, its exit code and output. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const BIN = path.join(REPO, 'bin/cellspec.js');

/** C0 controls but \n, DEL, and the C1 block (0x9B is a one-byte CSI): what a terminal would obey. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** One run of `cellspec ARGS` in `cwd` (the repository by default), with its exit code and output. */
export function runCellspec(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding these files (paths relative to it; folders are made). */
export function folder(files: Record<string, string>, prefix = 'cellspec-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
