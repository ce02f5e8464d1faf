/**
 * Spans that move with their block. An edit shifts every block after it; if their spans were
 * plain offsets, each moved block would need new nodes — and so new models, hints and
 * diagnostics built from them — on every keystroke. Instead the nodes of a block re-parsed by
 * `parseIncremental` hold spans relative to the block's `Anchor`: when the block moves,
 * the incremental parser moves the anchor, and every node, model, hint and diagnostic made from
 * it reads its new position. (The `Span` interface is unchanged: `start` and `end` are absolute
 * offsets to every reader.)
 *
 * The price is a rule for whoever makes a span from another one (a character inside a formula,
 * the end of a line to insert at): use `spanLike`, so the new span moves with its reference.
 * A plain `{ start, end }` made from a moved block's offsets would keep the old position
 * (the fuzz tests compare every analysis after an edit with one from scratch, and catch it).
 */
import type { Span } from './ast';

/** Where a block starts now. Moved in place by the incremental parser. */
export class Anchor {
  constructor(public offset: number) {}
}

export class AnchoredSpan implements Span {
  constructor(
    readonly anchor: Anchor,
    readonly relativeStart: number,
    readonly relativeEnd: number,
  ) {}

  get start(): number {
    return this.anchor.offset + this.relativeStart;
  }

  get end(): number {
    return this.anchor.offset + this.relativeEnd;
  }

  /** A span is written out (JSON, the CLI's output) as plain offsets. */
  toJSON(): Span {
    return { start: this.start, end: this.end };
  }
}

/** The span at absolute offsets `start`..`end` that moves with `reference` (a plain span if the reference is plain). */
export function spanLike(reference: Span, start: number, end: number): Span {
  if (reference instanceof AnchoredSpan) {
    const base = reference.anchor.offset;
    return new AnchoredSpan(reference.anchor, start - base, end - base);
  }
  return { start, end };
}

/** `span` as a span that moves with `anchor`. */
export function anchored(span: Span, anchor: Anchor): AnchoredSpan {
  return new AnchoredSpan(anchor, span.start - anchor.offset, span.end - anchor.offset);
}

/** The same two offsets, whatever kind of span each is (tests and caches compare spans by value). */
export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
