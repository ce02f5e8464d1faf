import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_FILE_MAX_BYTES, READ_FILE_METHOD, type ReadFileParams, type ReadFileResult } from '../../server/src/lsp/protocol';

/**
 * Answers the web worker's server, which has no disk, when it asks for a file the editor does not
 * have open (`cellspec/readFile`: an import, a cellspec.json): read with `vscode.workspace.fs`,
 * so from whatever file system the workspace is on. Only files inside a workspace folder, and
 * none over READ_FILE_MAX_BYTES (the server reports it too large to import, unread).
 */
export function answerFileReads(client: BaseLanguageClient): vscode.Disposable {
  return client.onRequest(READ_FILE_METHOD, async (params: ReadFileParams): Promise<ReadFileResult> => {
    if (typeof params?.uri !== 'string') return null;
    const uri = client.protocol2CodeConverter.asUri(params.uri);
    if (!vscode.workspace.getWorkspaceFolder(uri)) return null;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { kind: 'unreadable', reason: 'it is a folder' };
      if (stat.size > READ_FILE_MAX_BYTES) return { kind: 'too-large', size: stat.size };
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > READ_FILE_MAX_BYTES) return { kind: 'too-large', size: bytes.byteLength };
      return { kind: 'text', text: new TextDecoder().decode(bytes) };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
      return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
    }
  });
}
