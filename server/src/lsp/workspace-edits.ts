import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { FileEdit } from '../core';
import type { CurrentAnalysis } from './current-analysis';

/** The core's edits (offsets per file) as an LSP WorkspaceEdit, positions taken from each file's current text. */
export function toWorkspaceEdit(current: CurrentAnalysis, fileEdits: readonly FileEdit[]): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const fileEdit of fileEdits) {
    for (const edit of fileEdit.edits) {
      const { uri, range } = current.toLocation({ file: fileEdit.file, span: edit.span });
      (changes[uri] ??= []).push({ range, newText: edit.newText });
    }
  }
  return { changes };
}
