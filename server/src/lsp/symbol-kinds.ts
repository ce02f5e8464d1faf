import { SymbolKind } from 'vscode-languageserver/node';
import type { DocumentSymbol } from '../core';

/** Icons in the outline: a material is a kind of thing, a composite a mixture of them, a cell the assembly. */
export const SYMBOL_KIND: Record<DocumentSymbol['kind'], SymbolKind> = {
  import: SymbolKind.File,
  material: SymbolKind.Class,
  composite: SymbolKind.Struct,
  cell: SymbolKind.Package,
  property: SymbolKind.Property,
  component: SymbolKind.Field,
  layer: SymbolKind.Field,
};
