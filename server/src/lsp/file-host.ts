import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileHost } from '../core';
import { createNodeFileHost } from '../node/file-host';
import { uriToPath } from './uri';

/**
 * Where the server reads the files the editor does not have open (imports, the locations in
 * them, cellspec.json). The core reads synchronously (core/api.ts FileHost):
 * - `cellspec lsp` and the desktop extension read the disk (DISK_FILES);
 * - the web worker has no disk and asks the client (client-files.ts): a file the core asks for
 *   that has not been read yet counts as missing for that run and starts a read, and the
 *   analysis store runs the analysis again once the reads are in (AnalysisStore.prepare).
 */
export interface FileSource {
  /** The core's view of files under one workspace root, `overlay` (the open documents) first. */
  host(workspaceRoot: string, overlay: (filePath: string) => string | undefined): FileHost;
  /** A file's text, read now if need be (cellspec.json, which the settings read before any analysis). */
  read(filePath: string): Promise<string | undefined>;
  /** True when reads the core asked for are still under way (never for the disk). */
  readonly reading: boolean;
  /** Settles when no read is under way; true when any finished since the last call (an analysis may now see more). */
  settled(): Promise<boolean>;
  /** Files changed, were created or deleted, or an open one was closed: what was read of them is forgotten. */
  forget(filePaths: readonly string[]): void;
}

/** The disk, read synchronously by the core as the CLI reads it. */
export const DISK_FILES: FileSource = {
  host: (workspaceRoot, overlay) => createNodeFileHost(workspaceRoot, overlay),
  read: async (filePath) => createNodeFileHost('/').readFile(filePath),
  reading: false,
  settled: async () => false,
  forget: () => undefined,
};

/**
 * The core's view of files: an open editor's text wins over the file source, so an unsaved edit
 * to an imported library is checked at once in every file that imports it.
 */
export function createFileHost(documents: TextDocuments<TextDocument>, workspaceRoot: string, files: FileSource = DISK_FILES): FileHost {
  return files.host(workspaceRoot, openDocumentTexts(documents));
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
