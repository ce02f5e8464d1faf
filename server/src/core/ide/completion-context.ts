/**
 * Where the cursor is, for completion, read from the tokens rather than the tree: while a user
 * types, the line at the cursor is usually incomplete (`anode ▮`, `voltage 2.5 ▮`) and the block
 * may not be closed yet. So the scan follows the parser's own block rules — `{` opens, `}`
 * closes, a line that starts with a hard keyword ends any open block — and reports the block,
 * the words already on the cursor's line, the word being typed, and the first words of the
 * block's other lines (the keys or components already written).
 */
import type { IToken } from 'chevrotain';
import type { Span } from '../../../../grammar/ast';
import { chunkAt } from '../../../../grammar/incremental';
import { lex } from '../../../../grammar/lexer';
import { FormulaValue, hardKeywordTokens, LCurly, Newline, NumberLiteral, RCurly, StringLiteral } from '../../../../grammar/tokens';
import type { BlockKeyword } from '../../../../grammar/vocabulary';

export interface CompletionContext {
  /** The block the cursor is in; undefined at the top level. */
  readonly block?: BlockKeyword;
  /** The words of the cursor's line before the word being typed (after a `{` on the same line). */
  readonly lineWords: readonly { readonly text: string; readonly isNumber: boolean }[];
  /** The word being typed: the span a completion replaces, and its text. */
  readonly word: Span;
  readonly wordText: string;
  /** The first word of every other line of the block (keys, components, layer roles). */
  readonly blockFirstWords: readonly string[];
  /** The cursor is in the value of a material's `formula` line. */
  readonly inFormula: boolean;
}

/** Characters of a word being typed: names, formulas, numbers and units (`mAh/g`, `wt%`, `µm`). */
const WORD_CHAR = /[A-Za-z0-9_.()%/µμ]/;
const NUMBER_START = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/;

/**
 * The context, or undefined where nothing may be completed (inside a comment or a string).
 * Only the declaration around the cursor is read (its chunk, see grammar/incremental.ts): a
 * line that starts with a hard keyword ends any block, so nothing before or after it matters,
 * and completion in a 10,000-line file does not lex the whole file on every keystroke.
 */
export function completionContext(text: string, offset: number): CompletionContext | undefined {
  // The block is decided by what precedes the word being typed (at the very start of a
  // `cell …` line the cursor is still in the block above), the other lines by what follows.
  const wordStart = wordStartAt(text, offset);
  const start = chunkAt(text, Math.max(wordStart - 1, 0)).start;
  const end = chunkAt(text, offset).end;
  if (start === 0 && end === text.length) return completionContextOfWholeText(text, offset);
  const context = completionContextOfWholeText(text.slice(start, end), offset - start);
  if (context === undefined) return undefined;
  return { ...context, word: { start: context.word.start + start, end: context.word.end + start } };
}

function wordStartAt(text: string, offset: number): number {
  let wordStart = offset;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
  return wordStart;
}

/** The same context, read from the whole text (the tests compare the two). */
export function completionContextOfWholeText(text: string, offset: number): CompletionContext | undefined {
  let wordStart = offset;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
  // `1.7 V ..▮`: the range operator is not part of the next word.
  while (text.startsWith('..', wordStart) && wordStart < offset) wordStart += 2;
  let wordEnd = offset;
  while (wordEnd < text.length && WORD_CHAR.test(text[wordEnd]!)) wordEnd++;

  const { tokens, comments } = lex(text);
  if (comments.some((comment) => offset > comment.span.start && offset <= comment.span.end)) return undefined;

  let block: BlockKeyword | undefined;
  let pending: BlockKeyword | undefined;
  let blockStartIndex = -1;
  let line: IToken[] = [];
  let lineStartIndex = 0;
  let inFormula = false;
  let index = 0;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.startOffset >= wordStart) break;
    const end = token.startOffset + token.image.length;
    if (end > wordStart) {
      // A token that runs over the cursor: a string being typed, or the raw text of a formula.
      if (token.tokenType === StringLiteral) return undefined;
      if (token.tokenType === FormulaValue) inFormula = true;
      continue;
    }
    const type = token.tokenType;
    if (type === Newline) {
      line = [];
      lineStartIndex = index + 1;
    } else if (hardKeywordTokens.includes(type) && line.length === 0) {
      block = undefined;
      pending = token.image === 'import' ? undefined : (token.image as BlockKeyword);
      line = [token];
    } else if (type === LCurly && block === undefined && pending !== undefined) {
      block = pending;
      pending = undefined;
      blockStartIndex = index;
      line = [];
      lineStartIndex = index + 1;
    } else if (type === RCurly) {
      block = undefined;
      pending = undefined;
      line = [];
      lineStartIndex = index + 1;
    } else {
      line.push(token);
    }
  }
  const blockFirstWords = block ? firstWordsOfBlock(tokens, blockStartIndex, lineStartIndex, index) : [];
  const isFormulaLine = block === 'material' && line.length === 1 && line[0]!.image === 'formula';
  return {
    ...(block ? { block } : {}),
    lineWords: line.map((token) => ({ text: token.image, isNumber: token.tokenType === NumberLiteral })),
    word: { start: wordStart, end: wordEnd },
    wordText: text.slice(wordStart, wordEnd),
    blockFirstWords,
    inFormula: inFormula || isFormulaLine,
  };
}

/** First words of the block's lines other than the cursor's: before it, then after it up to the block's end. */
function firstWordsOfBlock(tokens: readonly IToken[], blockStart: number, cursorLineStart: number, cursorIndex: number): string[] {
  const words: string[] = [];
  let atLineStart = true;
  for (let i = blockStart + 1; i < cursorLineStart; i++) {
    const token = tokens[i]!;
    if (token.tokenType === Newline) atLineStart = true;
    else if (atLineStart) {
      words.push(token.image);
      atLineStart = false;
    }
  }
  // Skip the rest of the cursor's line, then read on until the block closes.
  let i = cursorIndex;
  while (i < tokens.length && tokens[i]!.tokenType !== Newline && tokens[i]!.tokenType !== RCurly) i++;
  atLineStart = false;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.tokenType;
    if (type === RCurly) break;
    if (type === Newline) {
      atLineStart = true;
      continue;
    }
    if (atLineStart && hardKeywordTokens.includes(type)) break;
    if (atLineStart) words.push(token.image);
    atLineStart = false;
  }
  return words;
}

/** `2.5mA` → the number `2.5` and the unit being typed `mA`; undefined when the word is not a number. */
export function splitNumberWord(word: string): { number: string; unit: string } | undefined {
  const match = NUMBER_START.exec(word);
  if (!match) return undefined;
  return { number: match[0], unit: word.slice(match[0].length) };
}
