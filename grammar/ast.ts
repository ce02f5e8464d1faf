/**
 * The syntax tree of a `.cell` document. Plain data, no behaviour: every later stage
 * (resolve, check, compute, the editor features) reads it, and every node may be partial
 * because parsing never fails — a missing part is `undefined`, never a thrown error.
 *
 * Positions are half-open ranges of UTF-16 code-unit offsets into the document text
 * (the same unit as JavaScript string indices and LSP positions).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An identifier as written: a declaration name, a reference, a property key or a unit. */
export interface Name {
  readonly text: string;
  readonly span: Span;
}

/** A number with its unit as written (`2.55 V`, `70 wt%`, `0.16`). */
export interface Quantity {
  readonly kind: 'quantity';
  readonly value: number;
  /** The number exactly as written, e.g. `1e-10`. */
  readonly numberText: string;
  readonly numberSpan: Span;
  readonly unit?: Name;
  readonly span: Span;
}

/** `low .. high`, e.g. `1.7 V .. 2.3 V`; `high` is missing in a partial tree. */
export interface RangeValue {
  readonly kind: 'range';
  readonly low: Quantity;
  readonly high?: Quantity;
  readonly span: Span;
}

export interface StringValue {
  readonly kind: 'string';
  /** The unescaped contents. */
  readonly value: string;
  readonly span: Span;
}

export interface NameValue {
  readonly kind: 'name';
  readonly name: Name;
  readonly span: Span;
}

/**
 * The raw text after `formula` up to the end of the line or a comment, trimmed.
 * Kept raw so the formula engine, not the lexer, judges it and reports
 * `formula/syntax` / `formula/element` at the exact character.
 */
export interface FormulaValue {
  readonly kind: 'formula';
  readonly text: string;
  readonly span: Span;
}

export type Value = Quantity | RangeValue | StringValue | NameValue | FormulaValue;

/** `key value` on one line: a material property, or a cell's `rate` / `cutoff`. */
export interface Property {
  readonly kind: 'property';
  readonly key: Name;
  /** Missing when the line has only a key (a `syntax` error is reported). */
  readonly value?: Value;
  readonly span: Span;
}

export interface ImportDecl {
  readonly kind: 'import';
  readonly keywordSpan: Span;
  readonly path?: StringValue;
  readonly span: Span;
}

export interface MaterialDecl {
  readonly kind: 'material';
  readonly keywordSpan: Span;
  readonly name?: Name;
  readonly properties: readonly Property[];
  readonly span: Span;
}

/** One line of a composite: `NCM811  70 wt%  coated LiNbO3`. */
export interface Component {
  readonly kind: 'component';
  readonly material: Name;
  readonly fraction?: Quantity;
  /** The `coated` keyword's span, present when the line says `coated`. */
  readonly coatedKeywordSpan?: Span;
  readonly coating?: Name;
  readonly span: Span;
}

export interface CompositeDecl {
  readonly kind: 'composite';
  readonly keywordSpan: Span;
  readonly name?: Name;
  readonly components: readonly Component[];
  /** `porosity 10 vol%`: the only property a composite has. */
  readonly properties: readonly Property[];
  readonly span: Span;
}

export type LayerRole = 'anode' | 'separator' | 'cathode' | 'collector';

/** One layer of a cell: `cathode NCMcomposite loading 15 mg/cm2`. */
export interface Layer {
  readonly kind: 'layer';
  /** The role keyword as written (`anode`, `separator`, `cathode`, `collector`). */
  readonly role: Name & { readonly text: LayerRole };
  readonly material?: Name;
  /** `thickness 50 um` and/or `loading 15 mg/cm2`, in the order written. */
  readonly attributes: readonly Property[];
  readonly span: Span;
}

export interface CellDecl {
  readonly kind: 'cell';
  readonly keywordSpan: Span;
  readonly name?: Name;
  readonly layers: readonly Layer[];
  /** `rate 1 C`, `cutoff 2.5 V .. 4.3 V`. */
  readonly properties: readonly Property[];
  readonly span: Span;
}

export type Declaration = ImportDecl | MaterialDecl | CompositeDecl | CellDecl;

export interface SyntaxError {
  readonly message: string;
  readonly span: Span;
  /** An edit that repairs the line(s), when the parser knows one (split two properties, comment out pasted rows). */
  readonly fix?: SyntaxFix;
}

export interface SyntaxFix {
  readonly title: string;
  readonly edits: readonly { readonly span: Span; readonly newText: string }[];
}

export interface Comment {
  readonly text: string;
  readonly span: Span;
}

export interface CellDocument {
  readonly declarations: readonly Declaration[];
  readonly comments: readonly Comment[];
}

export interface ParseResult {
  readonly document: CellDocument;
  /** Every problem found, in document order; the tree above still holds what did parse. */
  readonly errors: readonly SyntaxError[];
}
