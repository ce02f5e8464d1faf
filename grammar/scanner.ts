/**
 * The lexer of tokens.ts, written out by hand: one pass over the character codes, no regular
 * expressions on the common path. It produces exactly the token stream Chevrotain's Lexer
 * produces from the definitions in tokens.ts (which stay the specification, and which the
 * fuzz tests compare it with): the same types, images and offsets, the same `Unknown` runs
 * for characters no token matches, and the same token objects. Chevrotain's generic lexer
 * tries each pattern's regular expression in turn at every position; on a 10,000-line file
 * that was a quarter of the parse.
 *
 * Chevrotain's rules, mirrored here: at each offset the first definition (in `lexedTokens`
 * order) that matches wins, except that a keyword yields to a longer Identifier; where none
 * matches, the characters up to the next offset at which any definition matches form one
 * error run (here: one `Unknown` token).
 */
import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import type { Comment } from './ast';
import {
  Cell,
  Composite,
  FormulaValue,
  Identifier,
  Import,
  LCurly,
  Material,
  Newline,
  NumberLiteral,
  Range,
  RCurly,
  StringLiteral,
  Unit,
  Unknown,
  whiteSpaceChars,
} from './tokens';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const LBRACE = 123;
const RBRACE = 125;
const MICRO = 0xb5;
const MU = 0x3bc;

/** Per UTF-16 code unit: bit 1 white space, bit 2 a character at which FormulaValue is tried (below). */
const charClass = new Uint8Array(65536);
const WHITE_SPACE = 1;
const FORMULA_CANDIDATE = 2;
export const isWhiteSpace = (c: number): boolean => (charClass[c]! & WHITE_SPACE) !== 0;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z_]`: how a name starts. */
export const isNameStart = (c: number): boolean => isLetter(c) || c === UNDERSCORE;
/** `\w`: ASCII letters, digits and `_`. */
const isWord = (c: number): boolean => isLetter(c) || isDigit(c) || c === UNDERSCORE;
/** `[\wµμ]`: the characters of a unit's words. */
const isUnitWord = (c: number): boolean => isWord(c) || c === MICRO || c === MU;
const isMicro = (c: number): boolean => c === MICRO || c === MU;

/**
 * Chevrotain narrows the definitions it tries by the first character, grouping characters
 * above 255 in blocks (`255 + ⌊code/255⌋`); FormulaValue's start characters are the white
 * space ones, and its matcher does not look at the character itself, so it is tried at any
 * character that shares a block with one of them.
 */
const optimizedIndex = (code: number): number => (code > 255 ? 255 + Math.floor(code / 255) : code);
{
  const codes = [...whiteSpaceChars].map((char) => char.charCodeAt(0));
  const formulaBlocks = new Set(codes.map(optimizedIndex));
  for (const code of codes) charClass[code]! |= WHITE_SPACE;
  for (let code = 0; code < 65536; code++) if (formulaBlocks.has(optimizedIndex(code))) charClass[code]! |= FORMULA_CANDIDATE;
}
const formulaCandidate = (c: number): boolean => (charClass[c]! & FORMULA_CANDIDATE) !== 0;

export interface Keyword {
  readonly word: string;
  readonly type: TokenType;
}
/** The hard keywords and their token types (the incremental parser cuts documents at them). */
export const KEYWORDS: readonly Keyword[] = [
  { word: 'import', type: Import },
  { word: 'material', type: Material },
  { word: 'composite', type: Composite },
  { word: 'cell', type: Cell },
];

/** The keyword a whole identifier spells, if it is one. */
export function keywordOf(text: string, start: number, length: number): TokenType | undefined {
  for (const keyword of KEYWORDS) if (keyword.word.length === length && text.startsWith(keyword.word, start)) return keyword.type;
  return undefined;
}

// The token-end matchers: shared by the scanner and the fast path for well-formed blocks (fast-blocks.ts).

/** `"(?:[^"\\\r\n]|\\[^\r\n]?)*"?`: to the closing quote, or to the end of the line. */
export function stringEnd(text: string, offset: number): number {
  let end = offset + 1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === QUOTE) return end + 1;
    if (c === LF || c === CR) return end;
    if (c === BACKSLASH) {
      const next = text.charCodeAt(end + 1);
      end += end + 1 < text.length && next !== LF && next !== CR ? 2 : 1;
      continue;
    }
    end++;
  }
  return end;
}

