import assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { allTabs, checkInWorkbench, diagnosticsWithCode, EXTENSION_ID, exampleUri, hoversAt, hoverText, positionOf, reportTab, startCellspec, waitFor, type CellspecApi } from '../workbench';

/**
 * Issue #17: what guides a new user — the walkthrough, the language status item, the lenses above
 * cells and the hovers' links to the reference. Each is checked through VS Code's API and, where
 * the code-server runner can (checkInWorkbench), in the workbench a user sees and clicks.
 */
describe('Cellspec guides a new user', () => {
  let api: CellspecApi;
  before(async () => {
    api = await startCellspec();
  });

  const closeAll = () => vscode.commands.executeCommand('workbench.action.closeAllEditors');

  it('contributes the walkthrough; it opens with its four steps, and its first button opens the example design', async () => {
    const walkthroughs = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs as { id: string; steps: unknown[] }[];
    assert.deepEqual(
      walkthroughs.map((w) => [w.id, w.steps.length]),
      [['gettingStarted', 4]],
    );
    await closeAll();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    if (!(await checkInWorkbench('walkthrough'))) await vscode.commands.executeCommand('cellspec.openExample');
    const example = await waitFor('the example design, unsaved', 15_000, () =>
      vscode.workspace.textDocuments.find((d) => d.isUntitled && d.languageId === 'cellspec' && d.getText().includes('cell FirstCell {')),
    );
    const shown = () => `active: ${vscode.window.activeTextEditor?.document.uri.toString()}; visible: ${vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).join(', ')}; tabs: ${allTabs().map((t) => t.label).join(', ')}`;
    await waitFor(`the example design in an editor (${shown()})`, 15_000, () =>
      vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === example.uri.toString()) ? true : undefined,
    );
    const [mismatch] = await diagnosticsWithCode(example.uri, 'anion/mismatch');
    assert.equal(example.getText(mismatch!.range), 'NCM811');

    // The second step's button: the cursor onto that finding, and the quick-fix menu there.
    const at = await vscode.commands.executeCommand<vscode.Range | undefined>('cellspec.showQuickFixes');
    assert.ok(at, `showQuickFixes found a finding (${shown()})`);
    assert.equal(example.getText(at), 'NCM811');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), example.uri.toString(), 'the example is the active editor');
    assert.deepEqual(editor.selection.active, at.start);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAll();
  });

  it('shows the active file’s cells and findings in the language status item; its Show Report opens the report', async () => {
    const uri = exampleUri('design-limits.cell');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const item = api.languageStatus;
    await waitFor('the status of design-limits.cell', 30_000, () => (item.text === '2 cells · no errors · 1 warning' ? true : undefined));
    assert.equal(item.severity, vscode.LanguageStatusSeverity.Warning);
    assert.match(item.detail ?? '', /^0 materials, 1 composite · built-in library: \d{2,} materials$/);
    assert.equal(item.command?.command, 'cellspec.showReport');
    assert.equal(String(item.command?.arguments?.[0]), uri.toString());
    if (!(await checkInWorkbench('language-status'))) await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    await vscode.window.tabGroups.close(await reportTab('design-limits.cell'));

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri('mistakes.cell')));
    await waitFor('the status of mistakes.cell', 30_000, () => (/^1 cell · \d+ errors · \d+ warnings$/.test(item.text) ? true : undefined));
    assert.equal(item.severity, vscode.LanguageStatusSeverity.Error);
    await closeAll();
  });

  it('puts a lens above each cell of design-limits.cell; a click on the one above Thin opens its report', async () => {
    const uri = exampleUri('design-limits.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const thinLine = positionOf(document, 'cell Thin', 'Thin').line;
    editor.revealRange(new vscode.Range(thinLine, 0, thinLine, 0), vscode.TextEditorRevealType.InCenter);
    const lenses = await waitFor('the code lenses', 15_000, async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return found.length >= 2 ? found : undefined;
    });
    assert.deepEqual(
      lenses.map((lens) => lens.range.start.line),
      [thinLine, positionOf(document, 'cell Thick', 'Thick').line],
    );
    const thin = lenses[0]!;
    assert.equal(thin.command?.title, '2.19 mAh/cm² · 328 Wh/kg · 682 Wh/L');
    assert.equal(thin.command?.command, 'cellspec.showReport');
    assert.deepEqual(thin.command?.arguments, [uri.toString()]);
    if (!(await checkInWorkbench('code-lens'))) await vscode.commands.executeCommand(thin.command.command, ...(thin.command.arguments ?? []));
    await vscode.window.tabGroups.close(await reportTab('design-limits.cell'));
    await closeAll();
  });

  it('ends a keyword’s hover with a link to its section of the reference, which opens the shipped docs/language.md there', async () => {
    const uri = exampleUri('design-limits.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await hoversAt(uri, positionOf(document, 'composite Standard', 'composite'), 'the hover on `composite`');
    const link = /\[Language reference §2 Declarations\]\(command:cellspec\.openReference\?([^ )]+)/.exec(hoverText(hovers));
    assert.ok(link, `the hover links to the reference: ${hoverText(hovers)}`);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1]!)), ['2-declarations']);

    await vscode.commands.executeCommand('cellspec.openReference', '3-units');
    await waitFor('the reference in the markdown preview', 15_000, () => allTabs().find((tab) => /language\.md/.test(tab.label)));
    await checkInWorkbench('reference-preview');
    await closeAll();
  });
});
