/**
 * The metal-anode swap of cell/ion is offered only for the other ion's own metal: an alloy or
 * another library anode of that ion gets the plain advice. Written against a mutant mutation
 * testing found alive in checks/ion.ts (the name check of `metalSwap`).
 */
import { beforeEach, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { analyze, only } from '../helpers/analyze';

beforeEach(() => forgetPreviousAnalyses());

it('a Li–In anode in a sodium cell: “use a sodium anode”, not sodium metal in place of the alloy', () => {
  const a = analyze('cell C {\n  anode LiIn thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2\n}\n');
  const [d] = only(a, 'cell/ion');
  expect(d!.message).toBe(
    'the anode `LiIn` stores lithium, but the rest of cell `C` works with sodium (`Na3PS4`, `NaCrO2`): a cell shuttles one ion from anode to cathode through every layer between them, ' +
      'so Li⁺ and Na⁺ cannot meet in one stack. Use a sodium anode, or declare `ion Li` if the cell is meant to run on lithium.',
  );
  expect(d!.data).toEqual({ ion: 'Na', carried: 'Li', material: 'LiIn' });
});