/** `-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?`, or -1. */
export function numberEnd(text: string, offset: number): number {
  let at = offset;
  if (text.charCodeAt(at) === MINUS) at++;
  if (isDigit(text.charCodeAt(at))) {
    while (isDigit(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === DOT && isDigit(text.charCodeAt(at + 1))) {
      at += 2;
      while (isDigit(text.charCodeAt(at))) at++;
    }
  } else if (text.charCodeAt(at) === DOT && isDigit(text.charCodeAt(at + 1))) {
    at += 2;
    while (isDigit(text.charCodeAt(at))) at++;
  } else {
    return -1;
  }
  const e = text.charCodeAt(at);
  if (e === 101 || e === 69) {
    let exponent = at + 1;
    const sign = text.charCodeAt(exponent);
    if (sign === 43 || sign === MINUS) exponent++;
    if (isDigit(text.charCodeAt(exponent))) {
      while (isDigit(text.charCodeAt(exponent))) exponent++;
      at = exponent;
    }
  }
  return at;
}

/**
 * `[µμ][\wµμ]*(?:[/%][\wµμ]*)*` or `(?:[A-Za-z_][\wµμ]*)?(?:[/%][\wµμ]*)+`, or -1: a unit
 * that a name cannot hold (`mAh/g`, `wt%`, `µm`).
 */
export function unitEnd(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  let at = offset;
  if (isMicro(c)) {
    at++;
    while (isUnitWord(text.charCodeAt(at))) at++;
  } else {
    if (isNameStart(c)) {
      at++;
      while (isUnitWord(text.charCodeAt(at))) at++;
    }
    const mark = text.charCodeAt(at);
    if (mark !== SLASH && mark !== PERCENT) return -1;
  }
  for (;;) {
    const mark = text.charCodeAt(at);
    if (mark !== SLASH && mark !== PERCENT) return at;
    at++;
    while (isUnitWord(text.charCodeAt(at))) at++;
  }
}

/** `#[^\r\n]*` from the `#`: a comment runs to the end of its line. */
export function commentEnd(text: string, offset: number): number {
  let end = offset + 1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  return end;
}

/** A raw formula (FormulaValue) runs to the end of its line or to a comment. */
export function formulaTextEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === CR || c === LF || c === HASH) break;
    end++;
  }
  return end;
}

/** `[A-Za-z_](?:[A-Za-z0-9_()]|\.(?!\.))*` from a name start. */
export function identifierEnd(text: string, offset: number): number {
  let at = offset + 1;
  for (;;) {
    const c = text.charCodeAt(at);
    if (isWord(c) || c === OPEN_PAREN || c === CLOSE_PAREN) at++;
    else if (c === DOT && text.charCodeAt(at + 1) !== DOT) at++;
    else return at;
  }
}

export interface ScanResult {
  readonly tokens: IToken[];
  readonly comments: Comment[];
}

export function scan(text: string): ScanResult {
  return new Scanner(text).run();
}

class Scanner {
  private readonly tokens: IToken[] = [];
  private readonly comments: Comment[] = [];
  private readonly length: number;
  /** For FormulaValue: whether the last Material/`}`/Composite/Cell/Import token seen was Material. */
  private insideMaterial = false;
  /** The last two tokens matched, not counting Unknown runs (Chevrotain's lexer sees only matches). */
  private last: IToken | undefined;
  private beforeLast: IToken | undefined;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  run(): ScanResult {
    let offset = 0;
    while (offset < this.length) {
      const end = this.matchAt(offset, true);
      if (end >= 0) {
        offset = end;
        continue;
      }
      // No definition matches: the run of characters until one does is one Unknown token.
      let resync = offset + 1;
      while (resync < this.length && this.matchAt(resync, false) < 0) resync++;
      const image = this.text.slice(offset, resync);
      this.tokens.push(createTokenInstance(Unknown, image, offset, resync - 1, NaN, NaN, NaN, NaN));
      offset = resync;
    }
    return { tokens: this.tokens, comments: this.comments };
  }

