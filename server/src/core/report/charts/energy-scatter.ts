/**
 * Across a file's cells: specific energy (Wh/kg) against energy density (Wh/L) of the
 * stack, the two numbers a cell design is judged by. Each cell has its own colour and
 * marker shape, a label beside its point and a line in the legend.
 */
import { formatSig } from '../../text/numbers';
import { SERIES_COLOURS } from '../palette';
import { el, niceTicks, px, svgChart, text, tooltip } from '../svg';
import type { CellReport } from '../types';

const WIDTH = 680;
const PLOT = { left: 76, right: 640, top: 16, bottom: 316 };
const LEGEND_LINE = 18;

type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond'];

export function marker(shape: Shape, x: number, y: number, fill: string, title: string): string {
  const r = 6;
  const common = { fill, stroke: '#000000', 'stroke-width': 1, class: 'marker' };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, ...common }, tooltip(title));
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...common }, tooltip(title));
    case 'triangle':
      return el('polygon', { points: `${px(x)},${px(y - r - 1)} ${px(x + r + 1)},${px(y + r)} ${px(x - r - 1)},${px(y + r)}`, ...common }, tooltip(title));
    case 'diamond':
      return el('polygon', { points: `${px(x)},${px(y - r - 1)} ${px(x + r + 1)},${px(y)} ${px(x)},${px(y + r + 1)} ${px(x - r - 1)},${px(y)}`, ...common }, tooltip(title));
  }
}

export function energyScatter(cells: readonly CellReport[], id: string): string | undefined {
  const points = cells
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => cell.specificEnergy !== null && cell.energyDensity !== null);
  if (points.length === 0) return undefined;
  const xTicks = niceTicks(Math.max(...points.map((p) => p.cell.energyDensity!), 1));
  const yTicks = niceTicks(Math.max(...points.map((p) => p.cell.specificEnergy!), 1));
  const xMax = xTicks[xTicks.length - 1]!;
  const yMax = yTicks[yTicks.length - 1]!;
  const sx = (v: number): number => PLOT.left + (v / xMax) * (PLOT.right - PLOT.left);
  const sy = (v: number): number => PLOT.bottom - (v / yMax) * (PLOT.bottom - PLOT.top);
  const body: string[] = [];

  for (const tick of xTicks) {
    body.push(el('line', { x1: sx(tick), y1: PLOT.top, x2: sx(tick), y2: PLOT.bottom, class: 'grid' }));
    body.push(text(sx(tick), PLOT.bottom + 16, formatSig(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  for (const tick of yTicks) {
    body.push(el('line', { x1: PLOT.left, y1: sy(tick), x2: PLOT.right, y2: sy(tick), class: 'grid' }));
    body.push(text(PLOT.left - 6, sy(tick) + 4, formatSig(tick), { 'text-anchor': 'end', class: 'tick' }));
  }
  body.push(el('line', { x1: PLOT.left, y1: PLOT.bottom, x2: PLOT.right, y2: PLOT.bottom, class: 'axis' }));
  body.push(el('line', { x1: PLOT.left, y1: PLOT.top, x2: PLOT.left, y2: PLOT.bottom, class: 'axis' }));
  body.push(text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 36, 'energy density of the stack (Wh/L)', { 'text-anchor': 'middle', class: 'axis-title' }));
  body.push(
    text(18, (PLOT.top + PLOT.bottom) / 2, 'specific energy of the stack (Wh/kg)', {
      'text-anchor': 'middle',
      transform: `rotate(-90 18 ${px((PLOT.top + PLOT.bottom) / 2)})`,
      class: 'axis-title',
    }),
  );

  const legendTop = PLOT.bottom + 62;
  points.forEach(({ cell, index }, i) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
    const shape = SHAPES[index % SHAPES.length]!;
    const x = sx(cell.energyDensity!);
    const y = sy(cell.specificEnergy!);
    const summary = `${cell.name}: ${formatSig(cell.specificEnergy!)} Wh/kg, ${formatSig(cell.energyDensity!)} Wh/L`;
    body.push(marker(shape, x, y, colour, summary));
    const labelLeft = x > PLOT.right - 120;
    body.push(text(labelLeft ? x - 10 : x + 10, y - 8, cell.name, { class: 'point-label', 'text-anchor': labelLeft ? 'end' : 'start' }));
    const ly = legendTop + i * LEGEND_LINE;
    body.push(marker(shape, PLOT.left + 6, ly - 4, colour, summary));
    body.push(text(PLOT.left + 20, ly, summary, { class: 'legend' }));
  });
  const height = legendTop + points.length * LEGEND_LINE;
  const description =
    `Scatter of the stack's specific energy (Wh/kg, vertical) against its energy density (Wh/L, horizontal), one point per cell: ` +
    points.map(({ cell }) => `${cell.name} ${formatSig(cell.specificEnergy!)} Wh/kg and ${formatSig(cell.energyDensity!)} Wh/L`).join('; ') +
    '.';
  return svgChart({ id, width: WIDTH, height, title: 'Specific energy against energy density of each cell', description }, body);
}
