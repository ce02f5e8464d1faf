/**
 * The `.cell` parser: a Chevrotain embedded-actions parser that builds the tree of ast.ts
 * directly (no CST step, which keeps a 10,000-line document well inside the time budget).
 *
 * Error handling is part of the grammar rather than left to generic token insertion and
 * deletion: each line of a block reads its known prefix and then any leftover ("junk")
 * tokens up to the end of the line, and the rule reports what is missing or left over in
 * one message with an exact span. So a bad line is reported once, the next line parses,
 * partial nodes are kept, and a line that starts with a hard keyword ends an open block.
 * The rules never throw on any token sequence; Chevrotain's own recovery stays enabled
 * only as a safety net (its errors, should any appear, are reported too).
 */
import { EmbeddedActionsParser, EOF, type DSLMethodOptsWithErr, type IOrAlt, type IToken } from 'chevrotain';
import type {
  CellDecl,
  CompositeDecl,
  Component,
  Declaration,
  FormulaValue as FormulaValueNode,
  ImportDecl,
  Layer,
  LayerRole,
  MaterialDecl,
  Name,
  Property,
  Quantity,
  RangeValue,
  Span,
  StringValue,
  SyntaxFix,
  SyntaxError as CellSyntaxError,
  Value,
} from './ast';
import { messages, strayLineHasOwnAdvice } from './messages';
import { ComponentNode, FormulaNode, LayerNode, NameNode, PropertyNode, QuantityNode, RangeNode, StringNode } from './nodes';
import { Anchor, AnchoredSpan } from './span';
import {
  AnyToken,
  Cell,
  Composite,
  FormulaValue,
  HeaderJunk,
  Identifier,
  Import,
  LCurly,
  LineJunk,
  LineStartJunk,
  Material,
  Newline,
  NumberLiteral,
  parserTokens,
  Range,
  RCurly,
  StrayJunk,
  StringLiteral,
  TopJunk,
  Unknown,
  UnitLike,
  hardKeywordTokens,
} from './tokens';
import { CELL_PROPERTY_KEYS, COMPOSITE_PROPERTY_KEYS, isHardKeyword, isLayerAttributeKey, isLayerRole, MATERIAL_PROPERTY_KEYS, type BlockKeyword } from './vocabulary';

interface DeclHeader {
  readonly nameToken?: IToken;
  readonly junk: IToken[];
  readonly open?: IToken;
}

type CompositeLine = { readonly component?: Component; readonly property?: Property };
type CellLine = { readonly layer?: Layer; readonly property?: Property };

/** The end offset (exclusive) of a token; `endOffset` is inclusive and optional in Chevrotain's types. */
function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

/**
 * The anchor of the chunk being read: every span the parser makes moves with it (span.ts). A
 * new one starts at each line whose first token is a hard keyword — where parseIncremental cuts
 * the text into chunks — so a whole-text parse and a chunk's parse anchor alike. (One parser
 * instance, one parse at a time: module state is enough.)
 */
let anchor = new Anchor(0);

/**
 * The words of the parse, one string each: a 10 MB document spells `thickness`, `mS/cm` or
 * `Li6PS5Cl` tens of thousands of times, and each token's text is a fresh copy. Short words only,
 * and at most `WORDS_KEPT` of them, so a document of unique names costs a bounded table.
 */
let words = new Map<string, string>();
const WORDS_KEPT = 4096;
const WORD_LENGTH_KEPT = 24;

/** A fresh table of words, as each parse of a run starts with (the fast path's runs too: fast-blocks.ts). */
export function startWords(): void {
  words = new Map();
}

export function word(text: string): string {
  if (text.length > WORD_LENGTH_KEPT) return text;
  const kept = words.get(text);
  if (kept !== undefined) return kept;
  if (words.size < WORDS_KEPT) words.set(text, text);
  return text;
}

/** A block's lines as kept in the tree: an exact-size copy of the list its lines were pushed to (which has room for 17). */
function exact<T>(list: readonly T[]): readonly T[] {
  return list.slice();
}

function at(start: number, end: number): Span {
  return new AnchoredSpan(anchor, start - anchor.offset, end - anchor.offset);
}

function spanOf(token: IToken): Span {
  return at(token.startOffset, endOf(token));
}

function nameOf(token: IToken): Name {
  return nameAt(token.startOffset, endOf(token), word(token.image));
}

function nameAt(start: number, end: number, text: string): Name {
  return new NameNode(anchor, start - anchor.offset, end - anchor.offset, text);
}

function runSpan(tokens: readonly IToken[]): Span {
  return at(tokens[0]!.startOffset, endOf(tokens[tokens.length - 1]!));
}

function quantityOf(numberToken: IToken, unitToken: IToken | undefined): Quantity {
  const unit = unitToken === undefined ? undefined : nameOf(unitToken);
  return quantityAt(numberToken.startOffset, unit === undefined ? endOf(numberToken) : unit.span.end, word(numberToken.image), unit);
}

/** The quantity `numberText unit` at `start`..`end`: its number starts it. */
function quantityAt(start: number, end: number, numberText: string, unit: Name | undefined): Quantity {
  return new QuantityNode(anchor, start - anchor.offset, end - anchor.offset, numberText, unit);
}

function formulaAt(start: number, text: string): FormulaValueNode {
  return new FormulaNode(anchor, start - anchor.offset, start + text.length - anchor.offset, text);
}

