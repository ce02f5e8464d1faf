/**
 * The cold parse's fast path: a chunk (incremental.ts: one declaration, from its keyword line to
 * the next) in the shape nearly every block of a long file has — a header line, one property,
 * component or layer per line, a closing brace, blank and comment lines — read straight from
 * the characters into the very nodes the parser would make. Anything else (a syntax error, a
 * brace or keyword out of place, unusual white space, an import) makes it give up, and
 * Chevrotain parses the chunk as before; a chunk it accepts has no syntax error.
 *
 * Why: a 10 MB file's parse made ~2.5 million token objects and ran Chevrotain's rule machinery
 * for each of its 430,000 lines, about a quarter of the whole check (issue #19). The tokens
 * here are three numbers that live for a few calls.
 *
 * Where it can be wrong, the tests catch it: parser.ts and tokens.ts stay the specification.
 * Token by token this mirrors scanner.ts (whose matchers it calls, in the scanner's order), and
 * line by line the rules of parser.ts; `parseColdInRuns` — which takes this path — is compared
 * with the whole-text Chevrotain `parse` on fuzzed and generated documents, node for node,
 * anchors included (test/unit/fuzz/documents.test.ts, test/unit/grammar/fast-blocks.test.ts).
 */
import type { Comment, Component, Declaration, Layer, LayerRole, Name, Property, Quantity, RangeValue, Value } from './ast';
import { ComponentNode, FormulaNode, LayerNode, NameNode, PropertyNode, QuantityNode, RangeNode, StringNode } from './nodes';
import { formulaInside, isUnclosedString, propertyInFormula, unescape, word } from './parser';
import { commentEnd, formulaTextEnd, identifierEnd, isNameStart, isWhiteSpace, keywordOf, numberEnd, stringEnd, unitEnd } from './scanner';
import { Anchor, AnchoredSpan } from './span';
import { Cell, Composite, Material } from './tokens';
import { isLayerAttributeKey, isLayerRole, type BlockKeyword } from './vocabulary';

/** What a chunk read on the fast path adds to the cold parse (as parseTokens and lex would). */
export interface FastChunk {
  readonly declarations: Declaration[];
  readonly anchors: Anchor[];
  readonly comments: Comment[];
}

