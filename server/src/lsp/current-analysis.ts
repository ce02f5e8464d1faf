import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysedInEditor, type DocumentAnalysis } from '../core';
import type { ServerContext } from './context';
import { requestedDocumentUri } from './guard';
import { createLocationConverter } from './locations';
import type { LocationConverter } from './diagnostics';

export interface CurrentAnalysis {
  readonly document: TextDocument;
  readonly analysis: DocumentAnalysis;
  /** Core locations (this file, other files, the library) → LSP locations. */
  readonly toLocation: LocationConverter;
}

/**
 * The analysis of the document a request is about, at its current version (shared with
 * validation through the store), or undefined when the document is not open or is over the
 * editor's size limit (core/limits.ts).
 */
export async function currentAnalysis(context: ServerContext, params: unknown): Promise<CurrentAnalysis | undefined> {
  const uri = requestedDocumentUri(params);
  if (!context.documents.get(uri)) return undefined;
  const settings = await context.settings.get(uri, context.analyses.pathOf(uri));
  const document = context.documents.get(uri);
  // A document over the editor's size limit is not analysed: requests about it get nothing.
  if (!document || !analysedInEditor(document.getText())) return undefined;
  await context.analyses.prepare(document, settings);
  const current = context.documents.get(uri);
  if (!current || !analysedInEditor(current.getText())) return undefined;
  const analysis = context.analyses.analysisFor(current, settings);
  const host = context.analyses.fileHost(analysis.file);
  const toLocation = createLocationConverter(context.documents, (file) => host.readFile(file), { file: analysis.file, document: current });
  return { document: current, analysis, toLocation };
}
