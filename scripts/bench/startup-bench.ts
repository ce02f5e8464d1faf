/**
 * Start-up as a user feels it (issue #16, items 1 and 2), whole processes timed from outside:
 * `cellspec formula Li2S` against a bare `node -e 0` on the same Node, and `cellspec check` of
 * a generated 10,000-line file. Runs alternate so that a change of load touches both sides.
 */
import { timedCli, wallMs, withGeneratedFile } from './cli-process';
import { median } from './stats';

/** Medians of `rounds` alternating runs of `cellspec formula Li2S` and `node -e 0`, after one unmeasured run of each (disk cache). */
export function formulaStartup(root: string, rounds = 21): { cellspecMs: number; nodeMs: number; ratio: number } {
  const cellspec: number[] = [];
  const node: number[] = [];
  for (let round = -1; round < rounds; round++) {
    const ours = timedCli(root, ['formula', 'Li2S']).wallMs;
    const bare = wallMs(process.execPath, ['-e', '0']);
    if (round < 0) continue;
    cellspec.push(ours);
    node.push(bare);
  }
  const cellspecMs = median(cellspec);
  const nodeMs = median(node);
  return { cellspecMs, nodeMs, ratio: cellspecMs / nodeMs };
}

/** Median wall time of `cellspec check` on the bench's generated 10,000-line document, start-up included. */
export function tenThousandLineCheck(root: string, rounds = 7): number {
  return withGeneratedFile(10_000, 3, (file) => {
    timedCli(root, ['check', file]);
    return median(Array.from({ length: rounds }, () => timedCli(root, ['check', file]).wallMs));
  });
}
