import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LIBRARY_DOCUMENT_METHOD, type LibraryDocumentParams, type LibraryDocumentResult } from '../../server/src/lsp/protocol';

/**
 * The built-in library's documents (`cellspec-library:/…`), shown read-only: a virtual
 * document's text comes from the server, which owns the library.
 */
export function libraryDocumentProvider(running: () => Promise<BaseLanguageClient>): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri, token) {
      const client = await running();
      const params: LibraryDocumentParams = { uri: client.code2ProtocolConverter.asUri(uri) };
      const text = await client.sendRequest<LibraryDocumentResult>(LIBRARY_DOCUMENT_METHOD, params, token);
      return text ?? `# ${uri.path} is not part of Cellspec's built-in library.\n`;
    },
  };
}
