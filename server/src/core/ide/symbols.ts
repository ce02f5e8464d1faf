/**
 * The outline of a `.cell` file: declarations, and inside them the lines a reader scans for
 * (a material's properties, a composite's components, a cell's layers, anode side first).
 */
import type {
  CellDecl,
  CellDocument,
  Component,
  CompositeDecl,
  Declaration,
  ImportDecl,
  Layer,
  MaterialDecl,
  Property,
  Quantity,
  Span,
  Value,
} from '../../../../grammar/ast';
import type { DocumentSymbol } from '../api';

export function documentSymbols(document: CellDocument): DocumentSymbol[] {
  return document.declarations.map(declarationSymbol);
}

/**
 * The outline within `max` entries: whole when it fits; else the declarations alone, without
 * their lines, and at most `max` of them (core/limits.ts: a 100,000-line file must not send a
 * 90 MB outline).
 */
export function boundedOutline(symbols: readonly DocumentSymbol[], max: number): DocumentSymbol[] {
  let count = 0;
  for (const symbol of symbols) count += 1 + symbol.children.length;
  if (count <= max) return [...symbols];
  return symbols.slice(0, max).map((symbol) => (symbol.children.length === 0 ? symbol : { ...symbol, children: [] }));
}

function declarationSymbol(declaration: Declaration): DocumentSymbol {
  switch (declaration.kind) {
    case 'import':
      return importSymbol(declaration);
    case 'material':
      return materialSymbol(declaration);
    case 'composite':
      return compositeSymbol(declaration);
    case 'cell':
      return cellSymbol(declaration);
  }
}

function importSymbol(declaration: ImportDecl): DocumentSymbol {
  return symbol({
    name: declaration.path ? `"${declaration.path.value}"` : 'import',
    kind: 'import',
    span: declaration.span,
    selectionSpan: declaration.path?.span ?? declaration.keywordSpan,
  });
}

function materialSymbol(declaration: MaterialDecl): DocumentSymbol {
  const formula = findProperty(declaration.properties, 'formula');
  const role = findProperty(declaration.properties, 'role');
  return symbol({
    name: declaration.name?.text ?? 'material',
    kind: 'material',
    span: declaration.span,
    selectionSpan: declaration.name?.span ?? declaration.keywordSpan,
    detail: joinDetail([formula?.value && valueText(formula.value), role?.value && valueText(role.value)]),
    children: declaration.properties.map(propertySymbol),
  });
}

function compositeSymbol(declaration: CompositeDecl): DocumentSymbol {
  return symbol({
    name: declaration.name?.text ?? 'composite',
    kind: 'composite',
    span: declaration.span,
    selectionSpan: declaration.name?.span ?? declaration.keywordSpan,
    detail: `${declaration.components.length} component${declaration.components.length === 1 ? '' : 's'}`,
    children: [...declaration.components.map(componentSymbol), ...declaration.properties.map(propertySymbol)].sort(bySpan),
  });
}

function cellSymbol(declaration: CellDecl): DocumentSymbol {
  return symbol({
    name: declaration.name?.text ?? 'cell',
    kind: 'cell',
    span: declaration.span,
    selectionSpan: declaration.name?.span ?? declaration.keywordSpan,
    detail: declaration.layers.map((layer) => layer.material?.text ?? layer.role.text).join(' | '),
    children: [...declaration.layers.map(layerSymbol), ...declaration.properties.map(propertySymbol)].sort(bySpan),
  });
}

function componentSymbol(component: Component): DocumentSymbol {
  return symbol({
    name: component.material.text,
    kind: 'component',
    span: component.span,
    selectionSpan: component.material.span,
    detail: joinDetail([
      component.fraction && quantityText(component.fraction),
      component.coatedKeywordSpan && `coated ${component.coating?.text ?? ''}`.trim(),
    ]),
  });
}

function layerSymbol(layer: Layer): DocumentSymbol {
  return symbol({
    name: layer.material?.text ?? layer.role.text,
    kind: 'layer',
    span: layer.span,
    selectionSpan: layer.material?.span ?? layer.role.span,
    detail: joinDetail([layer.role.text, ...layer.attributes.map(propertyText)]),
  });
}

function propertySymbol(property: Property): DocumentSymbol {
  return symbol({
    name: property.key.text,
    kind: 'property',
    span: property.span,
    selectionSpan: property.key.span,
    detail: property.value ? valueText(property.value) : undefined,
  });
}

/** How a value reads in the outline: as written, up to the spacing. */
export function valueText(value: Value): string {
  switch (value.kind) {
    case 'quantity':
      return quantityText(value);
    case 'range':
      return value.high ? `${quantityText(value.low)} .. ${quantityText(value.high)}` : `${quantityText(value.low)} ..`;
    case 'string':
      return `"${value.value}"`;
    case 'name':
      return value.name.text;
    case 'formula':
      return value.text;
  }
}

function quantityText(quantity: Quantity): string {
  return quantity.unit ? `${quantity.numberText} ${quantity.unit.text}` : quantity.numberText;
}

function propertyText(property: Property): string {
  return property.value ? `${property.key.text} ${valueText(property.value)}` : property.key.text;
}

function findProperty(properties: readonly Property[], key: string): Property | undefined {
  return properties.find((property) => property.key.text === key);
}

function joinDetail(parts: readonly (string | undefined | false | 0)[]): string | undefined {
  const present = parts.filter((part): part is string => typeof part === 'string' && part.length > 0);
  return present.length > 0 ? present.join(' · ') : undefined;
}

function bySpan(a: { span: Span }, b: { span: Span }): number {
  return a.span.start - b.span.start;
}

interface SymbolParts {
  readonly name: string;
  readonly kind: DocumentSymbol['kind'];
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly detail?: string | undefined;
  readonly children?: readonly DocumentSymbol[];
}

/** Editors reject an empty name and a selection outside the symbol, so both are guarded here. */
function symbol(parts: SymbolParts): DocumentSymbol {
  const span = parts.span;
  const selectionStart = Math.min(Math.max(parts.selectionSpan.start, span.start), span.end);
  const selectionEnd = Math.min(Math.max(parts.selectionSpan.end, selectionStart), span.end);
  return {
    name: parts.name.trim() || parts.kind,
    kind: parts.kind,
    span,
    selectionSpan: { start: selectionStart, end: selectionEnd },
    ...(parts.detail !== undefined ? { detail: parts.detail } : {}),
    children: parts.children ?? [],
  };
}
