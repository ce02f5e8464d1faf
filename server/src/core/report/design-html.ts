/**
 * A cell's "Design limits" in the HTML report: the numbers (report/design.ts), the design-space
 * charts against the active share and the loading, and the stack beside its all-active (AEA)
 * counterpart, as the review's Fig. 3e compares configurations.
 */
import { DESIGN_LIMIT_TEXT } from '../compute/design';
import { designSpaceChart } from './charts/design-space';
import { stackChart } from './charts/stack';
import { dl, figure, h, inlineCode } from './html-parts';
import { num } from './text';
import type { CellReport, DesignLimitName } from './types';


export function designSection(cell: CellReport, index: number): string {
  const design = cell.design;
  if (design.activeWt === null) {
    const why = design.missing.length ? `: ${design.missing.map(inlineCode).join('; ')}` : '';
    return `<h4>Design limits</h4><p class="missing">Not computable${why}</p>`;
  }
  const limited = (limit: DesignLimitName | null): string => (limit ? ` (above it ${DESIGN_LIMIT_TEXT[limit]})` : '');
  const at = design.atLimit;
  const aea = design.allActive;
  const rows: [string, string][] = [
    ['active share now', num(design.activeWt, 'wt %')],
    ['largest active share that works', design.maxActiveWt === null ? '—' : `${num(design.maxActiveWt, 'wt %')}${limited(design.limitedBy)}`],
    ['largest loading at this recipe', design.maxLoading === null ? '—' : `${num(design.maxLoading, 'mg/cm²')}, ${num(design.maxThickness, 'µm')}${limited(design.loadingLimitedBy)}`],
  ];
  if (at) rows.push(['at both limits', `${num(at.activeWt, 'wt %')}, ${num(at.loading, 'mg/cm²')}: ${num(at.arealCapacity, 'mAh/cm²')}, ${num(at.specificEnergy, 'Wh/kg')}, ${num(at.energyDensity, 'Wh/L')}`]);
  if (aea && design.activeWt < 100) rows.push(['all-active cathode (AEA), same capacity', `${num(aea.loading, 'mg/cm²')}, ${num(aea.thickness, 'µm')}: ${num(aea.specificEnergy, 'Wh/kg')}, ${num(aea.energyDensity, 'Wh/L')}`]);
  const note = design.missing.length ? `<p class="muted">Only percolation weighed: ${design.missing.map(inlineCode).join('; ')}.</p>` : '';
  const unavailable = 'The design-space chart needs the cell’s loading or thickness and the composite’s densities and capacity; see what is missing.';
  return [
    '<h4>Design limits</h4>',
    dl(rows),
    note,
    figure(
      designSpaceChart(cell, 'active', `chart-cell-${index}-design-active`),
      `Specific energy and voltage losses of ${cell.name} as the active share moves (the other components scaled in proportion, the loading held). Shaded: designs that do not work.`,
      unavailable,
    ),
    figure(
      designSpaceChart(cell, 'loading', `chart-cell-${index}-design-loading`),
      `The same against the cathode loading at the current recipe.`,
      unavailable,
    ),
    // A cathode that is all active already is its own AEA counterpart.
    aea && design.activeWt < 100 ? aeaComparison(cell, index) : '',
  ].join('\n');
}

/** This stack and the same stack with an all-active cathode of the same areal capacity, as two stack charts. */
function aeaComparison(cell: CellReport, index: number): string {
  const aea = cell.design.allActive!;
  const asAea: CellReport = {
    ...cell,
    name: `${cell.name} as AEA`,
    layers: cell.layers.map((layer) => (layer.role === 'cathode' ? { ...layer, name: `${layer.name} (active only)`, arealMass: aea.loading, thickness: aea.thickness } : layer)),
  };
  return [
    `<div class="side-by-side" aria-label="${h(`${cell.name} beside its all-active counterpart`)}">`,
    figure(stackChart(cell, `chart-cell-${index}-aea-now`), `${cell.name} as designed.`, ''),
    figure(
      stackChart(asAea, `chart-cell-${index}-aea`),
      `The same stack with a cathode of the active material alone at the same areal capacity: the all-electrochemically-active (AEA) configuration of the review's Fig. 3e.`,
      '',
    ),
    '</div>',
  ].join('\n');
}
