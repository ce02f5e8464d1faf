/**
 * Per cell: the design space of its cathode (compute/design.ts), two panels over one axis — the
 * active share (loading held) or the loading (recipe held). Above: the stack's specific energy.
 * Below: the ionic and electronic voltage losses across the cathode on a log scale, with the
 * `conductionLimit` as a dashed line. The limit found is a dashed vertical line, designs that do
 * not work are shaded, and the current design is a ringed point on every curve.
 */
import { DESIGN_LIMIT_TEXT } from '../../compute/design';
import { formatSig } from '../../text/numbers';
import { OKABE_ITO, PHASE_COLOURS } from '../palette';
import { decadeLabel, decadeTicks, el, niceTicks, svgChart, text, textWidth, tooltip } from '../svg';
import type { CellReport, DesignCurvePoint } from '../types';

const WIDTH = 680;
const PLOT = { left: 70, right: 560 };
const ENERGY = { top: 16, height: 120 };
const LOSS = { top: 176, height: 130 };

export type DesignAxis = 'active' | 'loading';

export function designSpaceChart(cell: CellReport, axis: DesignAxis, id: string): string | undefined {
  const design = cell.design;
  const points = design.curves[axis];
  const xOf = (p: DesignCurvePoint): number | null => (axis === 'active' ? p.activeWt : p.loading);
  const usable = points.filter((p) => xOf(p) !== null);
  if (usable.length < 2) return undefined;
  const xs = usable.map((p) => xOf(p)!);
  const xMin = axis === 'active' ? 0 : 0;
  const xMax = axis === 'active' ? 100 : Math.max(...xs);
  const xTicks = niceTicks(xMax, 5, xMin);
  const xHi = xTicks[xTicks.length - 1]!;
  const sx = (v: number): number => PLOT.left + ((v - xMin) / (xHi - xMin)) * (PLOT.right - PLOT.left);
  const current = axis === 'active' ? design.activeWt : cell.cathodeLoading;
  const limit = axis === 'active' ? design.maxActiveWt : design.maxLoading;
  const limitedBy = axis === 'active' ? design.limitedBy : design.loadingLimitedBy;
  const unit = axis === 'active' ? 'wt %' : 'mg/cm²';
  const body: string[] = [];

  // Shade what does not work, run by run of infeasible points.
  for (const [from, to] of infeasibleRuns(usable, xOf)) {
    for (const panel of [ENERGY, LOSS]) {
      body.push(el('rect', { x: sx(from), y: panel.top, width: Math.max(sx(to) - sx(from), 1), height: panel.height, fill: OKABE_ITO.vermillion, 'fill-opacity': 0.08, class: 'infeasible' }));
    }
  }

  // Energy panel.
  const energies = usable.map((p) => p.specificEnergy).filter((v): v is number => v !== null);
  const eTicks = niceTicks(energies.length ? Math.max(...energies) : 1);
  const eHi = eTicks[eTicks.length - 1]!;
  const syE = (v: number): number => ENERGY.top + ENERGY.height - (v / eHi) * ENERGY.height;
  for (const tick of eTicks) {
    body.push(el('line', { x1: PLOT.left, y1: syE(tick), x2: PLOT.right, y2: syE(tick), class: 'grid' }));
    body.push(text(PLOT.left - 6, syE(tick) + 4, formatSig(tick), { 'text-anchor': 'end', class: 'tick' }));
  }
  body.push(text(14, ENERGY.top + ENERGY.height / 2, 'Wh/kg', { class: 'axis-title', transform: `rotate(-90 14 ${ENERGY.top + ENERGY.height / 2})`, 'text-anchor': 'middle' }));
  body.push(polyline(usable, xOf, (p) => p.specificEnergy, sx, syE, OKABE_ITO.bluishGreen, 'specific energy (stack)'));
  if (!energies.length) body.push(text(PLOT.left + 8, ENERGY.top + 20, 'specific energy not computable (see what the cell is missing)', { class: 'note' }));

  // Loss panel, log scale, with the limit.
  const losses = usable.flatMap((p) => [p.ionicDrop, p.electronicDrop]).filter((v): v is number => v !== null && v > 0);
  const limitV = design.limitV;
  const lTicks = decadeTicks(Math.min(...losses, limitV ?? Infinity, 1e-3), Math.max(...losses, limitV ?? 0, 1e-2));
  const lo = Math.log10(lTicks[0]!);
  const hi = Math.log10(lTicks[lTicks.length - 1]!);
  const syL = (v: number): number => LOSS.top + LOSS.height - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * LOSS.height;
  for (const tick of lTicks) {
    body.push(el('line', { x1: PLOT.left, y1: syL(tick), x2: PLOT.right, y2: syL(tick), class: 'grid' }));
    body.push(text(PLOT.left - 6, syL(tick) + 4, decadeLabel(tick), { 'text-anchor': 'end', class: 'tick' }));
  }
  body.push(text(14, LOSS.top + LOSS.height / 2, 'loss (V)', { class: 'axis-title', transform: `rotate(-90 14 ${LOSS.top + LOSS.height / 2})`, 'text-anchor': 'middle' }));
  if (limitV !== null) {
    body.push(el('line', { x1: PLOT.left, y1: syL(limitV), x2: PLOT.right, y2: syL(limitV), class: 'threshold' }, tooltip(`loss limit ${formatSig(limitV)} V (conductionLimit)`)));
    body.push(text(PLOT.right + 6, syL(limitV) + 4, `limit ${formatSig(limitV)} V`, { class: 'note' }));
  }
  body.push(polyline(usable, xOf, (p) => p.ionicDrop, sx, syL, PHASE_COLOURS.ionic, 'ionic loss'));
  body.push(polyline(usable, xOf, (p) => p.electronicDrop, sx, syL, PHASE_COLOURS.electronic, 'electronic loss', '5 3'));
  if (!losses.length) body.push(text(PLOT.left + 8, LOSS.top + 20, 'losses not computable (declare the cell’s rate)', { class: 'note' }));

  // x axis under the loss panel.
  const axisY = LOSS.top + LOSS.height;
  body.push(el('line', { x1: PLOT.left, y1: axisY, x2: PLOT.right, y2: axisY, class: 'axis' }));
  for (const tick of xTicks) body.push(text(sx(tick), axisY + 16, formatSig(tick), { 'text-anchor': 'middle', class: 'tick' }));
  const xTitle = axis === 'active' ? 'active material, wt % of the cathode composite (loading held)' : 'cathode loading, mg/cm² (recipe held)';
  body.push(text((PLOT.left + PLOT.right) / 2, axisY + 34, xTitle, { 'text-anchor': 'middle', class: 'axis-title' }));

  // The limit and the current design.
  if (limit !== null && limit <= xHi) {
    body.push(el('line', { x1: sx(limit), y1: ENERGY.top, x2: sx(limit), y2: axisY, class: 'threshold' }));
    const label = `max ${formatSig(limit)} ${unit}${limitedBy ? ` (${DESIGN_LIMIT_TEXT[limitedBy]})` : ''}`;
    // Right of the line when it fits in the chart, else left of it (a limit near the axis's end).
    const fitsRight = sx(limit) + 4 + textWidth(label) <= WIDTH - 4;
    body.push(text(fitsRight ? sx(limit) + 4 : sx(limit) - 4, ENERGY.top + 12, label, { class: 'note', ...(fitsRight ? {} : { 'text-anchor': 'end' }) }));
  }
  if (current !== null) {
    const now = nearest(usable, xOf, current);
    if (now?.specificEnergy !== null && now?.specificEnergy !== undefined) body.push(marker(sx(current), syE(now.specificEnergy), `this design: ${formatSig(current)} ${unit}, ${formatSig(now.specificEnergy)} Wh/kg`));
    if (now?.ionicDrop) body.push(marker(sx(current), syL(now.ionicDrop), `this design: ionic loss ${formatSig(now.ionicDrop)} V`));
    if (now?.electronicDrop) body.push(marker(sx(current), syL(now.electronicDrop), `this design: electronic loss ${formatSig(now.electronicDrop)} V`));
  }

  // Legend.
  const legendY = axisY + 56;
  const legend: [string, string, string | undefined][] = [
    ['specific energy', OKABE_ITO.bluishGreen, undefined],
    ['ionic loss', PHASE_COLOURS.ionic, undefined],
    ['electronic loss', PHASE_COLOURS.electronic, '5 3'],
  ];
  legend.forEach(([label, colour, dash], i) => {
    const x = PLOT.left + i * 170;
    body.push(el('line', { x1: x, y1: legendY - 4, x2: x + 24, y2: legendY - 4, stroke: colour, 'stroke-width': 2.5, ...(dash ? { 'stroke-dasharray': dash } : {}) }));
    body.push(text(x + 30, legendY, label, { class: 'legend' }));
  });
  body.push(el('circle', { cx: PLOT.left + 3 * 170 - 40, cy: legendY - 4, r: 5, class: 'ring' }));
  body.push(text(PLOT.left + 3 * 170 - 30, legendY, 'this design', { class: 'legend' }));

  const what = axis === 'active' ? 'active share' : 'loading';
  const description =
    `Specific energy and voltage losses of cell ${cell.name} against the cathode's ${what}` +
    (limit !== null ? `; the largest that works is ${formatSig(limit)} ${unit}${limitedBy ? `, above which ${DESIGN_LIMIT_TEXT[limitedBy]}` : ''}` : '') +
    (current !== null ? `; this design is at ${formatSig(current)} ${unit}.` : '.');
  return svgChart({ id, width: WIDTH, height: legendY + 12, title: `Design space of ${cell.name}: ${what}`, description }, body);
}

