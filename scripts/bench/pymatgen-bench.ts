/**
 * pymatgen on the same formulas as the Cellspec engine, when Debian's python3-pymatgen is
 * installed (`apt-get install -y python3-pymatgen`; /usr/bin/python3 explicitly, so a
 * virtualenv on PATH does not change what is measured).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

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