  /**
   * The end of the token that starts at `offset`, or -1 when none does. With `emit` the token
   * is recorded; without, this only asks whether one would match (the error run's end).
   * The FormulaValue definition is tried here only where Chevrotain's first-character filter
   * lets it be tried (`formulaCandidate`) when emitting, but at any offset when looking for
   * the end of an error run, where Chevrotain tries every definition.
   */
  private matchAt(offset: number, emit: boolean): number {
    const text = this.text;
    const c = text.charCodeAt(offset);
    if (c === LF || c === CR) {
      const end = c === CR && text.charCodeAt(offset + 1) === LF ? offset + 2 : offset + 1;
      if (emit) this.push(Newline, offset, end);
      return end;
    }
    if (!emit || formulaCandidate(c)) {
      const formulaEnd = this.formulaValueEnd(offset);
      if (formulaEnd >= 0) {
        if (emit) this.push(FormulaValue, offset, formulaEnd);
        return formulaEnd;
      }
    }
    if (isWhiteSpace(c)) {
      let end = offset + 1;
      while (end < this.length && isWhiteSpace(text.charCodeAt(end))) end++;
      return end;
    }
    if (c === HASH) {
      const end = commentEnd(text, offset);
      if (emit) this.comments.push({ text: text.slice(offset, end), span: { start: offset, end } });
      return end;
    }
    if (c === QUOTE) return this.emitIf(emit, StringLiteral, offset, stringEnd(text, offset));
    const numberStop = numberEnd(text, offset);
    if (numberStop >= 0) return this.emitIf(emit, NumberLiteral, offset, numberStop);
    if (c === DOT && text.charCodeAt(offset + 1) === DOT) return this.emitIf(emit, Range, offset, offset + 2);
    if (c === LBRACE) return this.emitIf(emit, LCurly, offset, offset + 1);
    if (c === RBRACE) return this.emitIf(emit, RCurly, offset, offset + 1);
    const unitStop = unitEnd(text, offset);
    if (unitStop >= 0) return this.emitIf(emit, Unit, offset, unitStop);
    if (!isNameStart(c)) return -1;
    const identifierStop = identifierEnd(text, offset);
    return this.emitIf(emit, keywordOf(text, offset, identifierStop - offset) ?? Identifier, offset, identifierStop);
  }

  private emitIf(emit: boolean, type: TokenType, start: number, end: number): number {
    if (emit) this.push(type, start, end);
    return end;
  }

  private push(type: TokenType, start: number, end: number): void {
    const token: IToken = { image: this.text.slice(start, end), startOffset: start, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type };
    this.tokens.push(token);
    this.beforeLast = this.last;
    this.last = token;
    if (type === Material) this.insideMaterial = true;
    else if (type === RCurly || type === Composite || type === Cell || type === Import) this.insideMaterial = false;
  }

  /**
   * The FormulaValue definition (tokens.ts, `matchFormulaValue`): right after a `formula` key
   * that starts a line of a material block, the rest of the line up to a comment, or -1.
   */
  private formulaValueEnd(offset: number): number {
    const key = this.last;
    if (key === undefined || key.tokenType !== Identifier || key.image !== 'formula') return -1;
    const before = this.beforeLast;
    const keyStartsLine = before === undefined || before.tokenType === Newline || before.tokenType === LCurly;
    if (!keyStartsLine || !this.insideMaterial) return -1;
    const text = this.text;
    let end = formulaTextEnd(text, offset);
    // On a one-line block (`material X { formula Li2S }`) the closing brace is not part of the formula.
    if (before !== undefined && before.tokenType === LCurly) {
      let last = end - 1;
      while (last >= offset && isWhiteSpace(text.charCodeAt(last))) last--;
      if (text.charCodeAt(last) === RBRACE) end = last;
    }
    return text.slice(offset, end).trim() === '' ? -1 : end;
  }
}
