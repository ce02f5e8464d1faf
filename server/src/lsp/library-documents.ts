import { LIBRARY_DOCUMENT_URI, libraryDocument } from '../core';
import type { ServerContext } from './context';
import { guarded } from './guard';
import { LIBRARY_DOCUMENT_METHOD, type LibraryDocumentParams, type LibraryDocumentResult } from './protocol';

/** Serves the read-only text behind `cellspec-library:` links (related information, go to definition). */
export function registerLibraryDocuments(context: ServerContext): void {
  context.connection.onRequest(
    LIBRARY_DOCUMENT_METHOD,
    guarded(context.connection, LIBRARY_DOCUMENT_METHOD, null, (params: LibraryDocumentParams): LibraryDocumentResult => {
      return params?.uri === LIBRARY_DOCUMENT_URI ? libraryDocument().text : null;
    }),
  );
}
