/**
 * The few SVG primitives the report's charts need, written out by hand. A charting library
 * would pull a DOM or a bundler into a pure core, load at run time in a browser (or from a
 * CDN, which the report must never touch: it is one file that works offline), and cost more
 * than the four small charts it would draw. Every text node and attribute goes through
 * `escapeXml`: material names come from user files.
 */
import { forHtml } from '../text/inert';

/** The report's one escaping rule for text and attribute values (text/inert.ts). */
export const escapeXml = forHtml;

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** Coordinates rounded to 0.1 px: smaller files, no float noise in the markup. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? px(value) : value!)}"`)
    .join('');
}

/** An element; `children` is already markup (escape text with `escapeXml` or use `text`). */
export function el(tag: string, attrs: Attributes = {}, children?: string): string {
  return children === undefined ? `<${tag}${attributes(attrs)}/>` : `<${tag}${attributes(attrs)}>${children}</${tag}>`;
}

export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return el('text', { x, y, ...attrs }, escapeXml(content));
}

/** A hover tooltip for a shape: SVG's own `<title>` child, read by screen readers too. */
export function tooltip(content: string): string {
  return el('title', {}, escapeXml(content));
}

export interface ChartFrame {
  /** Unique in the page: the ids of the chart's title and description derive from it. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Short name of the chart (its accessible name). */
  readonly title: string;
  /** What it shows, in a sentence or two, with the numbers (its accessible description). */
  readonly description: string;
}

export function svgChart(frame: ChartFrame, body: readonly string[]): string {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: frame.id,
      class: 'chart',
      viewBox: `0 0 ${px(frame.width)} ${px(frame.height)}`,
      width: frame.width,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    el('title', { id: titleId }, escapeXml(frame.title)) + el('desc', { id: descId }, escapeXml(frame.description)) + body.join(''),
  );
}

/** Round axis ticks from 0 (or min) to a round maximum at or above `max`: 1, 2, 2.5 or 5 × 10^k steps. */
export function niceTicks(max: number, target = 5, min = 0): number[] {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return [min, min + 1];
  const rough = span / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  const first = Math.floor(min / step) * step;
  for (let value = first; value < max + step * 0.999; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** Powers of ten covering [low, high] on a log axis, at least two decades. */
export function decadeTicks(low: number, high: number): number[] {
  let from = Math.floor(Math.log10(low));
  let to = Math.ceil(Math.log10(high));
  if (to - from < 2) {
    from -= 1;
    to = Math.max(to, from + 2);
  }
  const ticks: number[] = [];
  for (let e = from; e <= to; e++) ticks.push(10 ** e);
  return ticks;
}

/** `10⁻³`-style label for a power of ten; plain numbers between 0.01 and 1000. */
export function decadeLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent >= -2 && exponent <= 3) return String(Number(value.toPrecision(3)));
  const superscript: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  return `10${String(exponent).replace(/[-0-9]/g, (c) => superscript[c]!)}`;
}

/** A rough text width for placing labels (SVG text cannot be measured without a browser). */
export function textWidth(content: string, fontSize = 12): number {
  return content.length * fontSize * 0.58;
}
