/**
 * Incremental parsing. A document is cut into chunks at every line that starts with a hard
 * keyword (`import`, `material`, `composite`, `cell`): the grammar ends any open block before
 * such a line, so each chunk parses on its own exactly as it does inside the whole document
 * (the next chunk's keyword is passed to the parser as the token that follows, for the one
 * message that names it). Re-parsing after an edit reuses every chunk of the previous parse
 * whose text is unchanged — the very same nodes, even when the edit moved them: the parser
 * anchors each chunk's spans to the chunk (span.ts), and a moved chunk's anchor is moved in
 * place — so later stages keep what they built from every unchanged chunk. The previous result
 * is given up: its moved chunks now report their new positions. Only the edited chunks are
 * parsed. The result equals `parse(text)`'s (the fuzz tests compare them after random edits,
 * key for key: a field added to ast.ts must be added to `anchorChunk`, which copies a chunk).
 */
import { createTokenInstance } from 'chevrotain';
import type { Comment, Component, Declaration, Layer, Name, ParseResult, Property, Quantity, Span, SyntaxError as CellSyntaxError, Value } from './ast';
import { lex } from './lexer';
import { cellParser } from './parser';
import { KEYWORDS, type Keyword } from './scanner';
import { Anchor, anchored } from './span';
import { whiteSpaceChars } from './tokens';

interface Chunk {
  readonly start: number;
  readonly end: number;
  /** The keyword that starts the next chunk (none for the last), and where it is. */
  readonly follower?: { readonly keyword: Keyword; readonly offset: number };
}

interface ChunkParse {
  /** The follower as it shapes this chunk's parse: its keyword and distance from the chunk's end. */
  readonly follower: string;
  /** Where the chunk starts in the latest text that reused it; every span inside moves with it. */
  readonly anchor: Anchor;
  readonly declarations: readonly Declaration[];
  readonly errors: readonly CellSyntaxError[];
  readonly comments: readonly Comment[];
}

/** The chunks of each incremental parse result, by chunk text and follower. */
const chunkTables = new WeakMap<ParseResult, Map<string, ChunkParse[]>>();

const whiteSpaceCodes = new Set([...whiteSpaceChars].map((char) => char.charCodeAt(0)));

/**
 * Parses `text`, reusing the chunks of `previous` (an earlier result of this function for an
 * earlier version of the same document) that did not change.
 */
export function parseIncremental(text: string, previous?: ParseResult): ParseResult {
  return parseReusing(text, previous, 'move');
}

/**
 * Parses a variant of `base`'s text (say, with a quick fix applied) reusing its unchanged
 * chunks without disturbing `base`, which stays the current version: moved chunks are copied
 * to their new place, not moved.
 */
export function parseVariant(text: string, base: ParseResult): ParseResult {
  return parseReusing(text, base, 'copy');
}

function parseReusing(text: string, previous: ParseResult | undefined, moved: 'move' | 'copy'): ParseResult {
  const before = previous === undefined ? undefined : tableOf(previous);
  if (before === undefined) return parseCold(text);
  const table: ChunkTable = new Map();
  const declarations: Declaration[] = [];
  const comments: Comment[] = [];
  const errors: CellSyntaxError[] = [];
  // A chunk of the previous parse is reused once: two equal chunks of the new text need two anchors.
  const taken = new Set<ChunkParse>();
  for (const chunk of chunksOf(text)) {
    const key = text.slice(chunk.start, chunk.end);
    const follower = followerKey(chunk);
    const parsed = reuse(before.get(key), follower, chunk.start, taken, moved) ?? parseChunk(text, chunk, follower);
    addToTable(table, key, parsed);
    for (const declaration of parsed.declarations) declarations.push(declaration);
    for (const comment of parsed.comments) comments.push(comment);
    for (const error of parsed.errors) errors.push(error);
  }
  // Each chunk's errors are sorted; an error at a chunk's end (the next keyword) may tie with the next chunk's.
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const result: ParseResult = { document: { declarations, comments }, errors };
  chunkTables.set(result, table);
  return result;
}