/** The kinds of token the fast path tells apart (scanner.ts's, with every keyword one kind). */
const enum Kind {
  Newline,
  End,
  String,
  Number,
  Range,
  LCurly,
  RCurly,
  Unit,
  Identifier,
  Keyword,
  /** Anything the fast path does not read: give up. */
  Other,
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const DOT = 46;
const LBRACE = 123;
const RBRACE = 125;

/** Thrown to give up on a chunk: caught once, by `readWellFormedChunk`. */
const GIVE_UP = Symbol('not a well-formed chunk');

/** The declaration in `text` from `start` to `end` (a chunk), or undefined when the parser must read it. */
export function readWellFormedChunk(text: string, start: number, end: number): FastChunk | undefined {
  try {
    return new ChunkReader(text, start, end).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class ChunkReader {
  private position: number;
  /** The token read last (`next`): its kind and offsets. */
  private kind = Kind.End;
  private tokenStart = 0;
  private tokenEnd = 0;
  private anchor: Anchor;
  private readonly anchors: Anchor[];
  private readonly comments: Comment[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.position = start;
    this.anchor = new Anchor(start);
    this.anchors = [this.anchor];
  }

  read(): FastChunk {
    const declarations: Declaration[] = [];
    let lineStart = this.position;
    // Blank and comment lines before the declaration (only the text's first chunk has them).
    for (;;) {
      this.next();
      if (!this.is(Kind.Newline)) break;
      lineStart = this.position;
    }
    if (this.is(Kind.Keyword)) {
      // The parser anchors a declaration at the start of its keyword's line.
      if (lineStart !== this.anchor.offset) {
        this.anchor = new Anchor(lineStart);
        this.anchors.push(this.anchor);
      }
      declarations.push(this.block());
      // After the closing brace's line: blank and comment lines only.
      while (this.is(Kind.Newline)) this.next();
    }
    if (!this.is(Kind.End)) throw GIVE_UP;
    return { declarations, anchors: this.anchors, comments: this.comments };
  }

  // ------------------------------------------------------------------ tokens

  /**
   * The next token, as scanner.ts's `matchAt` finds it, past spaces, tabs and comments (a
   * comment is recorded as the scanner records it). FormulaValue is not tried: `formula`
   * reads it where the scanner would.
   */
  private next(): void {
    const text = this.text;
    let at = this.position;
    for (;;) {
      if (at >= this.end) {
        this.token(Kind.End, at, at);
        return;
      }
      const c = text.charCodeAt(at);
      if (c === SPACE || c === TAB) {
        at++;
        continue;
      }
      if (c === LF || c === CR) {
        this.token(Kind.Newline, at, c === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1);
        return;
      }
      if (c === HASH) {
        // A chunk ends after a line break (or at the text's end), so the comment ends inside it.
        const stop = commentEnd(text, at);
        this.comments.push({ text: text.slice(at, stop), span: { start: at, end: stop } });
        at = stop;
        continue;
      }
      // Other white space is rare; the parser reads it (its FormulaValue rule looks at it too).
      if (isWhiteSpace(c)) break;
      if (c === QUOTE) return this.token(Kind.String, at, stringEnd(text, at));
      const numberStop = numberEnd(text, at);
      if (numberStop >= 0) return this.token(Kind.Number, at, numberStop);
      if (c === DOT && text.charCodeAt(at + 1) === DOT) return this.token(Kind.Range, at, at + 2);
      if (c === LBRACE) return this.token(Kind.LCurly, at, at + 1);
      if (c === RBRACE) return this.token(Kind.RCurly, at, at + 1);
      const unitStop = unitEnd(text, at);
      if (unitStop >= 0) return this.token(Kind.Unit, at, unitStop);
      if (!isNameStart(c)) break;
      const identifierStop = identifierEnd(text, at);
      return this.token(keywordOf(text, at, identifierStop - at) === undefined ? Kind.Identifier : Kind.Keyword, at, identifierStop);
    }
    this.token(Kind.Other, at, at);
  }

  private token(kind: Kind, start: number, end: number): void {
    this.kind = kind;
    this.tokenStart = start;
    this.tokenEnd = end;
    this.position = end;
  }

  /** Whether the token read last is of this kind (a method: `next` changes it behind the type checker's back). */
  private is(kind: Kind): boolean {
    return this.kind === kind;
  }

  private image(): string {
    return this.text.slice(this.tokenStart, this.tokenEnd);
  }

  private expect(kind: Kind): void {
    if (this.kind !== kind) throw GIVE_UP;
  }

  /** The line ends here (a comment may come first): the parser would report anything else. */
  private endLine(): void {
    this.expect(Kind.Newline);
  }

  /** The current token as the parser's `nameOf` makes it. */
  private name(): Name {
    const anchor = this.anchor;
    return new NameNode(anchor, this.tokenStart - anchor.offset, this.tokenEnd - anchor.offset, word(this.image()));
  }

  // ------------------------------------------------------------------ blocks

  /** `KEYWORD NAME {`, its lines, `}` — parser.ts's materialDecl, compositeDecl and cellDecl. */
  private block(): Declaration {
    const anchor = this.anchor;
    const type = keywordOf(this.text, this.tokenStart, this.tokenEnd - this.tokenStart);
    const kind: BlockKeyword | undefined = type === Material ? 'material' : type === Composite ? 'composite' : type === Cell ? 'cell' : undefined;
    if (kind === undefined) throw GIVE_UP; // an import
    const keywordStart = this.tokenStart;
    const keywordSpan = new AnchoredSpan(anchor, keywordStart - anchor.offset, this.tokenEnd - anchor.offset);
    this.next();
    this.expect(Kind.Identifier);
    const name = this.name();
    this.next();
    this.expect(Kind.LCurly);
    this.next();
    this.endLine();
    const properties: Property[] = [];
    const components: Component[] = [];
    const layers: Layer[] = [];
    for (;;) {
      this.next();
      if (this.is(Kind.Newline)) continue;
      if (this.is(Kind.RCurly)) break;
      this.expect(Kind.Identifier);
      if (kind === 'material') properties.push(this.propertyLine(kind));
      else if (kind === 'composite') {
        if (this.image() === 'porosity') properties.push(this.propertyLine(kind));
        else components.push(this.componentLine());
      } else if (isLayerRole(this.image())) layers.push(this.layerLine());
      else properties.push(this.propertyLine(kind));
    }
    const span = new AnchoredSpan(anchor, keywordStart - anchor.offset, this.tokenEnd - anchor.offset);
    this.next();
    if (!this.is(Kind.Newline) && !this.is(Kind.End)) throw GIVE_UP;
    switch (kind) {
      case 'material':
        return { kind, keywordSpan, name, properties: properties.slice(), span };
      case 'composite':
        return { kind, keywordSpan, name, components: components.slice(), properties: properties.slice(), span };
      case 'cell':
        return { kind, keywordSpan, name, layers: layers.slice(), properties: properties.slice(), span };
    }
  }

  // ------------------------------------------------------------------ lines

  /** `KEY VALUE` (parser.ts's propertyLine), the key being the current token. */
  private propertyLine(kind: BlockKeyword): Property {
    const anchor = this.anchor;
    const key = this.name();
    const value = kind === 'material' && key.text === 'formula' ? this.formula() : this.value();
    this.endLine();
    return new PropertyNode(anchor, key.span.start - anchor.offset, value.span.end - anchor.offset, key, value);
  }

  /**
   * A material's formula: the scanner's FormulaValue token right after the key (the rest of the
   * line up to a comment), read as the parser reads it; with a property key after it (a
   * reported error) the parser reads the line.
   */
  private formula(): Value {
    const text = this.text;
    const start = this.position;
    const c = text.charCodeAt(start);
    if (c !== SPACE && c !== TAB) throw GIVE_UP;
    const stop = formulaTextEnd(text, start);
    const image = text.slice(start, stop);
    if (image.trim() === '') throw GIVE_UP;
    this.position = stop;
    this.next();
    const inside = formulaInside(image, start);
    if (propertyInFormula(inside.text) !== undefined) throw GIVE_UP;
    const anchor = this.anchor;
    return new FormulaNode(anchor, inside.start - anchor.offset, inside.start + inside.text.length - anchor.offset, inside.text);
  }

  /** parser.ts's `value` rule after a key: a string, a name, a quantity or a range. */
  private value(): Value {
    this.next();
    const anchor = this.anchor;
    switch (this.kind) {
      case Kind.String: {
        const image = this.image();
        if (isUnclosedString(image)) throw GIVE_UP;
        const value = new StringNode(anchor, this.tokenStart - anchor.offset, this.tokenEnd - anchor.offset, unescape(image.slice(1, -1)));
        this.next();
        return value;
      }
      case Kind.Identifier: {
        const name = this.name();
        this.next();
        return { kind: 'name', name, span: name.span };
      }
      case Kind.Number:
        return this.quantityOrRange();
      default:
        throw GIVE_UP;
    }
  }

  /** `QUANTITY (.. QUANTITY)?` from the current number token; a range must have its end. */
  private quantityOrRange(): Quantity | RangeValue {
    const low = this.quantity();
    if (!this.is(Kind.Range)) return low;
    this.next();
    this.expect(Kind.Number);
    const high = this.quantity();
    const anchor = this.anchor;
    return new RangeNode(anchor, low.span.start - anchor.offset, high.span.end - anchor.offset, low, high);
  }

  /**
   * A number (the current token) and its unit — a unit token, or a name that does not start the
   * next part of a component or layer line (parser.ts's `unitMayFollow`). Leaves the token after it read.
   */
  private quantity(): Quantity {
    const anchor = this.anchor;
    const numberStart = this.tokenStart;
    const numberText = word(this.image());
    let end = this.tokenEnd;
    let unit: Name | undefined;
    this.next();
    if (this.is(Kind.Unit) || (this.is(Kind.Identifier) && !startsLinePart(this.image()))) {
      unit = this.name();
      end = this.tokenEnd;
      this.next();
    }
    return new QuantityNode(anchor, numberStart - anchor.offset, end - anchor.offset, numberText, unit);
  }

  /** `NAME QUANTITY? (coated NAME)?` (parser.ts's componentLine), the name being the current token. */
  private componentLine(): Component {
    const anchor = this.anchor;
    const material = this.name();
    let end = material.span.end;
    this.next();
    let fraction: Quantity | undefined;
    if (this.is(Kind.Number)) {
      fraction = this.quantity();
      end = fraction.span.end;
    }
    let coatedKeywordSpan: AnchoredSpan | undefined;
    let coating: Name | undefined;
    if (this.is(Kind.Identifier) && this.image() === 'coated') {
      coatedKeywordSpan = new AnchoredSpan(anchor, this.tokenStart - anchor.offset, this.tokenEnd - anchor.offset);
      this.next();
      this.expect(Kind.Identifier);
      coating = this.name();
      end = coating.span.end;
      this.next();
    }
    this.endLine();
    return new ComponentNode(anchor, material.span.start - anchor.offset, end - anchor.offset, material, fraction, coatedKeywordSpan, coating);
  }

  /** `ROLE NAME ((thickness|loading) QUANTITY)*` (parser.ts's layerLine), the role being the current token. */
  private layerLine(): Layer {
    const anchor = this.anchor;
    const role = this.name() as Name & { readonly text: LayerRole };
    this.next();
    if (!this.is(Kind.Identifier) || isLayerAttributeKey(this.image())) throw GIVE_UP;
    const material = this.name();
    let end = material.span.end;
    this.next();
    const attributes: Property[] = [];
    while (this.is(Kind.Identifier) && isLayerAttributeKey(this.image())) {
      const key = this.name();
      this.next();
      this.expect(Kind.Number);
      const quantity = this.quantity();
      end = quantity.span.end;
      attributes.push(new PropertyNode(anchor, key.span.start - anchor.offset, end - anchor.offset, key, quantity));
    }
    this.endLine();
    return new LayerNode(anchor, role.span.start - anchor.offset, end - anchor.offset, role, material, attributes);
  }
}

/** A name that starts the next part of a line rather than being a unit (parser.ts's `unitMayFollow`). */
function startsLinePart(image: string): boolean {
  return image === 'coated' || isLayerAttributeKey(image);
}
