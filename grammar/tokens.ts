/**
 * Token types of the `.cell` language (docs/language.md §1). Newlines are tokens because every
 * property, component and layer is one line: that makes error recovery line-based.
 *
 * The categories at the top are not lexed; they group tokens for the parser's junk
 * productions, which read any leftover on a line so that a bad line is reported once
 * and the next line parses.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

// ---- categories (pattern NA: never produced by the lexer) ----

/** Anything that may trail a recognised line inside a block (all but Newline and `}`). */
export const LineJunk = createToken({ name: 'LineJunk', pattern: Lexer.NA });
/** Anything after a declaration's name before its `{` (LineJunk without `{`). */
export const HeaderJunk = createToken({ name: 'HeaderJunk', pattern: Lexer.NA });
/** A token that cannot start a line inside a block (not a name, keyword, `}` or Newline). */
export const LineStartJunk = createToken({ name: 'LineStartJunk', pattern: Lexer.NA });
/** Anything at the top level that is not a Newline or a hard keyword. */
export const TopJunk = createToken({ name: 'TopJunk', pattern: Lexer.NA });
/** TopJunk without `{`: the words of a line that does not start a declaration. */
export const StrayJunk = createToken({ name: 'StrayJunk', pattern: Lexer.NA });
/** Every real token: skipped wholesale inside the block of a line that is not a declaration. */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA });
/** A unit after a number: a `/`- or `%`-unit, or a plain identifier such as `V` or `um`. */
export const UnitLike = createToken({ name: 'UnitLike', pattern: Lexer.NA });

const everywhere = [LineJunk, HeaderJunk, LineStartJunk, TopJunk, StrayJunk, AnyToken];

// ---- real tokens ----

export const Newline = createToken({
  name: 'Newline',
  pattern: /\r\n|\r|\n/,
  line_breaks: true,
  categories: [AnyToken],
});

/** Horizontal white space, including a BOM and the no-break spaces pasted from papers. */
export const whiteSpaceChars = ' \t\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: new RegExp(`[${whiteSpaceChars}]+`),
  group: Lexer.SKIPPED,
});

export const Comment = createToken({
  name: 'Comment',
  pattern: /#[^\r\n]*/,
  group: 'comments',
});

/**
 * A string on one line. The closing quote is optional so that an unterminated string is
 * one token running to the end of the line: the parser reports it and lexing goes on.
 */
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n]?)*"?/,
  categories: everywhere,
});

export const Range = createToken({
  name: 'Range',
  pattern: /\.\./,
  categories: everywhere,
});

/** `12`, `0.25`, `-3`, `1e-10`, `2.1E+3`; a fraction needs a digit after the dot, so `1..2` is 1 .. 2. */
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/,
  categories: everywhere,
});

export const LCurly = createToken({
  name: 'LCurly',
  pattern: /\{/,
  categories: [LineJunk, LineStartJunk, TopJunk, AnyToken],
});

export const RCurly = createToken({
  name: 'RCurly',
  pattern: /\}/,
  categories: [TopJunk, StrayJunk, AnyToken],
});

/**
 * A unit that a plain name pattern cannot hold: it contains `/` or `%` (`mAh/g`, `wt%`,
 * `g/cm3`) or starts with a micro sign (`µm`, so the checker can suggest `um`). Tried
 * before Identifier. Units are not validated here (the checker reports `unit/unknown`).
 */
export const Unit = createToken({
  name: 'Unit',
  pattern: /[µμ][\wµμ]*(?:[/%][\wµμ]*)*|(?:[A-Za-z_][\wµμ]*)?(?:[/%][\wµμ]*)+/,
  categories: [...everywhere, UnitLike],
});

/** `[A-Za-z_][A-Za-z0-9_.()]*` (a formula is a name), except that `..` is always the range operator: `0.5 V..1 V`. */
export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_](?:[A-Za-z0-9_()]|\.(?!\.))*/,
  categories: [LineJunk, HeaderJunk, TopJunk, StrayJunk, AnyToken, UnitLike],
});