function propertyAt(start: number, end: number, key: Name, value: Value | undefined): Property {
  return new PropertyNode(anchor, start - anchor.offset, end - anchor.offset, key, value);
}

/**
 * What may follow a unit to make it a unit with exponents: ` cm-1`, `·cm⁻¹`, ` cm^-3`, `*cm-2`.
 * Each word and each exponent is matched whole (the lookaheads): a run of letters split every
 * possible way would make a long junk word take exponential time to reject.
 */
const PAPER_STYLE_CONTINUATION = /^(?:[ \t]*[·*.]?[ \t]*[A-Za-zµμ]+(?![A-Za-zµμ])(?:\^?[-−–]?[0-9]+(?![0-9])|⁻?[¹²³⁴])?)+$/u;

const PROPERTY_KEYS: Record<BlockKeyword, readonly string[]> = {
  material: MATERIAL_PROPERTY_KEYS,
  composite: COMPOSITE_PROPERTY_KEYS,
  cell: CELL_PROPERTY_KEYS,
};

function isPropertyKey(kind: BlockKeyword, word: string | undefined): boolean {
  return word !== undefined && PROPERTY_KEYS[kind].includes(word);
}

function startsLine(previous: IToken): boolean {
  return previous.tokenType === EOF || previous.tokenType === Newline;
}

/** The start of the line holding `offset` when only white space comes before it on the line. */
function lineStart(text: string, offset: number): number {
  let position = offset;
  while (position > 0) {
    const before = text.charCodeAt(position - 1);
    if (before === 10 || before === 13) break;
    position--;
  }
  return position;
}

/** A material property key written after a formula on its line (`Li2S role cathode`): the white space and word that start it. */
export function propertyInFormula(text: string): RegExpExecArray | undefined {
  const next = /\s+([A-Za-z]+)(?=\s|$)/g;
  for (let match = next.exec(text); match !== null; match = next.exec(text)) if (isPropertyKey('material', match[1])) return match;
  return undefined;
}

/** The formula in text that may be quoted (`"Li2S"`): the text inside the quotes, and where it starts. */
export function formulaInside(raw: string, start: number): { readonly text: string; readonly start: number } {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const quoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"') && !/["\\]/.test(text.slice(1, -1));
  return { text: quoted ? text.slice(1, -1) : text, start: start + leading + (quoted ? 1 : 0) };
}

/** A formula from text that may be quoted, with its exact span. */
function formulaFrom(raw: string, start: number): FormulaValueNode {
  const inside = formulaInside(raw, start);
  return formulaAt(inside.start, inside.text);
}