type ChunkTable = Map<string, ChunkParse[]>;

/** Results of a parse of the whole text whose chunk table is made only if an edit asks for it. */
const pendingTables = new WeakMap<ParseResult, () => ChunkTable>();

function tableOf(result: ParseResult): ChunkTable | undefined {
  let table = chunkTables.get(result);
  if (table === undefined) {
    const make = pendingTables.get(result);
    if (make === undefined) return undefined;
    table = make();
    chunkTables.set(result, table);
    pendingTables.delete(result);
  }
  return table;
}

function addToTable(table: ChunkTable, key: string, parsed: ChunkParse): void {
  const same = table.get(key);
  if (same === undefined) table.set(key, [parsed]);
  else same.push(parsed);
}

/**
 * With nothing to reuse: one parse of the whole text (as `parse` does), with plain spans. Its
 * chunk table — the same trees filed by chunk, copied with anchored spans — is made when the next
 * version is parsed, so a one-off check (the CLI's, a first open) does not pay for it; the
 * first edit of a document rebuilds it once.
 */
function parseCold(text: string): ParseResult {
  const { tokens, comments } = lex(text);
  const { declarations, issues, issueOwners, anchors } = cellParser().parseTokens(text, tokens);
  const errors = issues
    .map((issue) => withSpan(issue, clampSpan(issue.span, 0, text.length)))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const result: ParseResult = { document: { declarations, comments }, errors };
  pendingTables.set(result, () => {
    const table: ChunkTable = new Map();
    const chunks = chunksOf(text);
    fileByChunk(chunks, anchors, declarations, issues, issueOwners, comments).forEach((parsed, i) => addToTable(table, text.slice(chunks[i]!.start, chunks[i]!.end), parsed));
    return table;
  });
  return result;
}

/** The first letters of the hard keywords: a line starting with any other character is no chunk boundary. */
const keywordInitials = new Set(KEYWORDS.map((k) => k.word.charCodeAt(0)));

/**
 * Chunk boundaries: the start of every line (but the first) whose first token is a hard keyword.
 * One pass over the character codes (a line starts after \n, \r\n or a lone \r: the lexer's
 * Newline); it runs on every edit over the whole text, where a look-behind pattern cost 5×.
 */
function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const length = text.length;
  let chunkStart = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    const lineStart = i + 1;
    let position = lineStart;
    while (whiteSpaceCodes.has(text.charCodeAt(position))) position++;
    if (!keywordInitials.has(text.charCodeAt(position))) continue;
    const keyword = keywordAt(text, position);
    if (keyword === undefined) continue;
    chunks.push({ start: chunkStart, end: lineStart, follower: { keyword, offset: position } });
    chunkStart = lineStart;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/**
 * The chunk around `offset` (see above): from the last line at or before it that starts with a
 * hard keyword (or the text's start) to the next such line after it (or the end). Whatever
 * the grammar reads at `offset` depends on this stretch of text alone.
 */
export function chunkAt(text: string, offset: number): { readonly start: number; readonly end: number } {
  let start = lineStartAtOrBefore(text, Math.min(Math.max(offset, 0), text.length));
  while (start > 0 && !startsWithKeyword(text, start)) start = lineStartAtOrBefore(text, start - 1);
  let end = nextLineStart(text, Math.min(Math.max(offset, 0), text.length));
  while (end < text.length && !startsWithKeyword(text, end)) end = nextLineStart(text, end);
  return { start, end };
}

/** The start of the line holding `offset` (a line starts after \n, after \r\n, or after a lone \r). */
function lineStartAtOrBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const before = text.charCodeAt(at - 1);
    if (before === 10 || (before === 13 && text.charCodeAt(at) !== 10)) break;
    at--;
  }
  return at;
}

/** The start of the line after the one holding `offset`, or the text's length. */
function nextLineStart(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const code = text.charCodeAt(at++);
    if (code === 10) break;
    if (code === 13) {
      if (text.charCodeAt(at) === 10) at++;
      break;
    }
  }
  return at;
}