function keyword(word: string): TokenType {
  return createToken({
    name: word[0]!.toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [LineJunk, HeaderJunk, AnyToken],
  });
}

export const Import = keyword('import');
export const Material = keyword('material');
export const Composite = keyword('composite');
export const Cell = keyword('cell');

/** The hard keywords: a line that starts with one of them ends any open block. */
export const hardKeywordTokens: readonly TokenType[] = [Import, Material, Composite, Cell];

/**
 * Characters no token matches (`@`, `€`, a lone surrogate). The lexer reports them as an
 * error; they are put back into the token stream as this type so that the parser sees
 * them as part of a junk line and reports that line once, not twice.
 */
export const Unknown = createToken({
  name: 'Unknown',
  pattern: Lexer.NA,
  categories: everywhere,
});

// ---- the raw formula ----

/** Character codes the formula text stops at: CR, LF and `#`. */
const CR = 13;
const LF = 10;
const HASH = 35;

/**
 * Whether the material block that contains token `index` is still open. Tokens only grow
 * during one tokenize call, so the scan resumes where it stopped: linear over a document.
 */
const materialScan = { tokens: undefined as IToken[] | undefined, scannedTo: 0, insideMaterial: false };

function insideMaterialBlock(tokens: IToken[], index: number): boolean {
  if (materialScan.tokens !== tokens || materialScan.scannedTo > index) {
    materialScan.tokens = tokens;
    materialScan.scannedTo = 0;
    materialScan.insideMaterial = false;
  }
  for (let i = materialScan.scannedTo; i < index; i++) {
    const type = tokens[i]!.tokenType;
    if (type === Material) materialScan.insideMaterial = true;
    else if (type === RCurly || type === Composite || type === Cell || type === Import) {
      materialScan.insideMaterial = false;
    }
  }
  materialScan.scannedTo = index;
  return materialScan.insideMaterial;
}

/**
 * Matches the rest of the line after a material's `formula` key, from the white space that
 * follows the key up to a `#` comment or the end of the line. The parser trims it. Kept raw
 * so the formula engine judges `75Li2S-25P2S5`, `Li₂S` or `LI2S` at the exact character.
 */
function matchFormulaValue(text: string, offset: number, matchedTokens: IToken[]): [string] | null {
  const count = matchedTokens.length;
  const key = matchedTokens[count - 1];
  if (key === undefined || key.tokenType !== Identifier || key.image !== 'formula') return null;
  const before = matchedTokens[count - 2];
  const keyStartsLine = before === undefined || before.tokenType === Newline || before.tokenType === LCurly;
  if (!keyStartsLine || !insideMaterialBlock(matchedTokens, count - 1)) return null;
  let end = offset;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === CR || code === LF || code === HASH) break;
    end++;
  }
  // On a one-line block (`material X { formula Li2S }`) the closing brace is not part of the formula.
  if (before !== undefined && before.tokenType === LCurly) {
    let last = end - 1;
    while (last >= offset && whiteSpaceChars.includes(text[last]!)) last--;
    if (text[last] === '}') end = last;
  }
  const image = text.slice(offset, end);
  return image.trim() === '' ? null : [image];
}

export const FormulaValue = createToken({
  name: 'FormulaValue',
  pattern: { exec: matchFormulaValue },
  start_chars_hint: [...whiteSpaceChars],
  line_breaks: false,
  categories: everywhere,
});

/** Lexing order: FormulaValue before WhiteSpace, Unit before the keywords and Identifier. */
export const lexedTokens: TokenType[] = [
  Newline,
  FormulaValue,
  WhiteSpace,
  Comment,
  StringLiteral,
  NumberLiteral,
  Range,
  LCurly,
  RCurly,
  Unit,
  Import,
  Material,
  Composite,
  Cell,
  Identifier,
];

/** Every token type the parser knows, categories included. */
export const parserTokens: TokenType[] = [
  LineJunk,
  HeaderJunk,
  LineStartJunk,
  TopJunk,
  StrayJunk,
  AnyToken,
  UnitLike,
  ...lexedTokens.filter((type) => type !== WhiteSpace && type !== Comment),
  Unknown,
];
