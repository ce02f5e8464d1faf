/**
 * The formatter. It only ever changes white space: the document is cut into items (tokens and
 * comments, as the lexer reads them) and the gaps between them, and only gaps are rewritten, so
 * no token or comment can be lost, changed or reordered. A document with a syntax error is not
 * formatted at all: a broken tree could put a line break where it changes the meaning.
 *
 * The layout (the style of the examples):
 * - one declaration header per line, `{` on the header line (unless a comment sits between the
 *   header and the `{`: comments never move), `}` alone on its line;
 * - two spaces of indent inside a block; no trailing white space; at most one blank line in a
 *   row, none at the start; exactly one newline at the end of the file; the file's line break
 *   style (LF or CRLF) and a leading byte-order mark are kept;
 * - inside a block, the values of every line start at one column: one space after the longest
 *   first word (key, component or layer role), and at least at column 11 after the indent
 *   (`electronic ` is ten letters and a space), so `formula    Li6PS5Cl` lines up with
 *   `electronic 2 mS/cm`;
 * - in a composite the component fractions are right-aligned (`NCM811     70 wt%` over
 *   `VGCF        3 wt%`) and `coated` is set off by two spaces; in a cell the layer attributes (`thickness`, `loading`) start at one
 *   column, two spaces after the longest layer material name and at least 11 columns after it;
 * - everything else on a line is separated by one space;
 * - trailing comments stay on their line, at least two spaces after the code. A trailing
 *   comment keeps its column when there is room for it; trailing comments on consecutive lines
 *   that were aligned stay aligned, and ones that were not become aligned (two spaces after the
 *   longest line of the run). Comment text is kept as written (trailing white space removed).
 * Each rule depends only on the tokens and on columns the formatter itself produces, so
 * formatting twice gives the same text as formatting once.
 */
import { parse } from '../../../../grammar';
import { lex } from '../../../../grammar/lexer';
import { FormulaValue, LCurly, Newline, RCurly } from '../../../../grammar/tokens';
import type { TextEdit } from '../api';

/** Values start at least this many columns after the block indent (`electronic` + one space). */
export const VALUE_COLUMN_MIN = 11;
/** Layer attributes start at least this many columns after the layer's material name begins. */
export const ATTRIBUTE_COLUMN_MIN = 11;
const INDENT = '  ';
/** Spaces between code and a trailing comment, at least. */
const COMMENT_GAP = 2;

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'token' | 'open' | 'close' | 'comment';
}

interface Line {
  readonly items: number[];
  blankBefore: boolean;
  depth: number;
}

/** The edits that format the document; none when it has a syntax error or is already formatted. */
export function format(text: string): TextEdit[] {
  const layout = formatLayout(text);
  if (!layout) return [];
  const { items, gaps } = layout;
  const edits: TextEdit[] = [];
  let previousEnd = 0;
  for (let i = 0; i <= items.length; i++) {
    const start = i < items.length ? items[i]!.start : text.length;
    if (text.slice(previousEnd, start) !== gaps[i]) edits.push({ span: { start: previousEnd, end: start }, newText: gaps[i]! });
    if (i < items.length) previousEnd = items[i]!.end;
  }
  return edits;
}

/** The formatted text, or undefined when the document has a syntax error (then nothing is changed). */
export function formatText(text: string): string | undefined {
  const layout = formatLayout(text);
  if (!layout) return undefined;
  let result = '';
  layout.items.forEach((item, i) => {
    result += layout.gaps[i]! + item.text;
  });
  return result + layout.gaps[layout.items.length]!;
}

/** The items and the new gap before each (and after the last), or undefined when formatting is unsafe. */
function formatLayout(text: string): { items: Item[]; gaps: string[] } | undefined {
  const parsed = parse(text);
  if (parsed.errors.length > 0) return undefined;
  const items = itemsOf(text);
  // Belt and braces: every character outside an item must be white space, or a gap rewrite could drop it.
  let previousEnd = 0;
  for (const item of [...items, { start: text.length, end: text.length }]) {
    if (!/^\s*$/.test(text.slice(previousEnd, item.start))) return undefined;
    previousEnd = item.end;
  }
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  if (items.length === 0) return { items, gaps: [bom] };

  const eol = /\r\n/.test(text) && !/(^|[^\r])\n/.test(text) ? '\r\n' : '\n';
  const lines = splitLines(text, items);
  assignDepths(lines, items);
  const columns = alignment(lines, items, parsed.document);
  const gaps = new Array<string>(items.length + 1).fill('');
  const rendered = renderCode(lines, items, columns);
  placeTrailingComments(text, lines, items, rendered);

  lines.forEach((line, index) => {
    const first = line.items[0]!;
    const indent = INDENT.repeat(line.depth);
    gaps[first] = index === 0 ? bom + indent : eol + (line.blankBefore ? eol : '') + indent;
    const columnsOfLine = rendered.get(line)!;
    for (let k = 1; k < line.items.length; k++) {
      const spaces = columnsOfLine[k]! - (columnsOfLine[k - 1]! + items[line.items[k - 1]!]!.text.length);
      gaps[line.items[k]!] = ' '.repeat(spaces);
    }
  });
  gaps[items.length] = eol;
  return { items, gaps };
}

