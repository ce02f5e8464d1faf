/**
 * Syntax nodes that are their own spans: names, quantities, properties, ranges, strings,
 * formulas, components and layers — most of a tree. The node holds its anchor and offsets
 * (span.ts) and `node.span` is the node itself. A separate span object per node was a third of
 * the tree's memory (48 bytes each, four per line), and the 10 MB check's peak is its live set
 * (docs/security.md). Readers see the interfaces of ast.ts unchanged: `span` reads the node's
 * offsets; a quantity's `numberSpan` and `value` are read from its start (the number is where the
 * quantity starts) and its `numberText`. (Blocks keep plain fields: a few per document.)
 *
 * A node's `toJSON` is its span's, as a span is written out; nothing writes a whole tree out.
 * Copying a node with `{ ...node }` drops what its class reads: build a new node instead
 * (test/unit/architecture/node-copies.test.ts finds such copies).
 */
import type { Component, FormulaValue, Layer, LayerRole, Name, Property, Quantity, RangeValue, Span, StringValue, Value } from './ast';
import { Anchor, AnchoredSpan } from './span';

/** A node that is its own span. */
export abstract class SpanNode extends AnchoredSpan {
  get span(): Span {
    return this;
  }
}

export class NameNode extends SpanNode implements Name {
  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly text: string,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class QuantityNode extends SpanNode implements Quantity {
  readonly kind = 'quantity';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    /** The number exactly as written; it starts the quantity. */
    readonly numberText: string,
    readonly unit: Name | undefined,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }

  /** Read from the number as written: a field would hold a boxed double, 24 bytes more per quantity. */
  get value(): number {
    return Number(this.numberText);
  }

  get numberSpan(): Span {
    return new AnchoredSpan(this.anchor, this.relativeStart, this.relativeStart + this.numberText.length);
  }
}

export class PropertyNode extends SpanNode implements Property {
  readonly kind = 'property';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly key: Name,
    readonly value: Value | undefined,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class RangeNode extends SpanNode implements RangeValue {
  readonly kind = 'range';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly low: Quantity,
    readonly high: Quantity | undefined,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class StringNode extends SpanNode implements StringValue {
  readonly kind = 'string';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    /** The unescaped contents. */
    readonly value: string,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class FormulaNode extends SpanNode implements FormulaValue {
  readonly kind = 'formula';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly text: string,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class ComponentNode extends SpanNode implements Component {
  readonly kind = 'component';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly material: Name,
    readonly fraction: Quantity | undefined,
    readonly coatedKeywordSpan: Span | undefined,
    readonly coating: Name | undefined,
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}

export class LayerNode extends SpanNode implements Layer {
  readonly kind = 'layer';

  constructor(
    anchor: Anchor,
    relativeStart: number,
    relativeEnd: number,
    readonly role: Name & { readonly text: LayerRole },
    readonly material: Name | undefined,
    readonly attributes: readonly Property[],
  ) {
    super(anchor, relativeStart, relativeEnd);
  }
}
