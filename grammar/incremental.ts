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
import { createTokenInstance, type IToken } from 'chevrotain';
import type { Comment, Component, Declaration, Layer, Name, ParseResult, Property, Quantity, Span, SyntaxError as CellSyntaxError, Value } from './ast';
import { lex } from './lexer';
import { readWellFormedChunk } from './fast-blocks';
import { cellParser, startWords } from './parser';
import { KEYWORDS, type Keyword } from './scanner';
import { ComponentNode, FormulaNode, LayerNode, NameNode, PropertyNode, QuantityNode, RangeNode, StringNode } from './nodes';
import { Anchor, anchored } from './span';
import { whiteSpaceChars } from './tokens';
import { commonPrefixLength, commonSuffixLength } from '../server/src/core/text/common-affix';

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

/** A parse filed by chunk, in document order: what the next version's parse reuses. */
interface ChunkedParse {
  readonly text: string;
  readonly chunks: readonly Chunk[];
  readonly parses: readonly ChunkParse[];
}

/** The chunks of each incremental parse result. */
const chunkedParses = new WeakMap<ParseResult, ChunkedParse>();

/** Results of a parse of the whole text whose chunks are filed only if an edit asks for it. */
const pendingChunkedParses = new WeakMap<ParseResult, () => ChunkedParse>();

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

/**
 * The chunks before the edit are kept where they are and the chunks after it are moved by the
 * change in length, without looking at their text: only the stretch around the edit — from the
 * chunk before the first changed character to the chunk after the last — is cut into chunks
 * again, and its chunks are looked up by text among that stretch's old ones. The edit is found
 * by comparing the two texts from both ends, so an edit costs the same wherever it is, and
 * a keystroke in a 50,000-line file no longer cuts and files the whole text (issue #19).
 */
function parseReusing(text: string, previous: ParseResult | undefined, moved: 'move' | 'copy'): ParseResult {
  const before = previous === undefined ? undefined : chunkedParseOf(previous);
  if (before === undefined) return parseCold(text);
  let region = changedRegion(before, text);
  let stretch = chunksOf(text, region.start, region.end);
  if (region.end < text.length && stretch[stretch.length - 1]!.follower === undefined) {
    // The stretch should end where an unchanged chunk starts; should it not, cut the whole text.
    region = { firstChanged: 0, afterChanged: before.chunks.length, start: 0, end: text.length };
    stretch = chunksOf(text);
  }
  const chunks: Chunk[] = [];
  const parses: ChunkParse[] = [];
  for (let i = 0; i < region.firstChanged; i++) {
    chunks.push(before.chunks[i]!);
    parses.push(before.parses[i]!);
  }
  // The old chunks of the stretch, by text: a block moved inside it keeps its nodes.
  const candidates = new Map<string, ChunkParse[]>();
  for (let i = region.firstChanged; i < region.afterChanged; i++) {
    const chunk = before.chunks[i]!;
    const key = before.text.slice(chunk.start, chunk.end);
    const same = candidates.get(key);
    if (same === undefined) candidates.set(key, [before.parses[i]!]);
    else same.push(before.parses[i]!);
  }
  // A chunk of the previous parse is reused once: two equal chunks of the new text need two anchors.
  const taken = new Set<ChunkParse>();
  for (const chunk of stretch) {
    const follower = followerKey(chunk);
    chunks.push(chunk);
    parses.push(reuse(candidates.get(text.slice(chunk.start, chunk.end)), follower, chunk.start, taken, moved) ?? parseChunk(text, chunk, follower));
  }
  const shift = text.length - before.text.length;
  for (let i = region.afterChanged; i < before.chunks.length; i++) {
    const chunk = before.chunks[i]!;
    const parsed = before.parses[i]!;
    if (shift === 0) {
      chunks.push(chunk);
      parses.push(parsed);
      continue;
    }
    chunks.push(shiftedChunk(chunk, shift));
    parses.push(moveChunkParse(parsed, chunk.start + shift, moved));
  }
  const declarations: Declaration[] = [];
  const comments: Comment[] = [];
  const errors: CellSyntaxError[] = [];
  for (const parsed of parses) {
    for (const declaration of parsed.declarations) declarations.push(declaration);
    for (const comment of parsed.comments) comments.push(comment);
    for (const error of parsed.errors) errors.push(error);
  }
  // Each chunk's errors are sorted; an error at a chunk's end (the next keyword) may tie with the next chunk's.
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const result: ParseResult = { document: { declarations, comments }, errors };
  chunkedParses.set(result, { text, chunks, parses });
  return result;
}

