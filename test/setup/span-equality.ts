/**
 * `toEqual` compares a span by its offsets, whatever kind it is: a plain `{ start, end }` from a
 * test and an anchored span from the parser (grammar/span.ts) are equal when they cover the same
 * characters. A node that is its own span (grammar/nodes.ts: names, quantities, properties)
 * compares as its interface reads — its fields with `span` (and a quantity's `numberSpan`) as
 * offsets — or, against a plain `{ start, end }`, as a span.
 */
import { expect } from 'vitest';
import { SpanNode } from '../../grammar/nodes';
import { AnchoredSpan } from '../../grammar/span';

function isSpanLike(value: unknown): value is { start: number; end: number } {
  if (value instanceof AnchoredSpan) return true;
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { start?: unknown }).start === 'number' && typeof (value as { end?: unknown }).end === 'number';
}

/** A node's fields as its interface reads them: its own fields and what its class reads on use (a quantity's `value`, `numberSpan`). */
function nodeView(node: SpanNode): Record<string, unknown> {
  const { anchor: _anchor, relativeStart: _start, relativeEnd: _end, ...fields } = node as unknown as Record<string, unknown>;
  const view: Record<string, unknown> = { ...fields, span: node.toJSON() };
  for (let proto = Object.getPrototypeOf(node) as object; proto !== AnchoredSpan.prototype; proto = Object.getPrototypeOf(proto) as object) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get === undefined || key === 'span') continue;
      const read = (node as unknown as Record<string, unknown>)[key];
      view[key] = read instanceof AnchoredSpan ? read.toJSON() : read;
    }
  }
  return view;
}

expect.addEqualityTesters([
  function spansAndNodes(a: unknown, b: unknown, customTesters): boolean | undefined {
    if (!(a instanceof AnchoredSpan) && !(b instanceof AnchoredSpan)) return undefined;
    if (isSpanLike(a) && isSpanLike(b) && !(a instanceof SpanNode && b instanceof SpanNode)) {
      // A node against a plain object with more than offsets is compared field by field below.
      return a.start === b.start && a.end === b.end;
    }
    if (a instanceof SpanNode || b instanceof SpanNode) {
      return this.equals(a instanceof SpanNode ? nodeView(a) : a, b instanceof SpanNode ? nodeView(b) : b, customTesters);
    }
    return false;
  },
]);
