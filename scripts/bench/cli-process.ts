/**
 * Whole CLI processes timed from outside, as a user waits for them: the one way the benches
 * start `cellspec` (bin/cellspec.js, the published command with its code cache).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDocument } from './generate-document';
import { nowMs } from './stats';

let gnuTime: boolean | undefined;

/** Whether GNU time is installed (it reports a process's peak resident memory). */
function hasGnuTime(): boolean {
  return (gnuTime ??= spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' }).status === 0);
}

/**
 * Wall time (ms) of one process run to its end; output read and thrown away. Exit codes 0 and 1
 * count (1: something in the input was invalid, which the run reports); anything else, or a
 * process that did not start, is a failed measurement.
 */
export function wallMs(command: string, args: readonly string[], input?: string): number {
  const start = nowMs();
  const run = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = nowMs() - start;
  if (run.error || (run.status !== 0 && run.status !== 1)) throw new Error(`${command} ${args.join(' ')} failed: ${run.error?.message ?? run.stderr}`);
  return ms;
}

/** Runs `measure` on a generated document of `lines` lines written to a temporary file, removed afterwards. */
export function withGeneratedFile<T>(lines: number, seed: number, measure: (file: string, text: string) => T): T {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-bench-'));
  const file = path.join(folder, `generated-${lines}.cell`);
  const text = generateDocument(lines, seed);
  writeFileSync(file, text);
  try {
    return measure(file, text);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Wall time (ms) and peak RSS (MB) of one whole CLI process, the RSS via GNU time when it is installed. */
export function timedCli(root: string, args: readonly string[], input?: string): { wallMs: number; peakMb: number | null } {
  const bin = path.join(root, 'bin/cellspec.js');
  const measuresMemory = hasGnuTime();
  const start = nowMs();
  const result = measuresMemory
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = nowMs() - start;
  const kb = measuresMemory ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { wallMs: wall, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}
