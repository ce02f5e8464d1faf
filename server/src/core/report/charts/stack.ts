/**
 * Per cell: where the stack's mass and thickness go, layer by layer, as two 100 % bars
 * (the review's Fig. 3e compares battery configurations by the weight and volume share of
 * each component). Totals are written at the end of each bar; each segment's tooltip and
 * the legend carry the absolute values.
 */
import { formatSig } from '../../text/numbers';
import { ROLE_COLOURS, textClassOn } from '../palette';
import { el, svgChart, text, textWidth, tooltip } from '../svg';
import type { CellReport, LayerReport } from '../types';

const WIDTH = 680;
const LEFT = 110;
const BAR_WIDTH = 420;
const BAR_HEIGHT = 30;
const ROW_GAP = 16;
const TOP = 12;
const LEGEND_LINE = 18;

export function layerColours(layers: readonly LayerReport[]): string[] {
  const seen: Record<string, number> = {};
  return layers.map((layer) => {
    const palette = ROLE_COLOURS[layer.role] ?? ['#808080'];
    const index = seen[layer.role] ?? 0;
    seen[layer.role] = index + 1;
    return palette[index % palette.length]!;
  });
}

interface Measure {
  readonly label: string;
  readonly unit: string;
  readonly values: readonly (number | null)[];
}

export function stackChart(cell: CellReport, id: string): string | undefined {
  const measures: Measure[] = [
    { label: 'areal mass', unit: 'mg/cm²', values: cell.layers.map((l) => l.arealMass) },
    { label: 'thickness', unit: 'µm', values: cell.layers.map((l) => l.thickness) },
  ];
  const complete = (m: Measure): boolean => m.values.length > 0 && m.values.every((v) => v !== null) && m.values.some((v) => v! > 0);
  if (!measures.some(complete)) return undefined;
  const colours = layerColours(cell.layers);
  const body: string[] = [];
  const rowsBottom = TOP + measures.length * (BAR_HEIGHT + ROW_GAP);

  measures.forEach((measure, row) => {
    const y = TOP + row * (BAR_HEIGHT + ROW_GAP);
    body.push(text(LEFT - 8, y + BAR_HEIGHT / 2 + 4, measure.label, { 'text-anchor': 'end', class: 'label' }));
    if (!complete(measure)) {
      body.push(text(LEFT, y + BAR_HEIGHT / 2 + 4, `not computable: ${missingLayers(cell, measure)}`, { class: 'note' }));
      return;
    }
    const total = measure.values.reduce<number>((sum, v) => sum + v!, 0);
    let x = LEFT;
    measure.values.forEach((value, i) => {
      const width = (value! / total) * BAR_WIDTH;
      const layer = cell.layers[i]!;
      const share = (value! / total) * 100;
      body.push(
        el(
          'rect',
          { x, y, width: Math.max(width, 0), height: BAR_HEIGHT, fill: colours[i], class: 'segment' },
          tooltip(`${layer.role} ${layer.name}: ${formatSig(value!)} ${measure.unit} (${formatSig(share, 2)} %)`),
        ),
      );
      const label = `${formatSig(share, 2)} %`;
      if (width > textWidth(label, 11) + 6) {
        body.push(text(x + width / 2, y + BAR_HEIGHT / 2 + 4, label, { 'text-anchor': 'middle', class: textClassOn(colours[i]!) }));
      }
      x += width;
    });
    body.push(text(LEFT + BAR_WIDTH + 8, y + BAR_HEIGHT / 2 + 4, `Σ ${formatSig(total)} ${measure.unit}`, { class: 'label' }));
  });

  // Shared percentage axis under the bars.
  const axisY = rowsBottom - ROW_GAP + 6;
  body.push(el('line', { x1: LEFT, y1: axisY, x2: LEFT + BAR_WIDTH, y2: axisY, class: 'axis' }));
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = LEFT + (tick / 100) * BAR_WIDTH;
    body.push(el('line', { x1: x, y1: axisY, x2: x, y2: axisY + 4, class: 'axis' }));
    body.push(text(x, axisY + 16, `${tick}`, { 'text-anchor': 'middle', class: 'tick' }));
  }
  body.push(text(LEFT + BAR_WIDTH / 2, axisY + 32, 'share of the stack (%)', { 'text-anchor': 'middle', class: 'axis-title' }));

  // Legend: one line per layer, anode side first, with its absolute values.
  const legendTop = axisY + 50;
  cell.layers.forEach((layer, i) => {
    const y = legendTop + i * LEGEND_LINE;
    body.push(el('rect', { x: LEFT, y: y - 10, width: 12, height: 12, fill: colours[i], class: 'swatch' }));
    body.push(
      text(LEFT + 18, y, `${layer.role} ${layer.name}: ${value(layer.arealMass, 'mg/cm²')}, ${value(layer.thickness, 'µm')}`, { class: 'legend' }),
    );
  });
  const height = legendTop + cell.layers.length * LEGEND_LINE;

  const description =
    `Stacked bars of each layer's share of the areal mass and of the thickness of cell ${cell.name}, anode side first. ` +
    cell.layers.map((l) => `${l.role} ${l.name}: ${value(l.arealMass, 'mg/cm²')}, ${value(l.thickness, 'µm')}`).join('; ') +
    '.';
  return svgChart({ id, width: WIDTH, height, title: `Stack of ${cell.name}: areal mass and thickness by layer`, description }, body);
}

function value(v: number | null, unit: string): string {
  return v === null ? `${unit === 'µm' ? 'thickness' : 'areal mass'} missing` : `${formatSig(v)} ${unit}`;
}

function missingLayers(cell: CellReport, measure: Measure): string {
  const names = cell.layers.filter((_, i) => measure.values[i] === null).map((l) => `${l.role} ${l.name}`);
  return names.length ? `${names.join(', ')} (see missing)` : 'no layers';
}