function polyline(
  points: readonly DesignCurvePoint[],
  xOf: (p: DesignCurvePoint) => number | null,
  yOf: (p: DesignCurvePoint) => number | null,
  sx: (v: number) => number,
  sy: (v: number) => number,
  colour: string,
  label: string,
  dash?: string,
): string {
  // A gap wherever the value cannot be had (a phase that does not percolate has no finite loss).
  const runs: string[][] = [[]];
  for (const p of points) {
    const x = xOf(p);
    const y = yOf(p);
    if (x === null || y === null || !(y > 0)) {
      if (runs[runs.length - 1]!.length) runs.push([]);
      continue;
    }
    runs[runs.length - 1]!.push(`${Math.round(sx(x) * 10) / 10},${Math.round(sy(y) * 10) / 10}`);
  }
  return runs
    .filter((run) => run.length > 1)
    .map((run) => el('polyline', { points: run.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2.5, ...(dash ? { 'stroke-dasharray': dash } : {}), class: 'curve' }, tooltip(label)))
    .join('');
}

function marker(x: number, y: number, label: string): string {
  return el('circle', { cx: x, cy: y, r: 5, class: 'ring' }, tooltip(label));
}

function nearest(points: readonly DesignCurvePoint[], xOf: (p: DesignCurvePoint) => number | null, x: number): DesignCurvePoint | undefined {
  return [...points].sort((a, b) => Math.abs(xOf(a)! - x) - Math.abs(xOf(b)! - x))[0];
}

/** [from, to] x-ranges of consecutive infeasible points, widened to the midpoints with their neighbours. */
function infeasibleRuns(points: readonly DesignCurvePoint[], xOf: (p: DesignCurvePoint) => number | null): [number, number][] {
  const runs: [number, number][] = [];
  points.forEach((p, i) => {
    if (p.feasible) return;
    const x = xOf(p)!;
    const before = i > 0 ? (xOf(points[i - 1]!)! + x) / 2 : x;
    const after = i < points.length - 1 ? (xOf(points[i + 1]!)! + x) / 2 : x;
    const last = runs[runs.length - 1];
    if (last && points[i - 1] && !points[i - 1]!.feasible) last[1] = after;
    else runs.push([before, after]);
  });
  return runs;
}
