import type {
  DocumentSymbol as LspDocumentSymbol,
  DocumentSymbolParams,
  SymbolInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysedInEditor, boundedOutline, documentSymbols, MAX_OUTLINE_SYMBOLS, type DocumentSymbol } from '../core';
import type { ServerContext } from './context';
import { guarded, requestedDocumentUri } from './guard';
import { spanToRange } from './ranges';
import { SYMBOL_KIND } from './symbol-kinds';

/** The outline and breadcrumbs; a flat list for editors without hierarchical symbols. */
export function registerDocumentSymbols(context: ServerContext, hierarchical: boolean): void {
  context.connection.onDocumentSymbol(
    guarded(context.connection, 'documentSymbol', [], (params: DocumentSymbolParams) => {
      const document = context.documents.get(requestedDocumentUri(params));
      if (!document || !analysedInEditor(document.getText())) return [];
      const symbols = boundedOutline(documentSymbols(context.parsed(document).document), MAX_OUTLINE_SYMBOLS);
      return hierarchical
        ? symbols.map((symbol) => toLspSymbol(document, symbol))
        : symbols.flatMap((symbol) => toSymbolInformation(document, symbol, undefined));
    }),
  );
}

function toLspSymbol(document: TextDocument, symbol: DocumentSymbol): LspDocumentSymbol {
  return {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    range: spanToRange(document, symbol.span),
    selectionRange: spanToRange(document, symbol.selectionSpan),
    ...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
    children: symbol.children.map((child) => toLspSymbol(document, child)),
  };
}

function toSymbolInformation(document: TextDocument, symbol: DocumentSymbol, container: string | undefined): SymbolInformation[] {
  const own: SymbolInformation = {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    location: { uri: document.uri, range: spanToRange(document, symbol.span) },
    ...(container !== undefined ? { containerName: container } : {}),
  };
  return [own, ...symbol.children.flatMap((child) => toSymbolInformation(document, child, symbol.name))];
}
