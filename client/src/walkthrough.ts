import * as vscode from 'vscode';

/** The starter the walkthrough's first step opens (shipped in the .vsix, see scripts/package-vsix.mjs). */
export const EXAMPLE_DESIGN = 'walkthrough/first-design.cell';

/** The Cellspec editor the walkthrough's buttons act on: the active one, else one that is visible. */
export function cellspecEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document.languageId === 'cellspec') return active;
  return vscode.window.visibleTextEditors.find((editor) => editor.document.languageId === 'cellspec');
}

/**
 * The commands behind the walkthrough's steps (package.json `walkthroughs`):
 * - `Cellspec: Open an Example Design` — a new, unsaved Cellspec file with the starter design;
 * - `cellspec.showQuickFixes` — the cursor onto the first Cellspec finding of that file, then
 *   VS Code's quick-fix menu there.
 */
export function registerWalkthroughCommands(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('cellspec.openExample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, EXAMPLE_DESIGN));
      const document = await vscode.workspace.openTextDocument({ language: 'cellspec', content: new TextDecoder().decode(bytes) });
      return vscode.window.showTextDocument(document, { preview: false });
    }),
    vscode.commands.registerCommand('cellspec.showQuickFixes', async () => {
      const editor = cellspecEditor();
      if (!editor) {
        void vscode.window.showInformationMessage('Open a .cell file (or the example design) to see its quick fixes.');
        return undefined;
      }
      const finding = await firstFinding(editor.document.uri);
      if (!finding) {
        void vscode.window.showInformationMessage('Cellspec finds nothing to fix in this file.');
        return undefined;
      }
      const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      shown.selection = new vscode.Selection(finding.range.start, finding.range.start);
      shown.revealRange(finding.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('editor.action.quickFix');
      return finding.range;
    }),
  );
}

/** The first Cellspec diagnostic of a document, once the server has published (a just-opened file takes a moment). */
async function firstFinding(uri: vscode.Uri, timeoutMs = 5_000): Promise<vscode.Diagnostic | undefined> {
  const current = () =>
    vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === 'cellspec')
      .sort((a, b) => a.range.start.compareTo(b.range.start))[0];
  const found = current();
  if (found) return found;
  return new Promise((resolve) => {
    const done = (value: vscode.Diagnostic | undefined) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) {
        const next = current();
        if (next) done(next);
      }
    });
  });
}
