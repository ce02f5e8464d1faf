/**
 * Per composite: each phase's Σ x_i/x_c,i as a bar stacked by the materials that conduct it,
 * against the percolation line at 1. A bar short of the line is a phase with no connected
 * path through the electrode (`conduction/percolation`).
 */
import { formatSig } from '../../text/numbers';
import { SERIES_COLOURS, textClassOn } from '../palette';
import { el, niceTicks, svgChart, text, textWidth, tooltip } from '../svg';
import type { CompositeReport } from '../types';

const WIDTH = 680;
const PLOT = { left: 110, right: 560, top: 14 };
const ROW = 44;
const BAR = 26;
const LEGEND_LINE = 18;

export function percolationChart(composite: CompositeReport, id: string): string | undefined {
  const phases = (['ionic', 'electronic'] as const).map((phase) => ({ phase, percolation: composite.percolation[phase] }));
  if (phases.some((p) => p.percolation === null)) return undefined;
  const maxSum = Math.max(...phases.map((p) => p.percolation!.sum), 1.2);
  const ticks = niceTicks(maxSum, 5);
  const xMax = ticks[ticks.length - 1]!;
  const sx = (v: number): number => PLOT.left + (v / xMax) * (PLOT.right - PLOT.left);
  const bottom = PLOT.top + phases.length * ROW;
  const materials = [...new Set(phases.flatMap((p) => p.percolation!.terms.map((t) => t.name)))];
  const colourOf = (name: string): string => SERIES_COLOURS[materials.indexOf(name) % SERIES_COLOURS.length]!;
  const body: string[] = [];

  for (const tick of ticks) {
    body.push(el('line', { x1: sx(tick), y1: PLOT.top, x2: sx(tick), y2: bottom, class: 'grid' }));
    body.push(text(sx(tick), bottom + 16, formatSig(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  body.push(el('line', { x1: PLOT.left, y1: bottom, x2: PLOT.right, y2: bottom, class: 'axis' }));
  body.push(text((PLOT.left + PLOT.right) / 2, bottom + 36, 'Σ x/x_c over the conducting materials (percolates at ≥ 1)', { 'text-anchor': 'middle', class: 'axis-title' }));

  phases.forEach(({ phase, percolation }, i) => {
    const y = PLOT.top + i * ROW + (ROW - BAR) / 2;
    body.push(text(PLOT.left - 10, y + BAR / 2 + 4, phase, { 'text-anchor': 'end', class: 'label' }));
    let x = PLOT.left;
    for (const term of percolation!.terms) {
      const width = sx(term.share) - PLOT.left;
      const colour = colourOf(term.name);
      body.push(
        el(
          'rect',
          { x, y, width: Math.max(width, 0), height: BAR, fill: colour, class: 'segment' },
          tooltip(`${term.name}: x ${formatSig(term.solidVolumeFraction * 100)} vol% of the solid / x_c ${formatSig(term.threshold)} = ${formatSig(term.share)}`),
        ),
      );
      if (width > textWidth(term.name, 11) + 6) {
        body.push(text(x + width / 2, y + BAR / 2 + 4, term.name, { 'text-anchor': 'middle', class: textClassOn(colour) }));
      }
      x += width;
    }
    const verdict = percolation!.terms.length === 0 ? '0: no conductor' : `${formatSig(percolation!.sum)}: ${percolation!.percolates ? 'percolates' : 'does not percolate'}`;
    // Clear of the dashed line at 1 when the bar stops short of it.
    body.push(text((x < sx(1) ? sx(1) : x) + 8, y + BAR / 2 + 4, verdict, { class: percolation!.percolates ? 'label' : 'label strong' }));
  });

  // The percolation line, drawn over the bars.
  body.push(el('line', { x1: sx(1), y1: PLOT.top - 6, x2: sx(1), y2: bottom, class: 'threshold' }));

  const legendTop = bottom + 60;
  materials.forEach((name, i) => {
    const y = legendTop + i * LEGEND_LINE;
    const term = phases.flatMap((p) => p.percolation!.terms).find((t) => t.name === name)!;
    body.push(el('rect', { x: PLOT.left, y: y - 10, width: 12, height: 12, fill: colourOf(name), class: 'swatch' }));
    body.push(text(PLOT.left + 18, y, `${name}: ${formatSig(term.solidVolumeFraction * 100)} vol% of the solid, x_c ${formatSig(term.threshold)}`, { class: 'legend' }));
  });
  const legendEnd = legendTop + Math.max(materials.length, 1) * LEGEND_LINE;
  body.push(
    el('line', { x1: PLOT.left, y1: legendEnd - 4, x2: PLOT.left + 12, y2: legendEnd - 4, class: 'threshold' }),
    text(PLOT.left + 18, legendEnd, 'percolation threshold, Σ x/x_c = 1', { class: 'legend' }),
  );

  const description =
    `Percolation of composite ${composite.name}: ` +
    phases
      .map(({ phase, percolation }) => `${phase} Σx/x_c = ${formatSig(percolation!.sum)} (${percolation!.percolates ? 'percolates' : 'does not percolate'})`)
      .join(', ') +
    '; the dashed line marks the threshold at 1.';
  return svgChart({ id, width: WIDTH, height: legendEnd + 10, title: `Percolation of the ionic and electronic phases of ${composite.name}`, description }, body);
}
