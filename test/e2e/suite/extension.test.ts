import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'cellspec.cellspec';
const SCREENSHOT_MARKER = 'cellspec-e2e: screenshot now';

interface CellspecApi {
  readonly started: Promise<void>;
}

/** Polls until the probe returns something, failing after the deadline: no fixed sleeps. */
async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

function exampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in a workspace holding the examples');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('Cellspec in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<CellspecApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const api = await extension.activate();
    await api.started;
  });

  it('recognises a .cell file as Cellspec', async () => {
    const document = await vscode.workspace.openTextDocument(exampleUri('homogeneous-ltg.cell'));
    assert.equal(document.languageId, 'cellspec');
  });

  it('reports the deliberate mistakes of mistakes.cell from the language server', async () => {
    const uri = exampleUri('mistakes.cell');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const expected = ['formula/element', 'unit/dimension', 'value/range', 'ref/undefined', 'cell/incomplete'];
    const codes = await waitFor(`diagnostics ${expected.join(', ')}`, 30_000, () => {
      const found = new Set(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cellspec').map(codeOf));
      return expected.every((code) => found.has(code)) ? found : undefined;
    });
    for (const code of expected) assert.ok(codes.has(code), `${code} is reported`);
  });

  it('outlines the materials, composite and cell of mistakes.cell', async () => {
    const uri = exampleUri('mistakes.cell');
    const symbols = await waitFor('document symbols', 15_000, async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      return result && result.length > 0 ? result : undefined;
    });
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Typo', 'Impossible', 'Unbalanced', 'Broken'],
    );
  });

  it('folds each block of the oxide-on-sulfide example', async () => {
    const uri = exampleUri('oxide-on-sulfide.cell');
    await vscode.workspace.openTextDocument(uri);
    const ranges = await waitFor('folding ranges', 15_000, async () => {
      const result = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri);
      return result && result.length >= 3 ? result : undefined;
    });
    assert.ok(ranges.length >= 3, 'BareNCM, CoatedNCM and BareNCMCell fold');
  });

  it('offers Li2S as the quick fix for the mis-cased formula LI2S', async () => {
    const uri = exampleUri('mistakes.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostic = await waitFor('formula/element', 30_000, () =>
      vscode.languages.getDiagnostics(uri).find((candidate) => codeOf(candidate) === 'formula/element'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((action) => action.title).join('; ')}`);
    const [[editedUri, edits]] = fix.edit.entries();
    assert.equal(editedUri.toString(), uri.toString());
    assert.equal(edits[0]!.newText, 'Li2S');
    assert.equal(document.getText(edits[0]!.range), 'LI2S');
  });

  it('goes from the Li6PS5Cl separator to the read-only built-in library document', async () => {
    const uri = exampleUri('homogeneous-ltg.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.includes('separator  Li6PS5Cl'));
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('Li6PS5Cl') + 2);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    assert.equal(targets.length, 1);
    const target = targets[0]!;
    const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.equal(targetUri.scheme, 'cellspec-library');
    const library = await vscode.workspace.openTextDocument(targetUri);
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.equal(library.getText(range), 'Li6PS5Cl');
    assert.match(library.getText(), /^# The Cellspec built-in material library/);
  });

  it('shows the computed report of the active file in a webview beside it', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri('oxide-on-sulfide.cell')));
    await vscode.commands.executeCommand('cellspec.showReport');
    const tab = await waitFor('the report webview', 15_000, () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.label === 'Report: oxide-on-sulfide.cell'),
    );
    await vscode.window.tabGroups.close(tab);
  });

  it("comments a line with '#', from the language configuration", async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'cellspec', content: 'material X {\n  role cathode\n}\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.equal(document.lineAt(1).text, '  # role cathode');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  after(async function () {
    // With CELLSPEC_E2E_SCREENSHOT set, scripts/e2e/run.mjs captures the workbench when it reads
    // the marker below: leave the mistakes and their squiggles on screen until it has.
    if (!process.env['CELLSPEC_E2E_SCREENSHOT']) return;
    this.timeout(30_000);
    const uri = exampleUri('mistakes.cell');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('diagnostics to show', 15_000, () => (vscode.languages.getDiagnostics(uri).length > 0 ? true : undefined));
    console.log(SCREENSHOT_MARKER);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  });
});
