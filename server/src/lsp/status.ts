import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import * as z from 'zod';
import { analysedInEditor, documentStatus, librarySize } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { STATUS_METHOD, type StatusResult } from './protocol';

const statusParams = z.object({ uri: z.string() });

/** `cellspec/status` (protocol.ts): the numbers of the editor's language status item for one open document. */
export function registerStatus(context: ServerContext): void {
  context.connection.onRequest(
    STATUS_METHOD,
    guarded(context.connection, STATUS_METHOD, null, async (params: unknown): Promise<StatusResult | null> => {
      const parsed = statusParams.safeParse(params);
      if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, `${STATUS_METHOD}: params.uri must be a string`);
      const { uri } = parsed.data;
      const document = context.documents.get(uri);
      if (!document) return null;
      if (!analysedInEditor(document.getText())) {
        return { analysed: false, libraryMaterials: librarySize(), materials: 0, composites: 0, cells: 0, errors: 0, warnings: 0 };
      }
      const current = await currentAnalysis(context, { textDocument: { uri } });
      return current ? { analysed: true, ...documentStatus(current.analysis) } : null;
    }),
  );
}