/** Tokens and comments in document order; a formula value and a comment without their surrounding white space. */
function itemsOf(text: string): Item[] {
  const { tokens, comments } = lex(text);
  const items: Item[] = [];
  for (const token of tokens) {
    if (token.tokenType === Newline) continue;
    let start = token.startOffset;
    let end = start + token.image.length;
    if (token.tokenType === FormulaValue) {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
    }
    const kind = token.tokenType === LCurly ? 'open' : token.tokenType === RCurly ? 'close' : 'token';
    items.push({ start, end, text: text.slice(start, end), kind });
  }
  for (const comment of comments) {
    const trimmed = comment.text.replace(/\s+$/, '');
    items.push({ start: comment.span.start, end: comment.span.start + trimmed.length, text: trimmed, kind: 'comment' });
  }
  return items.sort((a, b) => a.start - b.start);
}

function newlinesIn(gap: string): number {
  return (gap.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Cuts the items into output lines: where the text breaks, plus after `{` and around `}`. */
function splitLines(text: string, items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  items.forEach((item, i) => {
    const previous = i > 0 ? items[i - 1]! : undefined;
    const breaks = previous ? newlinesIn(text.slice(previous.end, item.start)) : 0;
    let newLine: boolean;
    if (!current) newLine = true;
    else if (item.kind === 'comment') newLine = breaks > 0;
    else if (item.kind === 'open') {
      // `{` joins its header line, unless a comment ends that line (a comment never moves).
      newLine = previous!.kind === 'comment';
    } else if (item.kind === 'close') newLine = true;
    else newLine = breaks > 0 || previous!.kind === 'open' || previous!.kind === 'close';
    if (newLine) {
      current = { items: [i], blankBefore: lines.length > 0 && breaks >= 2 && item.kind !== 'open', depth: 0 };
      lines.push(current);
    } else {
      current!.items.push(i);
    }
  });
  return lines;
}

function assignDepths(lines: readonly Line[], items: readonly Item[]): void {
  let depth = 0;
  for (const line of lines) {
    const first = items[line.items[0]!]!;
    line.depth = first.kind === 'close' ? Math.max(0, depth - 1) : depth;
    for (const index of line.items) {
      const kind = items[index]!.kind;
      if (kind === 'open') depth++;
      else if (kind === 'close') depth = Math.max(0, depth - 1);
    }
  }
}

/** Column rules per line, relative to the line's indent. */
interface LineColumns {
  /** Column of the second item (the value); undefined for lines that are not block lines. */
  readonly value?: number;
  /** Item start offset → extra left padding (right-aligned composite fractions). */
  readonly padding?: ReadonlyMap<number, number>;
  /** Offset of a layer's first attribute and the column it starts at. */
  readonly attribute?: { readonly start: number; readonly column: number };
  /** Offset of a component's `coated`, set off by two spaces as its own clause. */
  readonly coated?: number;
}

type ParsedDocument = ReturnType<typeof parse>['document'];

/** One block's alignment: the value column, right-aligned fractions, the attribute column of layers. */
function alignment(lines: readonly Line[], items: readonly Item[], document: ParsedDocument): Map<Line, LineColumns> {
  const fractionStarts = new Set<number>();
  const coatedStarts = new Set<number>();
  const layerNames = new Map<number, { nameStart: number; nameEnd: number; attributeStart: number }>();
  for (const declaration of document.declarations) {
    if (declaration.kind === 'composite') {
      for (const component of declaration.components) {
        if (component.fraction) fractionStarts.add(component.fraction.numberSpan.start);
        if (component.coatedKeywordSpan) coatedStarts.add(component.coatedKeywordSpan.start);
      }
    } else if (declaration.kind === 'cell') {
      for (const layer of declaration.layers) {
        const attribute = layer.attributes[0];
        if (layer.material && attribute) {
          layerNames.set(layer.role.span.start, { nameStart: layer.material.span.start, nameEnd: layer.material.span.end, attributeStart: attribute.span.start });
        }
      }
    }
  }

  const result = new Map<Line, LineColumns>();
  // A block: the lines between a line that opens `{` and the line of its `}`.
  let blockLines: Line[] = [];
  const flush = (): void => {
    const code = blockLines.filter((line) => isBlockLine(line, items));
    if (code.length === 0) return;
    const keyWidth = Math.max(VALUE_COLUMN_MIN - 1, ...code.map((line) => items[line.items[0]!]!.text.length));
    const fractions = code.map((line) => items[line.items[1]!]!).filter((item) => fractionStarts.has(item.start));
    const fractionWidth = Math.max(0, ...fractions.map((item) => item.text.length));
    const layers = code.map((line) => layerNames.get(items[line.items[0]!]!.start)).filter((layer) => layer !== undefined);
    const nameWidth = Math.max(ATTRIBUTE_COLUMN_MIN - 1, ...layers.map((layer) => layer.nameEnd - layer.nameStart + 1));
    for (const line of code) {
      const value = keyWidth + 1;
      const second = items[line.items[1]!]!;
      const padding = fractionStarts.has(second.start) ? new Map([[second.start, fractionWidth - second.text.length]]) : undefined;
      const layer = layerNames.get(items[line.items[0]!]!.start);
      const coated = line.items.map((index) => items[index]!.start).find((start) => coatedStarts.has(start));
      result.set(line, {
        value,
        ...(padding ? { padding } : {}),
        ...(coated !== undefined ? { coated } : {}),
        ...(layer ? { attribute: { start: layer.attributeStart, column: value + nameWidth + 1 } } : {}),
      });
    }
  };
  for (const line of lines) {
    if (line.depth === 0) {
      flush();
      blockLines = [];
      continue;
    }
    blockLines.push(line);
  }
  flush();
  return result;
}

/** A line inside a block that starts with a word and has a value after it. */
function isBlockLine(line: Line, items: readonly Item[]): boolean {
  if (line.depth === 0 || line.items.length < 2) return false;
  const first = items[line.items[0]!]!;
  const second = items[line.items[1]!]!;
  return first.kind === 'token' && second.kind !== 'comment' && second.kind !== 'close';
}

/** Column of every item of every line (relative to the start of the line, indent included); comments placed later. */
function renderCode(lines: readonly Line[], items: readonly Item[], columns: ReadonlyMap<Line, LineColumns>): Map<Line, number[]> {
  const rendered = new Map<Line, number[]>();
  for (const line of lines) {
    const indent = INDENT.length * line.depth;
    const rules = columns.get(line);
    const positions: number[] = [indent];
    let end = indent + items[line.items[0]!]!.text.length;
    for (let k = 1; k < line.items.length; k++) {
      const item = items[line.items[k]!]!;
      let column = end + 1;
      if (item.kind !== 'comment' && rules) {
        if (k === 1 && rules.value !== undefined) column = indent + rules.value + (rules.padding?.get(item.start) ?? 0);
        if (rules.attribute && item.start === rules.attribute.start) column = indent + rules.attribute.column;
        if (item.start === rules.coated) column = end + 2;
      }
      column = Math.max(column, end + 1);
      positions.push(column);
      end = column + item.text.length;
    }
    rendered.set(line, positions);
  }
  return rendered;
}

/**
 * Trailing comments: runs of consecutive lines that end in a comment share one column — two
 * spaces after the longest code of the run, or further right where the comments already were
 * aligned (or, alone, already stood) in the input.
 */
function placeTrailingComments(text: string, lines: readonly Line[], items: readonly Item[], rendered: Map<Line, number[]>): void {
  const trailing = (line: Line): boolean => line.items.length > 1 && items[line.items[line.items.length - 1]!]!.kind === 'comment';
  let run: Line[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const codeEnds = run.map((line) => {
      const positions = rendered.get(line)!;
      const k = line.items.length - 2;
      return positions[k]! + items[line.items[k]!]!.text.length;
    });
    const originalColumns = run.map((line) => columnInText(text, items[line.items[line.items.length - 1]!]!.start));
    const aligned = originalColumns.every((column) => column === originalColumns[0]);
    const column = Math.max(...codeEnds.map((end) => end + COMMENT_GAP), aligned ? originalColumns[0]! : 0);
    for (const line of run) rendered.get(line)![line.items.length - 1] = column;
    run = [];
  };
  for (const line of lines) {
    if (trailing(line) && !line.blankBefore) run.push(line);
    else if (trailing(line)) {
      flush();
      run.push(line);
    } else flush();
  }
  flush();
}

/** Column of an offset in the input text (characters since the last line break; a byte-order mark does not count). */
function columnInText(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  if (start === 0 && text.startsWith('\uFEFF')) start = 1;
  return offset - start;
}

