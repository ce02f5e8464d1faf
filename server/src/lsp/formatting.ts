import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { format } from '../core';
import type { ServerContext } from './context';
import { guarded, requestedDocumentUri } from './guard';
import { spanToRange } from './ranges';

/**
 * Format Document: the layout of the examples (aligned values and fractions, two-space indent).
 * It needs only the text, not an analysis. Tab size and spaces from the editor's options are
 * ignored on purpose: a `.cell` file looks the same in every editor and in review diffs. A
 * document with a syntax error gets no edits, so a half-typed block is never rearranged.
 */
export function registerFormatting(context: ServerContext): void {
  context.connection.onDocumentFormatting(
    guarded(context.connection, 'formatting', [], (params: DocumentFormattingParams): TextEdit[] => {
      const document = context.documents.get(requestedDocumentUri(params));
      if (!document) return [];
      return format(document.getText()).map((edit) => ({ range: spanToRange(document, edit.span), newText: edit.newText }));
    }),
  );
}
