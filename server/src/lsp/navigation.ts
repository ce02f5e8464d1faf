import {
  ErrorCodes,
  ResponseError,
  type DefinitionParams,
  type Location,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { definitionAt, prepareRename, referencesAt, renameAt } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { spanToRange } from './ranges';
import { toWorkspaceEdit } from './workspace-edits';

/** Go to definition (into imported files and the read-only library), find references, rename. */
export function registerNavigation(context: ServerContext): void {
  const { connection } = context;

  connection.onDefinition(
    guarded(connection, 'definition', null, async (params: DefinitionParams): Promise<Location | null> => {
      const current = await currentAnalysis(context, params);
      if (!current) return null;
      const target = definitionAt(current.analysis, current.document.offsetAt(params.position));
      return target ? current.toLocation({ file: target.file, span: target.span }) : null;
    }),
  );

  connection.onReferences(
    guarded(connection, 'references', [], async (params: ReferenceParams): Promise<Location[]> => {
      const current = await currentAnalysis(context, params);
      if (!current) return [];
      const offset = current.document.offsetAt(params.position);
      return referencesAt(current.analysis, offset, params.context.includeDeclaration).map((found) => current.toLocation(found));
    }),
  );

  connection.onPrepareRename(
    guarded(connection, 'prepareRename', null, async (params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> => {
      const current = await currentAnalysis(context, params);
      if (!current) return null;
      const prepared = prepareRename(current.analysis, current.document.offsetAt(params.position));
      if ('message' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.message);
      return { range: spanToRange(current.document, prepared.span), placeholder: prepared.placeholder };
    }),
  );

  connection.onRenameRequest(
    guarded(connection, 'rename', null, async (params: RenameParams): Promise<WorkspaceEdit | null> => {
      const current = await currentAnalysis(context, params);
      if (!current) return null;
      const result = renameAt(current.analysis, current.document.offsetAt(params.position), params.newName);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.message);
      return toWorkspaceEdit(current, result.edits);
    }),
  );
}