function startsWithKeyword(text: string, lineStart: number): boolean {
  let position = lineStart;
  while (whiteSpaceCodes.has(text.charCodeAt(position))) position++;
  return keywordAt(text, position) !== undefined;
}

/**
 * The hard keyword the lexer produces at `offset`, if any. Mirrors the lexer's order: a word
 * followed by `/` or `%` is a Unit; a keyword followed by more name characters (`cells`,
 * `cell.x`, `cell(`) is an Identifier.
 */
function keywordAt(text: string, offset: number): Keyword | undefined {
  const keyword = KEYWORDS.find((candidate) => text.startsWith(candidate.word, offset));
  if (keyword === undefined) return undefined;
  let wordEnd = offset;
  while (wordEnd < text.length && isUnitWordChar(text.charCodeAt(wordEnd))) wordEnd++;
  const afterWord = text[wordEnd];
  if (afterWord === '/' || afterWord === '%') return undefined;
  const after = offset + keyword.word.length;
  const next = text.charCodeAt(after);
  if (isIdentifierChar(next)) return undefined;
  if (next === 0x2e /* . */ && text.charCodeAt(after + 1) !== 0x2e) return undefined;
  return keyword;
}

/** `[\wµμ]`: the characters of a unit's word part. */
function isUnitWordChar(code: number): boolean {
  return isAsciiWordChar(code) || code === 0xb5 || code === 0x3bc;
}

