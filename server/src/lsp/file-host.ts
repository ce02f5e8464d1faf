import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileHost } from '../core';
import { createNodeFileHost } from '../node/file-host';
import { uriToPath } from './uri';

/**
 * The core's view of files: an open editor's text wins over the disk, so an unsaved edit to an
 * imported library is checked at once in every file that imports it.
 */
export function createFileHost(documents: TextDocuments<TextDocument>, workspaceRoot: string): FileHost {
  return createNodeFileHost(workspaceRoot, openDocumentTexts(documents));
}

/** The text of the open document at a path, if one is open (looked up once per analysis). */
export function openDocumentTexts(documents: TextDocuments<TextDocument>): (filePath: string) => string | undefined {
  let byPath: Map<string, string> | undefined;
  return (filePath) => {
    if (!byPath) {
      byPath = new Map();
      for (const document of documents.all()) {
        const documentPath = uriToPath(document.uri);
        if (documentPath !== undefined) byPath.set(documentPath, document.getText());
      }
    }
    return byPath.get(filePath);
  };
}