/**
 * Where `text` differs from the previous version: the old chunks `firstChanged` up to (not
 * including) `afterChanged` are cut again as the new text's `start`..`end`; those before are
 * unchanged in place, those after unchanged in text and moved by the difference in length.
 * The stretch starts one chunk before the first changed character (the edit may remove the
 * keyword that ended that chunk, or change its indentation, which the chunk's parse depends
 * on) and ends one chunk after the last (the edit may join a line to the next chunk's keyword).
 */
function changedRegion(before: ChunkedParse, text: string): { firstChanged: number; afterChanged: number; start: number; end: number } {
  const old = before.text;
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const chunks = before.chunks;
  const firstChanged = Math.max(0, chunkIndexAt(chunks, prefix) - 1);
  const lastChanged = chunkIndexAt(chunks, Math.max(prefix, old.length - suffix - 1));
  const afterChanged = Math.min(chunks.length, lastChanged + 2);
  const start = chunks[firstChanged]!.start;
  const oldEnd = afterChanged < chunks.length ? chunks[afterChanged]!.start : old.length;
  return { firstChanged, afterChanged, start, end: oldEnd + text.length - old.length };
}

/** The index of the chunk holding `offset` (the last chunk for the text's end). */
function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chunks[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function shiftedChunk(chunk: Chunk, shift: number): Chunk {
  return chunk.follower === undefined
    ? { start: chunk.start + shift, end: chunk.end + shift }
    : { start: chunk.start + shift, end: chunk.end + shift, follower: { keyword: chunk.follower.keyword, offset: chunk.follower.offset + shift } };
}

/** An unchanged chunk whose text now starts at `start`: its anchor moved there, or (for a variant) a copy anchored there. */
function moveChunkParse(parsed: ChunkParse, start: number, how: 'move' | 'copy'): ChunkParse {
  if (how === 'copy') return anchorChunk(parsed.follower, new Anchor(start), parsed.declarations, parsed.errors, parsed.comments, start - parsed.anchor.offset);
  parsed.anchor.offset = start;
  return parsed;
}

function chunkedParseOf(result: ParseResult): ChunkedParse | undefined {
  let chunked = chunkedParses.get(result);
  if (chunked === undefined) {
    const make = pendingChunkedParses.get(result);
    if (make === undefined) return undefined;
    chunked = make();
    chunkedParses.set(result, chunked);
    pendingChunkedParses.delete(result);
  }
  return chunked;
}

/**
 * Text parsed in one go by a cold parse: above it, the text is parsed in runs of whole chunks of
 * about this size. Chunks parse independently, so the trees are the same; but only one run's
 * tokens are alive at a time, and they die young — a 10 MB file's ~2.5 million tokens, held
 * through one whole-text parse, were promoted to the old generation and made up most of the
 * process's peak memory and of its garbage collection (issue #19). 16 KB rather than 64: a run's
 * tokens then more often die before a young-generation collection has to copy them (the 10 MB
 * file's parse 933 → 879 ms in-process, its whole check 3.32 → 3.22 s; a 1k- or 10k-line check
 * unchanged within noise).
 */
export const COLD_PARSE_RUN_CHARACTERS = 16 * 1024;

/**
 * With nothing to reuse: the whole text parsed as `parse` does, with plain spans (in runs of
 * whole chunks when it is long). Its chunk table — the same trees filed by chunk, copied with
 * anchored spans — is made when the next version is parsed, so a one-off check (the CLI's, a
 * first open) does not pay for it; the first edit of a document rebuilds it once.
 */
function parseCold(text: string, runCharacters = COLD_PARSE_RUN_CHARACTERS, fastBlocks = true): ParseResult {
  const chunks = text.length > runCharacters ? chunksOf(text) : undefined;
  const parsed = chunks === undefined ? parseWhole(text) : parseInRuns(text, chunks, runCharacters, fastBlocks);
  const { declarations, issues, issueOwners, anchors, comments } = parsed;
  const errors = issues
    .map((issue) => withSpan(issue, clampSpan(issue.span, 0, text.length)))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const result: ParseResult = { document: { declarations, comments }, errors };
  pendingChunkedParses.set(result, () => {
    const all = chunks ?? chunksOf(text);
    return { text, chunks: all, parses: fileByChunk(all, anchors, declarations, issues, issueOwners, comments) };
  });
  return result;
}

interface ColdParts {
  readonly declarations: Declaration[];
  readonly issues: CellSyntaxError[];
  readonly issueOwners: number[];
  readonly anchors: Anchor[];
  readonly comments: Comment[];
}

function parseWhole(text: string): ColdParts {
  const { tokens, comments } = lex(text);
  const { declarations, issues, issueOwners, anchors } = cellParser().parseTokens(text, tokens);
  return { declarations, issues, issueOwners, anchors, comments };
}

/**
 * The text parsed chunk by chunk on the fast path where a chunk is a well-formed block
 * (fast-blocks.ts), and the other chunks by the parser, in runs of consecutive ones of about
 * `runCharacters`. Both add to the parts in document order, so the result is the whole-text parse's.
 */
function parseInRuns(text: string, chunks: readonly Chunk[], runCharacters: number, fastBlocks = true): ColdParts {
  const parts: ColdParts = { declarations: [], issues: [], issueOwners: [], anchors: [], comments: [] };
  let pending = -1;
  // Where the fast path's current run of words started (the parser starts its own per run).
  let wordsFrom = -1;
  const parsePending = (last: number): void => {
    if (pending < 0) return;
    const run: Chunk = { start: chunks[pending]!.start, end: chunks[last]!.end, follower: chunks[last]!.follower };
    const { tokens, comments } = lexChunk(text, run);
    const parsed = cellParser().parseTokens(text, tokens, followerToken(run), run.start);
    for (const declaration of parsed.declarations) parts.declarations.push(declaration);
    for (const issue of parsed.issues) parts.issues.push(issue);
    for (const owner of parsed.issueOwners) parts.issueOwners.push(owner);
    for (const anchor of parsed.anchors) parts.anchors.push(anchor);
    for (const comment of comments) parts.comments.push(comment);
    pending = -1;
  };
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (wordsFrom < 0 || chunk.start - wordsFrom > runCharacters) {
      startWords();
      wordsFrom = chunk.start;
    }
    const fast = fastBlocks ? readWellFormedChunk(text, chunk.start, chunk.end) : undefined;
    if (fast === undefined) {
      if (pending >= 0 && chunk.end - chunks[pending]!.start > runCharacters) parsePending(i - 1);
      if (pending < 0) pending = i;
      continue;
    }
    parsePending(i - 1);
    for (const declaration of fast.declarations) parts.declarations.push(declaration);
    for (const anchor of fast.anchors) parts.anchors.push(anchor);
    for (const comment of fast.comments) parts.comments.push(comment);
  }
  parsePending(chunks.length - 1);
  return parts;
}

