/**
 * pymatgen on the same formulas as the Cellspec engine, when Debian's python3-pymatgen is
 * installed (`apt-get install -y python3-pymatgen`; /usr/bin/python3 explicitly, so a
 * virtualenv on PATH does not change what is measured).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { wallMs } from './cli-process';

const PYTHON = '/usr/bin/python3';

export interface PymatgenTiming {
  readonly perSecond: number;
  readonly count: number;
  readonly balanced: number;
  readonly version: string;
}

export function pymatgenAvailable(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import pymatgen.core'], { stdio: 'ignore' });
  return probe.status === 0;
}

export function timePymatgen(root: string, formulas: readonly string[]): PymatgenTiming {
  const run = spawnSync(PYTHON, [path.join(root, 'scripts/bench/pymatgen_bench.py')], {
    input: formulas.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`pymatgen benchmark failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as { count: number; seconds: number; balanced: number; version: string };
  return { perSecond: result.count / result.seconds, count: result.count, balanced: result.balanced, version: result.version };
}

/**
 * The formula batch as a user runs it, processes included (issue #16, item 3): the same
 * formulas, one a line, through `cellspec formula --stdin --format json` and through a Python
 * loop printing `Composition(f).weight` (interpreter start and the pymatgen import included, as
 * the user waits for them). Wall time of each whole process; output read and thrown away.
 */
export function timeBatches(root: string, formulas: readonly string[]): { cellspecMs: number; pymatgenMs: number } {
  const input = `${formulas.join('\n')}\n`;
  // A formula pymatgen cannot read (the bracketed site notation some families use) is reported, as Cellspec reports its invalid ones.
  const loop = [
    'import sys',
    'from pymatgen.core import Composition',
    'for line in sys.stdin:',
    '    line = line.strip()',
    '    if line:',
    '        try:',
    '            print(Composition(line).weight)',
    '        except ValueError as error:',
    '            print(error)',
  ].join('\n');
  // Each side run three times, alternately; the fastest counts (the least disturbed by other load).
  let cellspecMs = Number.POSITIVE_INFINITY;
  let pymatgenMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    cellspecMs = Math.min(cellspecMs, wallMs(process.execPath, [path.join(root, 'bin/cellspec.js'), 'formula', '--stdin', '--format', 'json'], input));
    pymatgenMs = Math.min(pymatgenMs, wallMs(PYTHON, ['-c', loop], input));
  }
  return { cellspecMs, pymatgenMs };
}
