/** 0-based line and UTF-16 character, as LSP and the CLI's JSON use. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Converts between offsets and line/character positions in O(log lines).
 * Lines end at `\n`; a `\r` before it belongs to the line break, so CRLF files
 * report the same columns as LF files.
 */
export class LineIndex {
  private starts: number[] | undefined;

  /** The line starts are found on first use: an analysis makes an index that often nobody reads. */
  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      const text = this.text;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    let character = clamped - this.lineStarts[low]!;
    const lineEnd = this.lineEndOffset(low);
    if (clamped > lineEnd) character = lineEnd - this.lineStarts[low]!;
    return { line: low, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEndOffset(position.line));
  }

  /** Offset of the end of a line's content (before `\r\n` or `\n`). */
  lineEndOffset(line: number): number {
    const start = this.lineStarts[line]!;
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const newline = this.lineStarts[line + 1]! - 1;
    return newline > start && this.text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  }
}
