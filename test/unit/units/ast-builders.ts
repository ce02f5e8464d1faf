/**
 * Hand-built syntax-tree values for the unit tests, laid out as on a real line so spans are
 * meaningful: `quantity('3', 'V', 11)` is the `3 V` starting at column 11 of `capacity   3 V`.
 * Built as the parser builds them (grammar/nodes.ts: a node is its own span), so that code which
 * copies a node the wrong way (`{ ...node }` drops its offsets) fails here too.
 */
import type { FormulaValue, Name, NameValue, Quantity, RangeValue, StringValue } from '../../../grammar/ast';
import { FormulaNode, NameNode, QuantityNode, RangeNode, StringNode } from '../../../grammar/nodes';
import { Anchor } from '../../../grammar/span';

/** One line's anchor at offset 0: every relative offset is the absolute one. */
const LINE = new Anchor(0);

export function name(text: string, start = 0): Name {
  return new NameNode(LINE, start, start + text.length, text);
}

export function quantity(numberText: string, unitText?: string, start = 0): Quantity {
  const unit = unitText === undefined ? undefined : name(unitText, start + numberText.length + 1);
  return new QuantityNode(LINE, start, unit ? unit.span.end : start + numberText.length, numberText, unit);
}

/** `low .. high`, each end given as [number, unit?]. */
export function range(low: [string, string?], high: [string, string?] | undefined, start = 0): RangeValue {
  const lowQ = quantity(low[0], low[1], start);
  const highQ = high ? quantity(high[0], high[1], lowQ.span.end + 4) : undefined;
  return new RangeNode(LINE, start, (highQ ?? lowQ).span.end, lowQ, highQ);
}

export function nameValue(text: string, start = 0): NameValue {
  const n = name(text, start);
  return { kind: 'name', name: n, span: n.span };
}

export function stringValue(value: string, start = 0): StringValue {
  return new StringNode(LINE, start, start + value.length + 2, value);
}

export function formulaValue(text: string, start = 0): FormulaValue {
  return new FormulaNode(LINE, start, start + text.length, text);
}