/** `[A-Za-z0-9_()]`: the characters an identifier continues with (besides a lone dot). */
function isIdentifierChar(code: number): boolean {
  return isAsciiWordChar(code) || code === 0x28 || code === 0x29;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * A parse of the whole text filed by chunk: a declaration and a comment by where they start,
 * an error by the top-level construct it was found in (an unclosed block's error sits at the
 * next chunk's keyword but is its block's). Each chunk's part equals what `parseChunk` would
 * give it (the chunks parse independently).
 */
function fileByChunk(
  chunks: readonly Chunk[],
  anchors: readonly Anchor[],
  declarations: readonly Declaration[],
  issues: readonly CellSyntaxError[],
  issueOwners: readonly number[],
  comments: readonly Comment[],
): ChunkParse[] {
  const parts = chunks.map((chunk) => ({
    chunk,
    declarations: [] as Declaration[],
    errors: [] as CellSyntaxError[],
    comments: [] as Comment[],
  }));
  // The chunk holding an offset; the items of each list come in document order, so a cursor walks forward.
  const filer = () => {
    let index = 0;
    return (offset: number) => {
      if (!(offset >= parts[index]!.chunk.start)) index = 0; // out of order (Chevrotain's own errors come last), or NaN
      while (index + 1 < parts.length && parts[index + 1]!.chunk.start <= offset) index++;
      return parts[index]!;
    };
  };
  const declarationPart = filer();
  for (const declaration of declarations) declarationPart(declaration.span.start).declarations.push(declaration);
  const commentPart = filer();
  for (const comment of comments) commentPart(comment.span.start).comments.push(comment);
  const errorPart = filer();
  issues.forEach((issue, i) => {
    const part = errorPart(issueOwners[i]!);
    const limit = part.chunk.follower === undefined ? part.chunk.end : part.chunk.follower.offset + part.chunk.follower.keyword.word.length;
    part.errors.push(withSpan(issue, clampSpan(issue.span, part.chunk.start, limit)));
  });
  // The parser anchored each chunk's nodes as it went; should its anchors ever disagree with the
  // chunks, the nodes are copied onto anchors of their own (slower, same result).
  const anchoredByParser = anchors.length === chunks.length && anchors.every((anchor, i) => anchor.offset === chunks[i]!.start);
  return parts.map(({ chunk, declarations, errors, comments }, i) => {
    const sorted = errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return anchoredByParser
      ? chunkParse(followerKey(chunk), anchors[i]!, declarations, sorted, comments)
      : anchorChunk(followerKey(chunk), new Anchor(chunk.start), declarations, sorted, comments);
  });
}

function followerKey(chunk: Chunk): string {
  return chunk.follower === undefined ? '' : `${chunk.follower.keyword.word}+${chunk.follower.offset - chunk.end}`;
}

/**
 * An unused chunk of the previous parse with this text and follower: at `start` already if there
 * is one, else another one moved (or copied) to `start`.
 */
function reuse(candidates: readonly ChunkParse[] | undefined, follower: string, start: number, taken: Set<ChunkParse>, how: 'move' | 'copy'): ChunkParse | undefined {
  if (candidates === undefined) return undefined;
  let moved: ChunkParse | undefined;
  for (const candidate of candidates) {
    if (candidate.follower !== follower || taken.has(candidate)) continue;
    if (candidate.anchor.offset === start) {
      taken.add(candidate);
      return candidate;
    }
    moved ??= candidate;
  }
  if (moved === undefined) return undefined;
  taken.add(moved);
  if (how === 'copy') {
    const shifted = start - moved.anchor.offset;
    return anchorChunk(moved.follower, new Anchor(start), moved.declarations, moved.errors, moved.comments, shifted);
  }
  moved.anchor.offset = start;
  return moved;
}

function parseChunk(text: string, chunk: Chunk, followerKey: string): ChunkParse {
  const whole = chunk.start === 0 && chunk.end === text.length;
  const { tokens, comments } = lex(whole ? text : text.slice(chunk.start, chunk.end));
  if (chunk.start !== 0) {
    // Fresh tokens and comments of this chunk alone: move them to the chunk's place in place.
    for (const token of tokens) {
      token.startOffset += chunk.start;
      if (token.endOffset !== undefined) token.endOffset += chunk.start;
    }
    for (const comment of comments) (comment as { span: Span }).span = { start: comment.span.start + chunk.start, end: comment.span.end + chunk.start };
  }
  const follower = chunk.follower;
  const followedBy =
    follower === undefined
      ? undefined
      : createTokenInstance(follower.keyword.type, follower.keyword.word, follower.offset, follower.offset + follower.keyword.word.length - 1, NaN, NaN, NaN, NaN);
  const { declarations, issues, anchors } = cellParser().parseTokens(text, tokens, followedBy, chunk.start);
  // Spans may reach into the follower (an unclosed block is reported at the next keyword).
  const limit = follower === undefined ? chunk.end : follower.offset + follower.keyword.word.length;
  const errors = issues
    .map((issue) => withSpan(issue, clampSpan(issue.span, chunk.start, limit)))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return anchors.length === 1 && anchors[0]!.offset === chunk.start
    ? chunkParse(followerKey, anchors[0]!, declarations, errors, comments)
    : anchorChunk(followerKey, new Anchor(chunk.start), declarations, errors, comments);
}

/** A chunk whose declarations the parser anchored to `anchor`: its errors and comments (made apart from the tree) are anchored too. */
function chunkParse(follower: string, anchor: Anchor, declarations: readonly Declaration[], errors: readonly CellSyntaxError[], comments: readonly Comment[]): ChunkParse {
  return {
    follower,
    anchor,
    declarations,
    errors: errors.map((error) => moveError(error, (span) => anchored(span, anchor))),
    comments: comments.map((comment) => ({ text: comment.text, span: anchored(comment.span, anchor) })),
  };
}

/** The error at `span` (clamped), with its fix if it has one. */
function withSpan(error: CellSyntaxError, span: Span): CellSyntaxError {
  return error.fix === undefined ? { message: error.message, span } : { message: error.message, span, fix: error.fix };
}

/** The error with every span, its fix's included, passed through `move`. */
function moveError(error: CellSyntaxError, move: (span: Span) => Span): CellSyntaxError {
  if (error.fix === undefined) return { message: error.message, span: move(error.span) };
  const fix = { title: error.fix.title, edits: error.fix.edits.map((edit) => ({ span: move(edit.span), newText: edit.newText })) };
  return { message: error.message, span: move(error.span), fix };
}

/** A span inside the chunk whatever happened during recovery: never NaN, never past the end. */
function clampSpan(span: Span, chunkStart: number, limit: number): Span {
  const clamp = (offset: number): number => (Number.isFinite(offset) ? Math.min(Math.max(offset, chunkStart), limit) : chunkStart);
  const start = clamp(span.start);
  return { start, end: Math.max(start, clamp(span.end)) };
}

/** A chunk's trees, copied (and shifted by `shift`) with every span anchored to the chunk: a variant's moved chunk. */
function anchorChunk(
  follower: string,
  anchor: Anchor,
  declarations: readonly Declaration[],
  errors: readonly CellSyntaxError[],
  comments: readonly Comment[],
  shift = 0,
): ChunkParse {
  const anchorSpan = (span: Span): Span => anchored(shift === 0 ? span : { start: span.start + shift, end: span.end + shift }, anchor);
  const name = (value: Name): Name => ({ text: value.text, span: anchorSpan(value.span) });
  const optionalName = (value: Name | undefined): Name | undefined => (value === undefined ? undefined : name(value));
  const quantity = (value: Quantity): Quantity => ({
    kind: 'quantity',
    value: value.value,
    numberText: value.numberText,
    numberSpan: anchorSpan(value.numberSpan),
    unit: optionalName(value.unit),
    span: anchorSpan(value.span),
  });
  const optionalQuantity = (value: Quantity | undefined): Quantity | undefined => (value === undefined ? undefined : quantity(value));
  const valueOf = (value: Value): Value => {
    switch (value.kind) {
      case 'quantity':
        return quantity(value);
      case 'range':
        return { kind: 'range', low: quantity(value.low), high: optionalQuantity(value.high), span: anchorSpan(value.span) };
      case 'string':
        return { kind: 'string', value: value.value, span: anchorSpan(value.span) };
      case 'name':
        return { kind: 'name', name: name(value.name), span: anchorSpan(value.span) };
      case 'formula':
        return { kind: 'formula', text: value.text, span: anchorSpan(value.span) };
    }
  };
  const property = (value: Property): Property => ({
    kind: 'property',
    key: name(value.key),
    value: value.value === undefined ? undefined : valueOf(value.value),
    span: anchorSpan(value.span),
  });
  const declaration = (decl: Declaration): Declaration => {
    switch (decl.kind) {
      case 'import':
        return {
          kind: 'import',
          keywordSpan: anchorSpan(decl.keywordSpan),
          path: decl.path === undefined ? undefined : { kind: 'string', value: decl.path.value, span: anchorSpan(decl.path.span) },
          span: anchorSpan(decl.span),
        };
      case 'material':
        return { kind: 'material', keywordSpan: anchorSpan(decl.keywordSpan), name: optionalName(decl.name), properties: decl.properties.map(property), span: anchorSpan(decl.span) };
      case 'composite':
        return {
          kind: 'composite',
          keywordSpan: anchorSpan(decl.keywordSpan),
          name: optionalName(decl.name),
          components: decl.components.map(
            (component): Component => ({
              kind: 'component',
              material: name(component.material),
              fraction: optionalQuantity(component.fraction),
              coatedKeywordSpan: component.coatedKeywordSpan === undefined ? undefined : anchorSpan(component.coatedKeywordSpan),
              coating: optionalName(component.coating),
              span: anchorSpan(component.span),
            }),
          ),
          properties: decl.properties.map(property),
          span: anchorSpan(decl.span),
        };
      case 'cell':
        return {
          kind: 'cell',
          keywordSpan: anchorSpan(decl.keywordSpan),
          name: optionalName(decl.name),
          layers: decl.layers.map(
            (layer): Layer => ({
              kind: 'layer',
              role: name(layer.role) as Layer['role'],
              material: optionalName(layer.material),
              attributes: layer.attributes.map(property),
              span: anchorSpan(layer.span),
            }),
          ),
          properties: decl.properties.map(property),
          span: anchorSpan(decl.span),
        };
    }
  };
  return {
    follower,
    anchor,
    declarations: declarations.map(declaration),
    errors: errors.map((error) => moveError(error, anchorSpan)),
    comments: comments.map((comment) => ({ text: comment.text, span: anchorSpan(comment.span) })),
  };
}
