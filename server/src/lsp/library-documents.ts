import type { ServerContext } from './context';
import { guarded } from './guard';
import {
  LIBRARY_DOCUMENT_METHOD,
  type LibraryDocumentParams,
  type LibraryDocumentResult,
} from './protocol';
import { uriToBuiltin } from './uri';

/** Serves the read-only text behind `cellspec-library:` links (related information, go to definition). */
export function registerLibraryDocuments(context: ServerContext): void {
  context.connection.onRequest(
    LIBRARY_DOCUMENT_METHOD,
    guarded(context.connection, LIBRARY_DOCUMENT_METHOD, null, (params: LibraryDocumentParams): LibraryDocumentResult => {
      const builtin = uriToBuiltin(params.uri);
      return builtin === undefined ? null : (context.libraryText(builtin) ?? null);
    }),
  );
}
