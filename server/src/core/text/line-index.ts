import { commonPrefixLength, commonSuffixLength } from './common-affix';

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
  /** The index of the previous version of the text, when its line starts are known (see below). */
  private previous: LineIndex | undefined;

  /**
   * The line starts are found on first use: an analysis makes an index that often nobody reads.
   * With the index of the text's previous version (an edit ago), they are taken from it where the
   * two texts agree and only the edited stretch is scanned: a hover after each keystroke in a
   * 50,000-line file no longer scans the whole file. Only an index whose starts are already
   * known is kept, so no chain of old texts is held.
   */
  constructor(
    private readonly text: string,
    previous?: LineIndex,
  ) {
    if (previous?.starts !== undefined) this.previous = previous;
  }

  private get lineStarts(): number[] {
    if (this.starts === undefined) {
      const previous = this.previous;
      this.previous = undefined;
      this.starts = previous?.starts !== undefined ? startsFromPrevious(previous.text, previous.starts, this.text) : startsOf(this.text, 0, this.text.length, [0]);
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

/** `into`, with the start of every line that begins after a `\n` in `text[from, to)`. */
function startsOf(text: string, from: number, to: number, into: number[]): number[] {
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) into.push(at + 1);
  return into;
}

/**
 * The line starts of `text` from those of `old`: a start whose line break lies in the common
 * beginning is the same; one whose line break lies in the common end is moved by the change in
 * length; only the line breaks between the two are looked for.
 */
function startsFromPrevious(old: string, oldStarts: readonly number[], text: string): number[] {
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const starts: number[] = [];
  let i = 0;
  for (; i < oldStarts.length && oldStarts[i]! <= prefix; i++) starts.push(oldStarts[i]!);
  startsOf(text, prefix, text.length - suffix, starts);
  const oldSuffixStart = old.length - suffix;
  const shift = text.length - old.length;
  for (; i < oldStarts.length; i++) if (oldStarts[i]! - 1 >= oldSuffixStart) starts.push(oldStarts[i]! + shift);
  return starts;
}