/** Test access: a cold parse in runs of at most `runCharacters` (the tests compare it with `parse`). */
export function parseColdInRuns(text: string, runCharacters: number, fastBlocks = true): ParseResult {
  return parseCold(text, runCharacters, fastBlocks);
}

/** The first letters of the hard keywords: a line starting with any other character is no chunk boundary. */
const keywordInitials = new Set(KEYWORDS.map((k) => k.word.charCodeAt(0)));

/**
 * Chunk boundaries: the start of every line (but the first) whose first token is a hard keyword,
 * in `start`..`end` (a chunk start, and the end of the text or another chunk's start). One pass
 * over the character codes (a line starts after \n, \r\n or a lone \r: the lexer's Newline); a
 * look-behind pattern cost 5×.
 */
function chunksOf(text: string, start = 0, end = text.length): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = start;
  // Line breaks are found with indexOf (native, many times faster than a loop over every
  // character in JavaScript); a `\r` is looked for again only once it has been passed.
  let carriageReturn = -1;
  for (let i = start; i < end; i++) {
    if (carriageReturn < i) carriageReturn = indexOrEnd(text, '\r', i);
    const lineFeed = indexOrEnd(text, '\n', i);
    i = Math.min(lineFeed, carriageReturn);
    if (i >= end) break;
    if (i === carriageReturn && text.charCodeAt(i + 1) === 10) i++;
    const lineStart = i + 1;
    if (lineStart >= end) break;
    let position = lineStart;
    while (whiteSpaceCodes.has(text.charCodeAt(position))) position++;
    if (!keywordInitials.has(text.charCodeAt(position))) continue;
    const keyword = keywordAt(text, position);
    if (keyword === undefined) continue;
    chunks.push({ start: chunkStart, end: lineStart, follower: { keyword, offset: position } });
    chunkStart = lineStart;
  }
  if (end === text.length) chunks.push({ start: chunkStart, end });
  else {
    const follower = followerAt(text, end);
    chunks.push(follower === undefined ? { start: chunkStart, end } : { start: chunkStart, end, follower });
  }
  return chunks;
}

