/**
 * Per composite: the effective ionic and electronic conductivity (Bruggeman) on a log axis,
 * a dot at the representative value and a whisker over the range the declared conductivity
 * ranges allow. The lower one — the bottleneck — is named in its row label.
 */
import { formatSig } from '../../text/numbers';
import { PHASE_COLOURS } from '../palette';
import { decadeLabel, decadeTicks, el, svgChart, text, tooltip } from '../svg';
import type { CompositeReport } from '../types';

const WIDTH = 680;
const PLOT = { left: 170, right: 600, top: 14 };
const ROW = 40;

type Phase = 'ionic' | 'electronic';

export function conductivityChart(composite: CompositeReport, id: string): string | undefined {
  const rows = (['ionic', 'electronic'] as const).map((phase) => ({
    phase,
    value: phase === 'ionic' ? composite.ionicConductivity : composite.electronicConductivity,
    range: phase === 'ionic' ? composite.ionicConductivityRange : composite.electronicConductivityRange,
  }));
  if (rows.some((r) => r.value === null)) return undefined;
  const positive = rows.flatMap((r) => [r.value!, r.range!.low, r.range!.high]).filter((v) => v > 0);
  const ticks = positive.length ? decadeTicks(Math.min(...positive), Math.max(...positive)) : [1e-3, 1e-2, 1e-1];
  const lo = Math.log10(ticks[0]!);
  const hi = Math.log10(ticks[ticks.length - 1]!);
  const sx = (v: number): number => PLOT.left + ((Math.log10(v) - lo) / (hi - lo)) * (PLOT.right - PLOT.left);
  const bottom = PLOT.top + rows.length * ROW;
  const body: string[] = [];

  for (const tick of ticks) {
    body.push(el('line', { x1: sx(tick), y1: PLOT.top, x2: sx(tick), y2: bottom, class: 'grid' }));
    body.push(text(sx(tick), bottom + 16, decadeLabel(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  body.push(el('line', { x1: PLOT.left, y1: bottom, x2: PLOT.right, y2: bottom, class: 'axis' }));
  body.push(text((PLOT.left + PLOT.right) / 2, bottom + 36, 'effective conductivity, Bruggeman σ_eff (mS/cm, log scale)', { 'text-anchor': 'middle', class: 'axis-title' }));

  rows.forEach((row, i) => {
    const y = PLOT.top + i * ROW + ROW / 2;
    const isBottleneck = composite.bottleneck === row.phase;
    body.push(text(PLOT.left - 10, y + 4, `${row.phase}${isBottleneck ? ' (bottleneck)' : ''}`, { 'text-anchor': 'end', class: isBottleneck ? 'label strong' : 'label' }));
    const colour = PHASE_COLOURS[row.phase as Phase];
    if (!(row.value! > 0)) {
      body.push(text(PLOT.left + 4, y + 4, `0 — no component conducts ${row.phase === 'ionic' ? 'ions' : 'electrons'}`, { class: 'note' }));
      return;
    }
    const { low, high } = row.range!;
    if (high > low && low > 0) {
      body.push(el('line', { x1: sx(low), y1: y, x2: sx(high), y2: y, stroke: colour, 'stroke-width': 3, class: 'whisker' }, tooltip(`range ${formatSig(low)}–${formatSig(high)} mS/cm`)));
    }
    const shape = row.phase === 'ionic' ? 'circle' : 'rect';
    const summary = `${row.phase} σ_eff ${formatSig(row.value!)} mS/cm`;
    body.push(
      shape === 'circle'
        ? el('circle', { cx: sx(row.value!), cy: y, r: 7, fill: colour, stroke: '#000000', 'stroke-width': 1, class: 'marker' }, tooltip(summary))
        : el('rect', { x: sx(row.value!) - 7, y: y - 7, width: 14, height: 14, fill: colour, stroke: '#000000', 'stroke-width': 1, class: 'marker' }, tooltip(summary)),
    );
    const labelX = Math.max(sx(row.value!), high > 0 ? sx(high) : 0) + 12;
    body.push(text(Math.min(labelX, PLOT.right + 6), y - 10, `${formatSig(row.value!)} mS/cm`, { class: 'point-label' }));
  });

  const description =
    `Effective conductivities of composite ${composite.name} by Bruggeman's relation: ionic ${formatSig(composite.ionicConductivity!)} mS/cm, ` +
    `electronic ${formatSig(composite.electronicConductivity!)} mS/cm; the ${composite.bottleneck} phase is the bottleneck.`;
  return svgChart({ id, width: WIDTH, height: bottom + 46, title: `Effective conductivity of ${composite.name}`, description }, body);
}
