import fs from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileHost } from '../core/api';
import { uriToPath } from './uri';

/**
 * The core's view of files: an open editor's text wins over the disk, so an unsaved edit to an
 * imported library is checked at once in every file that imports it.
 */
export function createFileHost(documents: TextDocuments<TextDocument>, workspaceRoot: string): FileHost {
  let openTexts: Map<string, string> | undefined;
  const openText = (filePath: string): string | undefined => {
    if (!openTexts) {
      openTexts = new Map();
      for (const document of documents.all()) {
        const documentPath = uriToPath(document.uri);
        if (documentPath !== undefined) openTexts.set(documentPath, document.getText());
      }
    }
    return openTexts.get(filePath);
  };
  return {
    workspaceRoot,
    readFile(filePath) {
      const open = openText(filePath);
      if (open !== undefined) return open;
      try {
        return fs.readFileSync(filePath, 'utf8');
      } catch {
        return undefined;
      }
    },
    realPath(filePath) {
      try {
        return fs.realpathSync.native(filePath);
      } catch {
        return undefined;
      }
    },
  };
}
