import * as vscode from 'vscode';

/**
 * The server works on file paths (imports are relative paths inside a workspace root), and takes
 * `file:` URIs for them. In VS Code for the Web the workspace is on another file system
 * (`vscode-vfs://github/owner/repo/…`, `vscode-remote://host/…`): its URIs reach the server as
 * `file:` URIs of the same path and come back as the workspace's, so imports, locations and
 * edits work as on the desktop. Only the first workspace folder's file system is mapped (the
 * one URI space the server sees); a document elsewhere reaches the server unchanged and is
 * checked as an unsaved document is. Without a workspace, or on `file:`, nothing is mapped.
 */
export function workspaceUriConverters(): { code2Protocol(uri: vscode.Uri): string; protocol2Code(value: string): vscode.Uri } {
  const mapped = (): vscode.Uri | undefined => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder && folder.scheme !== 'file' ? folder : undefined;
  };
  return {
    code2Protocol(uri) {
      const folder = mapped();
      if (folder && uri.scheme === folder.scheme && uri.authority === folder.authority) return uri.with({ scheme: 'file', authority: '' }).toString();
      return uri.toString();
    },
    protocol2Code(value) {
      const uri = vscode.Uri.parse(value);
      const folder = mapped();
      return folder && uri.scheme === 'file' ? uri.with({ scheme: folder.scheme, authority: folder.authority }) : uri;
    },
  };
}