/** Where `char` next occurs at or after `from`, or the text's length. */
function indexOrEnd(text: string, char: string, from: number): number {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found;
}

/** The keyword that starts the chunk at `lineStart` (a chunk's start is such a line). */
function followerAt(text: string, lineStart: number): Chunk['follower'] {
  let position = lineStart;
  while (whiteSpaceCodes.has(text.charCodeAt(position))) position++;
  const keyword = keywordAt(text, position);
  return keyword === undefined ? undefined : { keyword, offset: position };
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

/** The tokens and comments of a stretch of whole chunks, lexed alone, at their offsets in `text`. */
function lexChunk(text: string, chunk: Chunk): ReturnType<typeof lex> {
  const whole = chunk.start === 0 && chunk.end === text.length;
  const lexed = lex(whole ? text : text.slice(chunk.start, chunk.end));
  if (chunk.start !== 0) {
    // Fresh tokens and comments of this stretch alone: move them to its place in place.
    for (const token of lexed.tokens) {
      token.startOffset += chunk.start;
      if (token.endOffset !== undefined) token.endOffset += chunk.start;
    }
    for (const comment of lexed.comments) (comment as { span: Span }).span = { start: comment.span.start + chunk.start, end: comment.span.end + chunk.start };
  }
  return lexed;
}

/** The next chunk's keyword as the token that follows a stretch (none at the end of the text). */
function followerToken(chunk: Chunk): IToken | undefined {
  const follower = chunk.follower;
  return follower === undefined
    ? undefined
    : createTokenInstance(follower.keyword.type, follower.keyword.word, follower.offset, follower.offset + follower.keyword.word.length - 1, NaN, NaN, NaN, NaN);
}

function parseChunk(text: string, chunk: Chunk, followerKey: string): ChunkParse {
  const { tokens, comments } = lexChunk(text, chunk);
  const follower = chunk.follower;
  const { declarations, issues, anchors } = cellParser().parseTokens(text, tokens, followerToken(chunk), chunk.start);
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
  // A node that is its own span (nodes.ts) is made anew at the moved offsets.
  const relative = (offset: number): number => offset + shift - anchor.offset;
  const name = (value: Name): Name => new NameNode(anchor, relative(value.span.start), relative(value.span.end), value.text);
  const optionalName = (value: Name | undefined): Name | undefined => (value === undefined ? undefined : name(value));
  const quantity = (value: Quantity): Quantity =>
    new QuantityNode(anchor, relative(value.span.start), relative(value.span.end), value.numberText, optionalName(value.unit));
  const optionalQuantity = (value: Quantity | undefined): Quantity | undefined => (value === undefined ? undefined : quantity(value));
  const valueOf = (value: Value): Value => {
    switch (value.kind) {
      case 'quantity':
        return quantity(value);
      case 'range':
        return new RangeNode(anchor, relative(value.span.start), relative(value.span.end), quantity(value.low), optionalQuantity(value.high));
      case 'string':
        return new StringNode(anchor, relative(value.span.start), relative(value.span.end), value.value);
      case 'name': {
        const moved = name(value.name);
        return { kind: 'name', name: moved, span: moved.span };
      }
      case 'formula':
        return new FormulaNode(anchor, relative(value.span.start), relative(value.span.end), value.text);
    }
  };
  const property = (value: Property): Property =>
    new PropertyNode(anchor, relative(value.span.start), relative(value.span.end), name(value.key), value.value === undefined ? undefined : valueOf(value.value));
  const declaration = (decl: Declaration): Declaration => {
    switch (decl.kind) {
      case 'import':
        return {
          kind: 'import',
          keywordSpan: anchorSpan(decl.keywordSpan),
          path: decl.path === undefined ? undefined : new StringNode(anchor, relative(decl.path.span.start), relative(decl.path.span.end), decl.path.value),
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
            (component): Component =>
              new ComponentNode(
                anchor,
                relative(component.span.start),
                relative(component.span.end),
                name(component.material),
                optionalQuantity(component.fraction),
                component.coatedKeywordSpan === undefined ? undefined : anchorSpan(component.coatedKeywordSpan),
                optionalName(component.coating),
              ),
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
            (layer): Layer =>
              new LayerNode(anchor, relative(layer.span.start), relative(layer.span.end), name(layer.role) as Layer['role'], optionalName(layer.material), layer.attributes.map(property)),
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
