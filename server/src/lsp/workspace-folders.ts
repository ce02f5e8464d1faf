import path from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { uriToPath } from './uri';

/**
 * The workspace folders the editor has open. Imports never reach outside a workspace root,
 * so every analysis needs the root that contains its file.
 */
export class WorkspaceFolders {
  private roots: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : [];
    this.roots = uris.map(uriToPath).filter((root): root is string => root !== undefined);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const removedRoots = new Set(removed.map((folder) => uriToPath(folder.uri)));
    const addedRoots = added.map((folder) => uriToPath(folder.uri)).filter((root): root is string => root !== undefined);
    this.roots = [...this.roots.filter((root) => !removedRoots.has(root)), ...addedRoots];
  }

  /** Every workspace folder's path, in the editor's order. */
  get all(): readonly string[] {
    return this.roots;
  }

  /** The first folder, where untitled documents are analysed; the process's directory without one. */
  get primaryRoot(): string {
    return this.roots[0] ?? process.cwd();
  }

  /** The innermost workspace folder holding the file, else the file's own directory. */
  rootFor(filePath: string): string {
    let best: string | undefined;
    for (const root of this.roots) {
      const relative = path.relative(root, filePath);
      const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
      if (inside && (best === undefined || root.length > best.length)) best = root;
    }
    return best ?? path.dirname(filePath);
  }
}
