/**
 * Cellspec in VS Code for the Web: the workbench of code-server runs the extension's `browser`
 * entry (dist/web/extension.js) in its web worker extension host, which starts the language server
 * in a web worker of its own (dist/web/server.js). The workspace is on code-server's remote file
 * system (vscode-remote:), which the server reaches only through the client.
 */
import * as vscode from 'vscode';
import { allTabs, codeOf, diagnosticsWithCode, exampleUri, hoversAt, hoverText, positionOf, reportTab, startCellspec, waitFor, type CellspecApi } from '../workbench';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const cellspecDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cellspec');

describe('Cellspec in VS Code for the Web (the web worker extension host)', () => {
  let api: CellspecApi;
  before(async () => {
    api = await startCellspec();
  });

  it('runs in the web worker extension host, without Node', () => {
    const scope = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown };
    check(scope.process?.versions?.node === undefined, `the extension runs on Node ${scope.process?.versions?.node}`);
    check(typeof scope.importScripts === 'function', 'the extension host is not a web worker');
    check(vscode.workspace.workspaceFolders?.[0]?.uri.scheme === 'vscode-remote', 'the workspace is not on the remote file system');
  });

  it('reports the deliberate mistakes of mistakes.cell from the server in its web worker', async () => {
    const uri = exampleUri('mistakes.cell');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const expected = ['formula/element', 'unit/dimension', 'value/range', 'ref/undefined', 'cell/incomplete'];
    await waitFor(`diagnostics ${expected.join(', ')}`, 30_000, () => {
      const found = new Set(cellspecDiagnostics(uri).map(codeOf));
      return expected.every((code) => found.has(code)) ? found : undefined;
    });
  });

  it('answers a hover on a library material', async () => {
    const uri = exampleUri('oxide-on-sulfide.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await hoversAt(uri, positionOf(document, 'NCM811     70 wt%', 'NCM811'), 'a hover on NCM811');
    check(/\*\*NCM811\*\* · cathode · oxide/.test(hoverText(hovers)), `the hover says: ${hoverText(hovers)}`);
  });

  it('resolves an import the editor does not have open through the client: hover and definition in the imported file', async () => {
    const uri = exampleUri('imports/sulfide-cell.cell');
    const imported = exampleUri('imports/materials.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    check(!vscode.workspace.textDocuments.some((open) => open.uri.toString() === imported.toString()), 'materials.cell is open in the editor');
    const position = positionOf(document, 'LiTiFeS    70 vol%', 'LiTiFeS');
    // Its formula is in materials.cell only, which the server read through the client.
    await hoversAt(uri, position, 'a hover on the imported LiTiFeS with its formula', (text) => text.includes('Li1.13Ti0.57Fe0.3S2'));
    check(!cellspecDiagnostics(uri).some((d) => codeOf(d) === 'ref/import'), 'the import is reported unreadable');
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    const target = definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri))[0];
    check(target?.toString() === imported.toString(), `the definition is at ${target?.toString()}, not in ${imported.toString()}`);
  });

  it('calls a missing import ref/import, and checks again when the file is created', async () => {
    const uri = exampleUri('web-imports.cell');
    const later = exampleUri('later.cell');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(uri, encode('import "later.cell"\n\ncomposite C {\n  LiCoO2 70 wt%  coated LiNbO3\n  Later 30 wt%\n}\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [missing] = await diagnosticsWithCode(uri, 'ref/import');
    check(missing?.range.start.line === 0, 'ref/import is on the import line');
    await vscode.workspace.fs.writeFile(later, encode('material Later {\n  formula Li6PS5Cl\n  role electrolyte\n}\n'));
    await waitFor('the import found once the file exists', 30_000, () => {
      const codes = cellspecDiagnostics(uri).map(codeOf);
      return !codes.includes('ref/import') && !codes.includes('ref/undefined') ? true : undefined;
    });
  });

  it('shows the report and the language status of the active file', async () => {
    const uri = exampleUri('imports/sulfide-cell.cell');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('cellspec.showReport');
    await reportTab('sulfide-cell.cell');
    await waitFor('the status item of sulfide-cell.cell', 15_000, () => (api.languageStatus.text === '1 cell · no errors' ? true : undefined));
  });

  it("opens the walkthrough's example design from the extension's files, unsaved, and checks it", async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('cellspec.openExample');
    check(editor.document.isUntitled && editor.document.languageId === 'cellspec', 'the example is not an unsaved Cellspec document');
    await diagnosticsWithCode(editor.document.uri, 'anion/mismatch');
  });

  it('opens the shipped language reference where a hover links to', async () => {
    await vscode.commands.executeCommand('cellspec.openReference', '2-declarations');
    await waitFor('the reference in a tab', 15_000, () => allTabs().find((tab) => /language\.md/.test(tab.label)));
  });

  it('restarts the language server in a new worker, which checks again', async () => {
    await vscode.commands.executeCommand('cellspec.restartServer');
    check(api.client.isRunning(), 'the client is not running after the restart');
    const uri = exampleUri('restarted.cell');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('material Typo {\n  formula LI2S\n}\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWithCode(uri, 'formula/element');
  });
});
