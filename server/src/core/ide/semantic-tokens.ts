/**
 * Semantic tokens: the meaning of each word, from the syntax tree and the resolved references,
 * so highlighting follows what the parser understood (a material called `rate` is a name, not a
 * key; an element symbol inside a formula is an element, its amount a number).
 *
 * Legend (standard LSP token types, so every theme colours them without configuration):
 * - `keyword`     import, material, composite, cell; the layer roles (anode, separator, cathode,
 *                 collector); `coated`
 * - `property`    property keys (formula, voltage, porosity, rate, …) and layer attributes
 *                 (thickness, loading)
 * - `type`        the words of `role` and `interphase` (cathode, electrolyte, passivating, …)
 * - `class`       material names: declarations (modifier `declaration`) and references;
 *                 library materials carry `defaultLibrary`
 * - `variable`    composite and cell names (declaration, or a layer naming a composite), and
 *                 references that resolve to nothing
 * - `number`      numbers, and the amounts inside a formula
 * - `operator`    units (`mS/cm`, `wt%`) and the range operator `..`
 * - `enumMember`  element symbols inside a formula
 * - `string`      strings (`source`, `import` paths)
 * - `comment`     comments
 */
import type { CellDecl, CompositeDecl, Declaration, MaterialDecl, Name, Property, Quantity, Span, Value } from '../../../../grammar/ast';
import { isElementSymbol } from '../chemistry/elements';
import type { DocumentAnalysis } from '../analyze';
import type { Declared } from '../model';
import { formulaParts } from './formula-text';

export const SEMANTIC_TOKEN_TYPES = ['keyword', 'property', 'type', 'class', 'variable', 'number', 'operator', 'enumMember', 'string', 'comment'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** The legend to register with the client: token type and modifier indices are positions in these lists. */
export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: SEMANTIC_TOKEN_TYPES, tokenModifiers: SEMANTIC_TOKEN_MODIFIERS } as const;

export interface SemanticToken {
  /** Offset into the document text. */
  readonly start: number;
  readonly length: number;
  /** 0-based line and UTF-16 character of `start` (a token never spans lines). */
  readonly line: number;
  readonly character: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

type Raw = { span: Span; type: SemanticTokenType; modifiers?: SemanticTokenModifier[] };

/** Every token of the document, sorted by position, never overlapping. */
export function semanticTokens(analysis: DocumentAnalysis): SemanticToken[] {
  const raw: Raw[] = [];
  const push = (span: Span | undefined, type: SemanticTokenType, modifiers?: SemanticTokenModifier[]): void => {
    if (span && span.end > span.start) raw.push(modifiers ? { span, type, modifiers } : { span, type });
  };
  const targets = new Map<number, Declared | null>();
  for (const reference of analysis.program.references) {
    if (reference.file === analysis.file) targets.set(reference.name.span.start, reference.target ?? null);
  }
  const reference = (name: Name | undefined): void => {
    if (!name) return;
    const target = targets.get(name.span.start);
    if (!target) push(name.span, 'variable');
    else if (target.kind === 'material') push(name.span, 'class', target.origin === 'library' ? ['defaultLibrary'] : undefined);
    else push(name.span, 'variable');
  };
  const context = { text: analysis.text, push, reference };

  for (const comment of analysis.parse.document.comments) push(comment.span, 'comment');
  for (const declaration of analysis.parse.document.declarations) declarationTokens(declaration, context);

  raw.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const tokens: SemanticToken[] = [];
  let end = 0;
  for (const token of raw) {
    if (token.span.start < end) continue; // overlaps never happen on a valid tree; a recovered one must not break the client
    for (const piece of splitAtLineBreaks(analysis.text, token.span)) {
      const position = analysis.lines.positionAt(piece.start);
      tokens.push({
        start: piece.start,
        length: piece.end - piece.start,
        line: position.line,
        character: position.character,
        type: token.type,
        modifiers: token.modifiers ?? [],
      });
    }
    end = token.span.end;
  }
  return tokens;
}

interface Context {
  readonly text: string;
  push(span: Span | undefined, type: SemanticTokenType, modifiers?: SemanticTokenModifier[]): void;
  reference(name: Name | undefined): void;
}

function declarationTokens(declaration: Declaration, context: Context): void {
  context.push(declaration.keywordSpan, 'keyword');
  switch (declaration.kind) {
    case 'import':
      context.push(declaration.path?.span, 'string');
      return;
    case 'material':
      return materialTokens(declaration, context);
    case 'composite':
      return compositeTokens(declaration, context);
    case 'cell':
      return cellTokens(declaration, context);
  }
}

function materialTokens(declaration: MaterialDecl, context: Context): void {
  context.push(declaration.name?.span, 'class', ['declaration']);
  for (const property of declaration.properties) propertyTokens(property, context);
}

function compositeTokens(declaration: CompositeDecl, context: Context): void {
  context.push(declaration.name?.span, 'variable', ['declaration']);
  for (const component of declaration.components) {
    context.reference(component.material);
    if (component.fraction) quantityTokens(component.fraction, context);
    context.push(component.coatedKeywordSpan, 'keyword');
    context.reference(component.coating);
  }
  for (const property of declaration.properties) propertyTokens(property, context);
}

function cellTokens(declaration: CellDecl, context: Context): void {
  context.push(declaration.name?.span, 'variable', ['declaration']);
  for (const layer of declaration.layers) {
    context.push(layer.role.span, 'keyword');
    context.reference(layer.material);
    for (const attribute of layer.attributes) propertyTokens(attribute, context);
  }
  for (const property of declaration.properties) propertyTokens(property, context);
}

function propertyTokens(property: Property, context: Context): void {
  context.push(property.key.span, 'property');
  if (property.value) valueTokens(property.value, context);
}

function valueTokens(value: Value, context: Context): void {
  switch (value.kind) {
    case 'quantity':
      return quantityTokens(value, context);
    case 'range': {
      quantityTokens(value.low, context);
      const searchEnd = value.high ? value.high.span.start : value.span.end;
      const operator = context.text.indexOf('..', value.low.span.end);
      if (operator >= 0 && operator + 2 <= searchEnd) context.push({ start: operator, end: operator + 2 }, 'operator');
      if (value.high) quantityTokens(value.high, context);
      return;
    }
    case 'string':
      return context.push(value.span, 'string');
    case 'name':
      return context.push(value.name.span, 'type');
    case 'formula':
      for (const part of formulaParts(value.text, value.span.start)) {
        if (part.kind === 'amount') context.push(part.span, 'number');
        else if (isElementSymbol(part.text)) context.push(part.span, 'enumMember');
      }
      return;
  }
}

function quantityTokens(quantity: Quantity, context: Context): void {
  context.push(quantity.numberSpan, 'number');
  context.push(quantity.unit?.span, 'operator');
}

/** A span as pieces that each stay on one line (LSP tokens cannot span lines). */
function splitAtLineBreaks(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > start) pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * The LSP wire form: five integers per token (delta line, delta start character, length, type
 * index, modifier bit set), relative to the previous token, as `textDocument/semanticTokens/full`
 * returns them.
 */
export function encodeSemanticTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(
      deltaLine,
      deltaLine === 0 ? token.character - character : token.character,
      token.length,
      SEMANTIC_TOKEN_TYPES.indexOf(token.type),
      token.modifiers.reduce((bits, modifier) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier)), 0),
    );
    line = token.line;
    character = token.character;
  }
  return data;
}
