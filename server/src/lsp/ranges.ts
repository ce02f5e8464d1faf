import type { Position, Range } from 'vscode-languageserver/node';
import type { Span } from '../../../grammar/ast';

/** Offset ↔ position conversion: an open TextDocument, or the core's LineIndex for files on disk. */
export interface Positions {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export function spanToRange(positions: Positions, span: Span): Range {
  return { start: positions.positionAt(span.start), end: positions.positionAt(span.end) };
}

export function rangeToSpan(positions: Positions, range: Range): Span {
  return { start: positions.offsetAt(range.start), end: positions.offsetAt(range.end) };
}
