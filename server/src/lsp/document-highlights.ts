import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver/node';
import { referencesAt, symbolAt } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { spanToRange } from './ranges';

/**
 * Every use of the material, composite or cell under the cursor in this document, its
 * declaration marked as the write: where `Li6PS5Cl` sits as catholyte and as separator.
 */
export function registerDocumentHighlights(context: ServerContext): void {
  context.connection.onDocumentHighlight(
    guarded(context.connection, 'documentHighlight', [], async (params: DocumentHighlightParams): Promise<DocumentHighlight[]> => {
      const current = await currentAnalysis(context, params);
      if (!current) return [];
      const { analysis, document } = current;
      const offset = document.offsetAt(params.position);
      const target = symbolAt(analysis, offset)?.target;
      const declaration = target?.file === analysis.file ? target.nameSpan : undefined;
      return referencesAt(analysis, offset, true)
        .filter((found) => found.file === analysis.file)
        .map((found) => ({
          range: spanToRange(document, found.span),
          kind:
            declaration && found.span.start === declaration.start && found.span.end === declaration.end
              ? DocumentHighlightKind.Write
              : DocumentHighlightKind.Read,
        }));
    }),
  );
}