export const isUnclosedString = (image: string): boolean => {
  if (image.length < 2 || !image.endsWith('"')) return true;
  // The closing quote must not itself be escaped: count the backslashes before it.
  let backslashes = 0;
  for (let i = image.length - 2; i > 0 && image[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
};

export function unescape(body: string): string {
  return body.replace(/\\(["\\])/g, '$1');
}

export interface ParsedTokens {
  readonly declarations: Declaration[];
  /** In the order found (not sorted). */
  readonly issues: CellSyntaxError[];
  /**
   * For each issue, the offset where the top-level line or declaration it was found in
   * starts: an unclosed block is reported at the next declaration's keyword, but belongs to
   * the block (parseIncremental files issues by it).
   */
  readonly issueOwners: number[];
  /** The anchors the spans were made with, in order: the first at `startOffset`, then one per keyword line (see `at`). */
  readonly anchors: Anchor[];
}

/** The block a line is in, as the line rules' argument (constant: a SUBRULE per line would otherwise allocate it). */
const IN_MATERIAL = { ARGS: ['material'] } as const satisfies { ARGS: [BlockKeyword] };
const IN_COMPOSITE = { ARGS: ['composite'] } as const satisfies { ARGS: [BlockKeyword] };
const IN_CELL = { ARGS: ['cell'] } as const satisfies { ARGS: [BlockKeyword] };

/** A run of junk lines reported as one issue (`issues[index]`), for one kind of context. */
interface JunkRun {
  readonly index: number;
  readonly kind: 'top' | BlockKeyword;
  readonly start: number;
  end: number;
  readonly first: string;
  readonly lineStarts: number[];
}

/** Whether `text` between the offsets holds only whitespace and `#` comments (one pass, no pattern). */
function onlyBlankOrComments(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680)) return false;
    i++;
  }
  return true;
}

/** Tokens of lookahead per decision (see the constructor). */
export const PARSER_LOOKAHEAD = 1;

export class CellParser extends EmbeddedActionsParser {
  private issues: CellSyntaxError[] = [];
  /** For each issue, where the top-level line or declaration being read when it was found starts. */
  private issueOwners: number[] = [];
  private topLevelStart = 0;
  private anchors: Anchor[] = [];
  private junkRun: JunkRun | undefined;
  /** Every run of this parse; their issues are written once, when the parse ends (see `continueJunkRun`). */
  private junkRuns: JunkRun[] = [];
  private text = '';
  /**
   * The token after the input when the input is one chunk of a longer document (the hard
   * keyword that starts the next chunk): a block left open reports it exactly as it would in
   * the whole document. Undefined for a whole document.
   */
  private followedBy: IToken | undefined;

  /**
   * `validateGrammar` runs Chevrotain's grammar checks (ambiguities, left recursion). They
   * cost a fifth of the language server's start-up and say nothing new about a grammar that
   * passed them once, so the shipped instance skips them and a unit test runs them.
   * The grammar is LL(1) (gates decide the rest), so lookahead is computed one token deep:
   * Chevrotain's default of 3 spends start-up time on lookahead paths no decision needs.
   */
  constructor(options: { readonly validateGrammar?: boolean } = {}) {
    super(parserTokens, { recoveryEnabled: true, skipValidations: options.validateGrammar !== true, maxLookahead: PARSER_LOOKAHEAD });
    this.performSelfAnalysis();
  }

  /** Parses one token stream; the instance is reused, so every call starts from a clean state. */
  parseTokens(text: string, tokens: IToken[], followedBy?: IToken, startOffset = 0): ParsedTokens {
    anchor = new Anchor(startOffset);
    words = new Map();
    this.anchors = [anchor];
    this.junkRun = undefined;
    this.junkRuns = [];
    this.text = text;
    this.input = tokens;
    this.issues = [];
    this.issueOwners = [];
    this.followedBy = followedBy;
    const declarations = this.document() ?? [];
    this.finishJunkRuns();
    const issues = this.issues;
    const owners = this.issueOwners;
    // The grammar reads any token sequence, so Chevrotain's own recovery should never fire;
    // if it does, its errors are still reported, at the token or (for an inserted one) the end.
    for (const error of this.errors) {
      const token = error.token;
      const real = Number.isFinite(token.startOffset);
      const span = real ? spanOf(token) : at(text.length, text.length);
      issues.push({ message: messages.internal(real ? token.image : 'end of file'), span });
      owners.push(span.start);
    }
    this.issues = [];
    this.issueOwners = [];
    this.text = '';
    this.followedBy = undefined;
    // Let go of the tokens: kept until the next parse, they would survive the collections
    // made while the rest of the analysis runs and be copied into the old generation.
    this.input = [];
    const anchors = this.anchors;
    this.anchors = [];
    return { declarations, issues, issueOwners: owners, anchors };
  }

  // ---------------------------------------------------------------- helpers (not grammar)

  /**
   * A run of lines that are junk as a whole — a table pasted at the top level or into a block —
   * is one issue covering them all, not one per line. Started by the first such line; a later
   * one continues it when nothing but blank lines and comments came between.
   */
  private startJunkRun(tokens: readonly IToken[], kind: 'top' | BlockKeyword): void {
    const start = tokens[0]!.startOffset;
    this.junkRun = { index: this.issues.length - 1, kind, start, end: endOf(tokens[tokens.length - 1]!), first: this.textOf(tokens), lineStarts: [start] };
    this.junkRuns.push(this.junkRun);
  }

  /**
   * Adds a line to the run. The run's message and its "comment out" fix are written once, when
   * the parse ends: rebuilt for every added line, a 20,000-line paste cost 20,000 fixes of up to
   * 20,000 edits each (quadratic: 6 s at 20k lines, minutes at 40k).
   */
  private continueJunkRun(tokens: readonly IToken[], kind: 'top' | BlockKeyword): boolean {
    const run = this.junkRun;
    if (run === undefined || run.kind !== kind || run.index !== this.issues.length - 1) return false;
    if (!onlyBlankOrComments(this.text, run.end, tokens[0]!.startOffset)) return false;
    run.lineStarts.push(tokens[0]!.startOffset);
    run.end = endOf(tokens[tokens.length - 1]!);
    return true;
  }

  private finishJunkRuns(): void {
    for (const run of this.junkRuns) {
      const lines = run.lineStarts.length;
      const reported = this.issues[run.index]!;
      if (lines === 1) {
        this.issues[run.index] = { ...reported, fix: this.commentOutFix(run.lineStarts) };
        continue;
      }
      const message = run.kind === 'top' ? messages.strayLines(lines, run.first) : messages.unexpectedLines(run.kind, lines, run.first);
      this.issues[run.index] = { message, span: at(run.start, run.end), fix: this.commentOutFix(run.lineStarts) };
    }
    this.junkRuns = [];
    this.junkRun = undefined;
  }

  /**
   * `1 S cm-1`, `4.7 g cm-3`, `0.1 mS·cm⁻¹`: a unit in the literature's style, with negative
   * exponents, reads as a unit followed by junk. Read whole, it becomes one unknown unit, and
   * the unit check offers the one Cellspec spells (`S/cm`) as a fix. Undefined when the junk is
   * not such a continuation of the value's unit.
   */
  private withPaperStyleUnit(value: Value, junk: readonly IToken[]): Quantity | RangeValue | undefined {
    const quantity = value.kind === 'quantity' ? value : value.kind === 'range' ? value.high : undefined;
    if (quantity?.unit === undefined) return undefined;
    const end = endOf(junk[junk.length - 1]!);
    const continuation = this.text.slice(quantity.unit.span.end, end);
    if (!PAPER_STYLE_CONTINUATION.test(continuation) || !/[0-9¹²³⁴]/.test(continuation)) return undefined;
    const unit = nameAt(quantity.unit.span.start, end, this.text.slice(quantity.unit.span.start, end));
    const whole = quantityAt(quantity.span.start, end, quantity.numberText, unit);
    return value.kind === 'range' ? new RangeNode(anchor, value.span.start - anchor.offset, end - anchor.offset, value.low, whole) : whole;
  }

  /** `formula Li2S role cathode`: the formula ends where the next property starts, which is reported. */
  private formulaBeforeNextProperty(value: FormulaValueNode): FormulaValueNode {
    const match = propertyInFormula(value.text);
    if (match === undefined) return value;
    const restStart = value.span.start + match.index + match[0].length - match[1]!.length;
    const text = value.text.slice(0, match.index);
    const fix = this.splitLineFix(value.span.start + text.length, restStart, value.span.start);
    this.report(messages.onePropertyPerLine(value.text.slice(restStart - value.span.start)), at(restStart, value.span.end), fix);
    return formulaAt(value.span.start, text);
  }

  /** A new chunk starts at `offset`: later spans move with it. */
  private anchorAt(offset: number): void {
    if (offset === anchor.offset) return;
    anchor = new Anchor(offset);
    this.anchors.push(anchor);
  }

  private report(message: string, span: Span, fix?: SyntaxFix): void {
    this.issues.push(fix === undefined ? { message, span } : { message, span, fix });
    this.issueOwners.push(this.topLevelStart);
  }

  /** Puts what starts at `restStart` on a line of its own, indented like the line `lineOffset` is on. */
  private splitLineFix(gapStart: number, restStart: number, lineOffset: number): SyntaxFix {
    const indent = /^[ \t]*/.exec(this.text.slice(lineStart(this.text, lineOffset), lineOffset))![0];
    return { title: 'Put it on a line of its own', edits: [{ span: at(gapStart, restStart), newText: `\n${indent}` }] };
  }

  /** `# ` before each of the lines starting at `starts`. */
  private commentOutFix(starts: readonly number[]): SyntaxFix {
    return {
      title: starts.length === 1 ? 'Comment out the line' : `Comment out the ${starts.length} lines`,
      edits: starts.map((start) => ({ span: at(start, start), newText: '# ' })),
    };
  }

  /** Reports leftover tokens; a lone unexpected character gets its own, more specific message. */
  private reportJunk(junk: readonly IToken[], describe: (text: string) => string): void {
    if (junk.length === 0) return;
    const first = junk[0]!;
    // A character outside the language explains the rest of its line: report it alone, exactly.
    if (first.tokenType === Unknown) this.report(messages.unexpectedCharacter(first.image), spanOf(first));
    else if (junk.length === 1 && first.tokenType === StringLiteral && isUnclosedString(first.image)) this.report(messages.unclosedString(), spanOf(first));
    else this.report(describe(this.textOf(junk)), runSpan(junk));
  }

  private textOf(tokens: readonly IToken[]): string {
    // Tokens of one line are contiguous in the source apart from white space: rebuild it.
    let text = tokens[0]!.image;
    for (let i = 1; i < tokens.length; i++) {
      const gap = tokens[i]!.startOffset - endOf(tokens[i - 1]!);
      text += (gap > 0 ? ' ' : '') + tokens[i]!.image;
    }
    return text;
  }

  private stringValue(token: IToken): StringValue {
    const unclosed = isUnclosedString(token.image);
    if (unclosed) this.report(messages.unclosedString(), spanOf(token));
    const body = token.image.slice(1, unclosed ? undefined : -1);
    return new StringNode(anchor, token.startOffset - anchor.offset, endOf(token) - anchor.offset, unescape(body));
  }

  /** The end of the last token consumed that is not a newline (a declaration's end while it is unclosed). */
  private lastConsumedEnd(fallback: IToken): number {
    for (let k = 0; ; k--) {
      const token = this.LA(k);
      if (token.tokenType === EOF || token.startOffset < fallback.startOffset) return endOf(fallback);
      if (token.tokenType !== Newline) return endOf(token);
    }
  }

  /** `} material X {`: a declaration must start its own line (unless that line is already reported). */
  private checkStartsLine(keyword: IToken, previous: IToken): void {
    if (previous.tokenType === EOF || previous.tokenType === Newline) return;
    const last = this.issues[this.issues.length - 1];
    if (last !== undefined && last.span.end >= endOf(previous)) return;
    this.report(messages.declarationNotOnNewLine(keyword.image), spanOf(keyword));
  }

  /** Header and brace errors of a block, reported once each; returns its name and span. */
  private finishBlock(kind: BlockKeyword, keyword: IToken, header: DeclHeader, close: IToken | undefined): { name?: Name; span: Span } {
    const { nameToken, junk, open } = header;
    if (nameToken === undefined) {
      const first = junk[0];
      if (first === undefined) this.report(messages.expectedName(kind), spanOf(keyword));
      else if (isHardKeyword(first.image) && first.tokenType !== Identifier) this.report(messages.keywordAsName(kind, first.image), runSpan(junk));
      else this.reportJunk(junk, (text) => messages.expectedName(kind, text));
    } else if (junk.length > 0) {
      this.reportJunk(junk, (text) => messages.unexpectedInHeader(kind, nameToken.image, text));
    } else if (open === undefined) {
      this.report(messages.expectedOpenBrace(kind, nameToken.image), spanOf(nameToken));
    }
    if (open !== undefined && close === undefined) {
      const next = this.nextToken(1);
      const beforeDeclaration = next.tokenType !== EOF;
      this.report(messages.expectedCloseBrace(kind, nameToken?.image, beforeDeclaration), beforeDeclaration ? spanOf(next) : spanOf(open));
    }
    const end = close !== undefined ? endOf(close) : this.lastConsumedEnd(keyword);
    return { name: nameToken === undefined ? undefined : nameOf(nameToken), span: at(keyword.startOffset, end) };
  }

  // ---------------------------------------------------------------- the document

  // Cached alternatives of the ORs run once per line (Chevrotain's performance guide: an OR
  // builds its array on every call otherwise). They close over nothing but `this`.
  private documentAlternatives: IOrAlt<Declaration | undefined>[] | undefined;
  private materialLineAlternatives: IOrAlt<Property | undefined>[] | undefined;
  private compositeLineAlternatives: IOrAlt<CompositeLine>[] | undefined;
  private cellLineAlternatives: IOrAlt<CellLine>[] | undefined;
  private valueAlternatives: IOrAlt<Value>[] | undefined;
  // Likewise the gated OPTIONs that close over nothing but `this` (one per quantity, one per layer).
  private unitOption: DSLMethodOptsWithErr<IToken> | undefined;
  private layerMaterialOption: DSLMethodOptsWithErr<IToken> | undefined;
  private rangeEndOption: (() => { dots: IToken; high: Quantity | undefined }) | undefined;
  private rangeHighOption: (() => Quantity) | undefined;

  public readonly document = this.RULE('document', (): Declaration[] => {
    const declarations: Declaration[] = [];
    this.MANY(() => {
      this.ACTION(() => {
        const first = this.LA(1);
        this.topLevelStart = first.startOffset;
        if (hardKeywordTokens.includes(first.tokenType) && startsLine(this.LA(0))) this.anchorAt(lineStart(this.text, first.startOffset));
      });
      const declaration = this.OR(
        (this.documentAlternatives ??= [
          {
            ALT: () => {
              this.CONSUME(Newline);
              return undefined;
            },
          },
          { ALT: () => this.SUBRULE(this.importDecl) },
          { ALT: () => this.SUBRULE(this.materialDecl) },
          { ALT: () => this.SUBRULE(this.compositeDecl) },
          { ALT: () => this.SUBRULE(this.cellDecl) },
          {
            ALT: () => {
              this.SUBRULE(this.strayLine);
              return undefined;
            },
          },
        ]),
      );
      this.ACTION(() => declaration !== undefined && declarations.push(declaration));
    });
    return declarations;
  });

  /**
   * Leftover tokens after a complete line, read by the rule that owns the line. A helper
   * rather than a rule: a rule invocation per line costs time, and the DSL calls below are
   * recorded into whichever rule calls it (each caller uses MANY9/CONSUME9 only here).
   */
  private readLineTail(): IToken[] {
    const tokens: IToken[] = [];
    this.MANY9(() => {
      tokens.push(this.CONSUME9(LineJunk));
    });
    return tokens;
  }

  /** Leftover tokens after a complete top-level line (`} junk`, `import "a" junk`); same scheme. */
  private readTopTail(): IToken[] {
    const tokens: IToken[] = [];
    this.MANY8(() => {
      tokens.push(this.CONSUME8(TopJunk));
    });
    return tokens;
  }

  /** A line at the top level that does not start a declaration; a `{ … }` block after it is skipped. */
  private readonly strayLine = this.RULE('strayLine', (): void => {
    const words: IToken[] = [];
    const open = this.OR([
      {
        ALT: () => {
          words.push(this.CONSUME(StrayJunk));
          this.MANY(() => {
            words.push(this.CONSUME2(StrayJunk));
          });
          return this.OPTION(() => this.SUBRULE(this.skippedBlock));
        },
      },
      { ALT: () => this.SUBRULE2(this.skippedBlock) },
    ]);
    this.ACTION(() => {
      const shown = words.length > 0 ? words : [open!];
      const mergeable = open === undefined && !strayLineHasOwnAdvice(shown[0]!.image);
      if (mergeable && this.continueJunkRun(shown, 'top')) return;
      this.reportJunk(shown, (text) => messages.strayAtTopLevel(text, shown[0]!.image, open !== undefined));
      if (mergeable) this.startJunkRun(shown, 'top');
      else this.junkRun = undefined;
    });
  });

  private readonly skippedBlock = this.RULE('skippedBlock', (): IToken => {
    const open = this.CONSUME(LCurly);
    this.MANY({
      GATE: () => !this.atBlockEnd(),
      DEF: () => {
        this.CONSUME(AnyToken);
      },
    });
    this.OPTION(() => this.CONSUME(RCurly));
    return open;
  });

  /** A block ends at `}` or before a line that starts with a hard keyword. */
  private atBlockEnd(): boolean {
    const next = this.LA(1);
    if (next.tokenType === RCurly) return true;
    if (next.tokenType !== Newline) return false;
    const after = this.nextToken(2).tokenType;
    return hardKeywordTokens.includes(after);
  }

  /** LA(k) for the decisions that look past the input: the chunk's follower stands in for its end. */
  private nextToken(k: number): IToken {
    const token = this.LA(k);
    if (token.tokenType !== EOF || this.followedBy === undefined) return token;
    return k === 1 || this.LA(k - 1).tokenType !== EOF ? this.followedBy : token;
  }

  // ---------------------------------------------------------------- import

  private readonly importDecl = this.RULE('importDecl', (): ImportDecl => {
    const previous = this.ACTION(() => this.LA(0));
    const keyword = this.CONSUME(Import);
    const pathToken = this.OPTION(() => this.CONSUME(StringLiteral));
    const junk = this.readTopTail();
    return this.ACTION(() => {
      this.checkStartsLine(keyword, previous);
      const path = pathToken === undefined ? undefined : this.stringValue(pathToken);
      if (path === undefined) {
        if (junk.length === 0) this.report(messages.expectedImportPath(), spanOf(keyword));
        else this.reportJunk(junk, (text) => messages.expectedImportPath(text));
      } else {
        this.reportJunk(junk, (text) => messages.unexpectedAfterImport(text));
      }
      const keywordSpan = spanOf(keyword);
      return { kind: 'import', keywordSpan, path, span: at(keywordSpan.start, (path?.span ?? keywordSpan).end) };
    });
  });

  // ---------------------------------------------------------------- blocks

  /** `NAME? junk* NEWLINE* {?` — the `{` may be on the declaration line or a later one. */
  private readonly declHeader = this.RULE('declHeader', (): DeclHeader => {
    const nameToken = this.OPTION(() => this.CONSUME(Identifier));
    const junk: IToken[] = [];
    this.MANY(() => {
      junk.push(this.CONSUME(HeaderJunk));
    });
    this.MANY2(() => this.CONSUME(Newline));
    const open = this.OPTION2(() => this.CONSUME(LCurly));
    return { nameToken, junk, open };
  });

  /** `}` and anything left after it on the same line. */
  private readonly blockClose = this.RULE('blockClose', (): IToken | undefined =>
    this.OPTION(() => {
      const close = this.CONSUME(RCurly);
      const junk = this.readTopTail();
      this.ACTION(() => this.reportJunk(junk, (text) => messages.unexpectedAfterClose(text)));
      return close;
    }),
  );

  private readonly materialDecl = this.RULE('materialDecl', (): MaterialDecl => {
    const previous = this.ACTION(() => this.LA(0));
    const keyword = this.CONSUME(Material);
    const header = this.SUBRULE(this.declHeader);
    const properties: Property[] = [];
    const addLine = (property: Property | undefined): void => {
      this.ACTION(() => property !== undefined && properties.push(property));
    };
    this.OPTION(() => addLine(this.SUBRULE(this.materialLine)));
    this.MANY(() => {
      this.CONSUME(Newline);
      this.OPTION2(() => addLine(this.SUBRULE2(this.materialLine)));
    });
    const close = this.SUBRULE(this.blockClose);
    return this.ACTION(() => {
      this.checkStartsLine(keyword, previous);
      const { name, span } = this.finishBlock('material', keyword, header, close);
      return { kind: 'material', keywordSpan: spanOf(keyword), name, properties: exact(properties), span };
    });
  });

  private readonly compositeDecl = this.RULE('compositeDecl', (): CompositeDecl => {
    const previous = this.ACTION(() => this.LA(0));
    const keyword = this.CONSUME(Composite);
    const header = this.SUBRULE(this.declHeader);
    const components: Component[] = [];
    const properties: Property[] = [];
    const addLine = (line: CompositeLine): void => {
      this.ACTION(() => {
        if (line.component !== undefined) components.push(line.component);
        if (line.property !== undefined) properties.push(line.property);
      });
    };
    this.OPTION(() => addLine(this.SUBRULE(this.compositeLine)));
    this.MANY(() => {
      this.CONSUME(Newline);
      this.OPTION2(() => addLine(this.SUBRULE2(this.compositeLine)));
    });
    const close = this.SUBRULE(this.blockClose);
    return this.ACTION(() => {
      this.checkStartsLine(keyword, previous);
      const { name, span } = this.finishBlock('composite', keyword, header, close);
      return { kind: 'composite', keywordSpan: spanOf(keyword), name, components: exact(components), properties: exact(properties), span };
    });
  });

  private readonly cellDecl = this.RULE('cellDecl', (): CellDecl => {
    const previous = this.ACTION(() => this.LA(0));
    const keyword = this.CONSUME(Cell);
    const header = this.SUBRULE(this.declHeader);
    const layers: Layer[] = [];
    const properties: Property[] = [];
    const addLine = (line: CellLine): void => {
      this.ACTION(() => {
        if (line.layer !== undefined) layers.push(line.layer);
        if (line.property !== undefined) properties.push(line.property);
      });
    };
    this.OPTION(() => addLine(this.SUBRULE(this.cellLine)));
    this.MANY(() => {
      this.CONSUME(Newline);
      this.OPTION2(() => addLine(this.SUBRULE2(this.cellLine)));
    });
    const close = this.SUBRULE(this.blockClose);
    return this.ACTION(() => {
      this.checkStartsLine(keyword, previous);
      const { name, span } = this.finishBlock('cell', keyword, header, close);
      return { kind: 'cell', keywordSpan: spanOf(keyword), name, layers: exact(layers), properties: exact(properties), span };
    });
  });

  // ---------------------------------------------------------------- lines

  private readonly materialLine = this.RULE('materialLine', (): Property | undefined =>
    this.OR(
      (this.materialLineAlternatives ??= [
        { ALT: () => this.SUBRULE(this.propertyLine, IN_MATERIAL) },
        {
          ALT: () => {
            this.SUBRULE(this.junkLine, IN_MATERIAL);
            return undefined;
          },
        },
      ]),
    ),
  );

  private readonly compositeLine = this.RULE('compositeLine', (): CompositeLine =>
    this.OR(
      (this.compositeLineAlternatives ??= [
        {
          GATE: () => this.LA(1).image === 'porosity',
          IGNORE_AMBIGUITIES: true,
          ALT: () => ({ property: this.SUBRULE(this.propertyLine, IN_COMPOSITE) }),
        },
        { ALT: () => ({ component: this.SUBRULE(this.componentLine) }) },
        {
          ALT: () => {
            this.SUBRULE(this.junkLine, IN_COMPOSITE);
            return {};
          },
        },
      ]),
    ),
  );

  private readonly cellLine = this.RULE('cellLine', (): CellLine =>
    this.OR(
      (this.cellLineAlternatives ??= [
        {
          GATE: () => isLayerRole(this.LA(1).image),
          IGNORE_AMBIGUITIES: true,
          ALT: () => ({ layer: this.SUBRULE(this.layerLine) }),
        },
        { ALT: () => ({ property: this.SUBRULE(this.propertyLine, IN_CELL) }) },
        {
          ALT: () => {
            this.SUBRULE(this.junkLine, IN_CELL);
            return {};
          },
        },
      ]),
    ),
  );

  /** A line inside a block that starts with something no line can start with. */
  private readonly junkLine = this.RULE('junkLine', (kind: BlockKeyword): void => {
    const first = this.CONSUME(LineStartJunk);
    const rest = this.readLineTail();
    this.ACTION(() => {
      const junk = [first, ...rest];
      if (this.continueJunkRun(junk, kind)) return;
      this.reportJunk(junk, (text) => messages.unexpectedLine(kind, text));
      this.startJunkRun(junk, kind);
    });
  });

  /** `KEY VALUE`: a material property, a composite's `porosity`, a cell's `rate` / `cutoff`. */
  private readonly propertyLine = this.RULE('propertyLine', (kind: BlockKeyword): Property => {
    const key = this.CONSUME(Identifier);
    const written = this.OPTION(() => this.SUBRULE(this.value));
    const tail = this.readLineTail();
    return this.ACTION(() => {
      let value = written;
      let junk = tail;
      if (kind === 'material' && key.image === 'formula' && value?.kind === 'string') {
        value = formulaFrom(this.text.slice(value.span.start, value.span.end), value.span.start);
      }
      if (value?.kind === 'formula') value = this.formulaBeforeNextProperty(value);
      if (value !== undefined && junk.length > 0) {
        const whole = this.withPaperStyleUnit(value, junk);
        if (whole !== undefined) {
          value = whole;
          junk = [];
        }
      }
      if (value === undefined) {
        if (junk.length === 0) this.report(messages.expectedValue(key.image), spanOf(key));
        else this.reportJunk(junk, (text) => messages.expectedValue(key.image, text));
      } else if (value.kind === 'range' && value.high === undefined) {
        const dotsSpan = at(value.span.end - 2, value.span.end);
        if (junk.length === 0) this.report(messages.expectedRangeEnd(), dotsSpan);
        else this.reportJunk(junk, (text) => messages.expectedRangeEnd(text));
      } else if (isPropertyKey(kind, junk[0]?.image)) {
        this.report(messages.onePropertyPerLine(this.textOf(junk)), runSpan(junk), this.splitLineFix(value.span.end, junk[0]!.startOffset, key.startOffset));
      } else {
        this.reportJunk(junk, (text) => messages.unexpectedAfterValue(key.image, text));
      }
      const keyName = nameOf(key);
      return propertyAt(keyName.span.start, (value?.span ?? keyName.span).end, keyName, value);
    });
  });

  /** `NAME QUANTITY? (coated NAME?)?` — one component of a composite. */
  private readonly componentLine = this.RULE('componentLine', (): Component => {
    const material = this.CONSUME(Identifier);
    const fraction = this.OPTION(() => this.SUBRULE(this.quantity));
    const coated = this.OPTION2({
      GATE: () => this.LA(1).image === 'coated',
      DEF: () => {
        const keyword = this.CONSUME2(Identifier);
        const coating = this.OPTION3(() => this.CONSUME3(Identifier));
        return { keyword, coating };
      },
    });
    const junk = this.readLineTail();
    return this.ACTION(() => {
      if (coated !== undefined && coated.coating === undefined) {
        if (junk.length === 0) this.report(messages.expectedCoating(), spanOf(coated.keyword));
        else this.reportJunk(junk, (text) => messages.expectedCoating(text));
      } else {
        this.reportJunk(junk, (text) => messages.unexpectedInComponent(material.image, text));
      }
      const last = coated?.coating ?? coated?.keyword;
      const end = last !== undefined ? endOf(last) : (fraction?.span.end ?? endOf(material));
      return new ComponentNode(
        anchor,
        material.startOffset - anchor.offset,
        end - anchor.offset,
        nameOf(material),
        fraction,
        coated === undefined ? undefined : spanOf(coated.keyword),
        coated?.coating === undefined ? undefined : nameOf(coated.coating),
      );
    });
  });

  /** `ROLE NAME? ((thickness|loading) QUANTITY?)*` — one layer of a cell. */
  private readonly layerLine = this.RULE('layerLine', (): Layer => {
    const role = this.CONSUME(Identifier);
    const material = this.OPTION(
      (this.layerMaterialOption ??= {
        GATE: () => !isLayerAttributeKey(this.LA(1).image),
        DEF: () => this.CONSUME2(Identifier),
      }),
    );
    const attributes: { key: IToken; quantity?: Quantity }[] = [];
    this.MANY({
      GATE: () => isLayerAttributeKey(this.LA(1).image),
      DEF: () => {
        const key = this.CONSUME3(Identifier);
        const quantity = this.OPTION2(() => this.SUBRULE(this.quantity));
        attributes.push({ key, quantity });
      },
    });
    const tail = this.readLineTail();
    return this.ACTION(() => {
      let junk = tail;
      // Junk right after a part that lacks its value is reported with that part, once.
      let junkReported = false;
      const lastAttribute = attributes[attributes.length - 1];
      if (lastAttribute?.quantity !== undefined && junk.length > 0) {
        const whole = this.withPaperStyleUnit(lastAttribute.quantity, junk);
        if (whole?.kind === 'quantity') {
          lastAttribute.quantity = whole;
          junk = [];
        }
      }
      if (material === undefined) {
        if (attributes.length === 0 && junk.length > 0) {
          this.reportJunk(junk, (text) => messages.expectedLayerMaterial(role.image, text));
          junkReported = true;
        } else {
          this.report(messages.expectedLayerMaterial(role.image), spanOf(role));
        }
      }
      for (const attribute of attributes) {
        if (attribute.quantity !== undefined) continue;
        if (attribute === lastAttribute && junk.length > 0) {
          this.reportJunk(junk, (text) => messages.expectedAttributeQuantity(attribute.key.image, text));
          junkReported = true;
        } else {
          this.report(messages.expectedAttributeQuantity(attribute.key.image), spanOf(attribute.key));
        }
      }
      if (!junkReported) this.reportJunk(junk, (text) => messages.unexpectedInLayer(role.image, text));

      const properties: Property[] = attributes.map(({ key, quantity }) => propertyAt(key.startOffset, quantity?.span.end ?? endOf(key), nameOf(key), quantity));
      const roleName = nameOf(role) as Name & { readonly text: LayerRole };
      const end = properties[properties.length - 1]?.span.end ?? endOf(material ?? role);
      return new LayerNode(anchor, role.startOffset - anchor.offset, end - anchor.offset, roleName, material === undefined ? undefined : nameOf(material), properties);
    });
  });

  // ---------------------------------------------------------------- values

  private readonly value = this.RULE('value', (): Value =>
    this.OR(
      (this.valueAlternatives ??= [
        {
          ALT: () => {
            const token = this.CONSUME(FormulaValue);
            return this.ACTION(() => formulaFrom(token.image, token.startOffset));
          },
        },
        {
          ALT: () => {
            const token = this.CONSUME(StringLiteral);
            return this.ACTION(() => this.stringValue(token));
          },
        },
        {
          ALT: () => {
            const token = this.CONSUME(Identifier);
            return this.ACTION(() => {
              const name = nameOf(token);
              return { kind: 'name', name, span: name.span } as const;
            });
          },
        },
        { ALT: () => this.SUBRULE(this.quantityOrRange) },
      ]),
    ),
  );

  private readonly quantityOrRange = this.RULE('quantityOrRange', (): Quantity | RangeValue => {
    const low = this.SUBRULE(this.quantity);
    const upper = this.OPTION((this.rangeEndOption ??= () => this.rangeEnd()));
    // What ACTION does, without a closure per call: nothing while Chevrotain records the grammar.
    if (this.RECORDING_PHASE) return undefined as never;
    if (upper === undefined) return low;
    const end = upper.high?.span.end ?? endOf(upper.dots);
    return new RangeNode(anchor, low.span.start - anchor.offset, end - anchor.offset, low, upper.high);
  });

  /** `.. QUANTITY?`: the second half of a range. */
  private rangeEnd(): { dots: IToken; high: Quantity | undefined } {
    const dots = this.CONSUME(Range);
    const high = this.OPTION2((this.rangeHighOption ??= () => this.SUBRULE2(this.quantity)));
    return { dots, high };
  }

  /** A number and, on the same line, its unit — unless the next word starts the next part of the line. */
  private readonly quantity = this.RULE('quantity', (): Quantity => {
    const numberToken = this.CONSUME(NumberLiteral);
    const unitToken = this.OPTION(
      (this.unitOption ??= {
        GATE: () => this.unitMayFollow(),
        DEF: () => this.CONSUME(UnitLike),
      }),
    );
    return this.RECORDING_PHASE ? (undefined as never) : quantityOf(numberToken, unitToken);
  });

  private unitMayFollow(): boolean {
    const next = this.LA(1);
    return !(next.tokenType === Identifier && (next.image === 'coated' || isLayerAttributeKey(next.image)));
  }
}

let instance: CellParser | undefined;

/**
 * The one parser instance: Chevrotain grammars are built once and reused (`parser.input =
 * tokens`). Built on first use, not on import: its self-analysis costs tens of milliseconds that
 * `cellspec formula` never needs.
 */
export function cellParser(): CellParser {
  instance ??= new CellParser();
  return instance;
}
