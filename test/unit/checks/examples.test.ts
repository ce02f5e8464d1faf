import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { createNodeFileHost } from '../../../server/src/node/file-host';
import { codesAtLines, REPO } from '../helpers/analyze';
import { readFileSync } from 'node:fs';

/**
 * What each example's comments say it should report (code@line), and nothing else.
 * The first four are the shared examples of ../shared/examples, copied into examples/.
 */
const EXPECTED: Record<string, string[]> = {
  'halide-cathode.cell': ['window/reduction@20'],
  'homogeneous-ltg.cell': [],
  'mistakes.cell': [
    'formula/element@4',
    'unit/dimension@6',
    'stoich/charge@10',
    'stoich/capacity@14',
    'mix/sum@17',
    'anion/mismatch@18',
    'window/oxidation@18',
    'cell/incomplete@23',
    'value/range@24',
    'ref/undefined@25',
  ],
  'oxide-on-sulfide.cell': ['anion/mismatch@7', 'window/oxidation@7', 'anion/mismatch@20', 'window/oxidation@20'],
  'anion-redox.cell': ['stoich/anion-redox@6'],
  'bilayer-halide-catholyte.cell': [],
  'imports/materials.cell': [],
  'imports/sulfide-cell.cell': [],
  'percolation.cell': ['conduction/percolation@6'],
  'design-limits.cell': ['conduction/limited@24'],
  'sodium-cell.cell': ['anion/mismatch@29', 'window/oxidation@29', 'window/reduction@35', 'anion/mismatch@36', 'window/oxidation@36'],
  'lto-anode.cell': ['window/reduction@34'],
  'particle-size.cell': ['conduction/percolation@36', 'conduction/percolation@41'],
};

function exampleFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? exampleFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name.endsWith('.cell') ? [`${prefix}${entry.name}`] : [],
  );
}

describe('the examples report exactly what their comments say', () => {
  const root = path.join(REPO, 'examples');
  it('every example file has its expectations written down here', () => {
    expect(exampleFiles(root).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length ? expected.join(', ') : 'nothing'}`, () => {
      const file = path.join(root, name);
      const text = readFileSync(file, 'utf8');
      const analysis = analyzeDocument(file, text, { host: createNodeFileHost(root) });
      expect(codesAtLines(analysis)).toEqual(expected);
    });
  }
});
