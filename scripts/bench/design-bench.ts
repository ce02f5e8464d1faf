/**
 * The design solver's cost per cell (issue #15: "no more than a few milliseconds per cell"):
 * `solveDesign` over every cell of examples/design-limits.cell and of cells generated around it
 * with other recipes, loadings and rates — the first call in a fresh process (cold) and the
 * median once warm. Run alone: node scripts/run-ts.mjs scripts/bench/design-bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { cellDesignSpace, solveDesign } from '../../server/src/core/compute/design';
import { median, nowMs } from './stats';

export interface DesignCost {
  readonly cells: number;
  readonly coldMs: number;
  readonly warmMedianMs: number;
  readonly warmP95Ms: number;
}

/** Cells with the recipe, loading and rate varied, so that every limit binds somewhere. */
function documentOfCells(root: string): string {
  const base = readFileSync(path.join(root, 'examples/design-limits.cell'), 'utf8');
  const cells: string[] = [];
  for (const loading of [8, 15, 25, 40]) {
    for (const rate of ['0.2 C', '1 C', '2 mA/cm2']) {
      cells.push(`cell L${loading}R${cells.length} {\n  anode Li thickness 40 um\n  separator Li6PS5Cl thickness 40 um\n  cathode Standard loading ${loading} mg/cm2\n  rate ${rate}\n}\n`);
    }
  }
  return `${base}\n${cells.join('\n')}`;
}

export function designCost(root: string): DesignCost {
  const analysis = analyzeDocument(path.join(root, 'bench.cell'), documentOfCells(root), { host: { workspaceRoot: root, readFile: () => undefined } });
  const cells = analysis.hints.cells;
  const solve = (i: number): number => {
    const start = nowMs();
    const space = cellDesignSpace(cells[i % cells.length]!, analysis.settings);
    if (space.value) solveDesign(space.value);
    return nowMs() - start;
  };
  const coldMs = solve(0);
  for (let i = 0; i < 200; i++) solve(i);
  const samples = Array.from({ length: 400 }, (_, i) => solve(i));
  const sorted = [...samples].sort((a, b) => a - b);
  return { cells: cells.length, coldMs, warmMedianMs: median(samples), warmP95Ms: sorted[Math.floor(sorted.length * 0.95)]! };
}

if (require.main === module) {
  const root = [path.resolve(__dirname, '../..'), process.cwd()].find((dir) => existsSync(path.join(dir, 'package.json')))!;
  const cost = designCost(root);
  console.log(`design solver over ${cost.cells} cells: first call ${cost.coldMs.toFixed(1)} ms, warm median ${cost.warmMedianMs.toFixed(2)} ms, p95 ${cost.warmP95Ms.toFixed(2)} ms per cell`);
}
