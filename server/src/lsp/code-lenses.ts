import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { analysedInEditor, cellLenses } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { spanToRange } from './ranges';

/** The command a lens runs: the client's `Cellspec: Show Report` for the document (client/src/report.ts). */
export const SHOW_REPORT_COMMAND = 'cellspec.showReport';

/** Above each cell: areal capacity · Wh/kg · Wh/L (ide/code-lenses.ts); a click opens the report. */
export function registerCodeLenses(context: ServerContext): void {
  context.connection.onCodeLens(
    guarded(context.connection, 'codeLens', [], async (params: CodeLensParams): Promise<CodeLens[]> => {
      const document = context.documents.get(params.textDocument.uri);
      if (!document || !analysedInEditor(document.getText())) return [];
      const current = await currentAnalysis(context, params);
      if (!current) return [];
      return cellLenses(current.analysis).map((lens) => ({
        range: spanToRange(current.document, lens.span),
        command: { title: lens.title, command: SHOW_REPORT_COMMAND, arguments: [params.textDocument.uri] },
      }));
    }),
  );
}
