import assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWithCode, exampleUri, hoverText, positionOf, startCellspec, waitFor } from '../workbench';

describe('Cellspec in VS Code', () => {
  before(async () => {
    await startCellspec();
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

  it('explains NCM811 on hover: a library cathode of the oxide class, with the sources of its numbers', async () => {
    const uri = exampleUri('oxide-on-sulfide.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const position = positionOf(document, '  NCM811     70 wt%', 'NCM811', 2);
    const hovers = await waitFor('a hover on NCM811', 15_000, async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return found.length > 0 ? found : undefined;
    });
    const markdown = hoverText(hovers);
    assert.match(markdown, /\*\*NCM811\*\* · cathode · oxide/);
    assert.match(markdown, /\| voltage \| 3\.86 V[^|]*\| \[1\] \|/);
    assert.match(markdown, /\[1\] .*Back of the Battery/);
  });

  it('shows beside the LTG formula that its declared 250 mAh/g implies about six electrons, short, the full text in the tooltip', async () => {
    const uri = exampleUri('homogeneous-ltg.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    const formulaLine = positionOf(document, 'formula    Li1.75Ti2', 'Li').line;
    const hint = await waitFor('the inlay hint of LTG', 15_000, async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        uri,
        new vscode.Range(0, 0, document.lineCount, 0),
      );
      return hints.find((candidate) => candidate.position.line === formulaLine);
    });
    const label = typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
    assert.equal(label, 'M 644.91 g/mol · ≈6.0 e⁻');
    const tooltip = typeof hint.tooltip === 'string' ? hint.tooltip : (hint.tooltip?.value ?? '');
    assert.match(tooltip, /^M 644\.91 g\/mol · 41\.6 mAh\/g per e⁻ · ≈6\.0 e⁻ implied\n\n/);
    assert.equal(hint.paddingLeft, true);
    assert.equal(hint.position.character, document.lineAt(formulaLine).text.trimEnd().length);
  });

  it('completes `separator ` with electrolytes such as Li6PS5Cl, and no cathode', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'cellspec',
      content: 'cell Draft {\n  anode      LiIn       thickness 40 um\n  separator \n}\n',
    });
    const list = await waitFor('completions after separator', 15_000, async () => {
      const found = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(2, '  separator '.length),
        ' ',
      );
      return found.items.length > 0 ? found : undefined;
    });
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('Li6PS5Cl'), `Li6PS5Cl among ${labels.slice(0, 10).join(', ')}, …`);
    assert.ok(labels.includes('Li3InCl6'), 'the chloride Li3InCl6 is offered too');
    assert.ok(!labels.includes('NCM811'), 'a cathode is not offered for a separator');
  });

  it('formats a messy material block into the layout of the examples', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'cellspec',
      content: 'material   Argyrodite{\n formula Li6PS5Cl\n      role electrolyte\n}',
    });
    const edits = await waitFor('formatting edits', 15_000, async () => {
      const found = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, {
        tabSize: 4,
        insertSpaces: true,
      });
      return found && found.length > 0 ? found : undefined;
    });
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), 'material Argyrodite {\n  formula    Li6PS5Cl\n  role       electrolyte\n}\n');
  });

  it('applies the first quick fix of anion/mismatch: the sulfide catholyte of BareNCM becomes the best oxide-compatible electrolyte', async () => {
    const uri = exampleUri('oxide-on-sulfide.cell');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const cathodeLine = positionOf(document, '  NCM811     70 wt%', 'NCM811').line;
    const catholyteLine = cathodeLine + 1;
    assert.equal(document.lineAt(catholyteLine).text, '  Li6PS5Cl   27 wt%');
    const [mismatch] = (await diagnosticsWithCode(uri, 'anion/mismatch')).filter((d) => d.range.start.line === cathodeLine);
    assert.ok(mismatch, `anion/mismatch on line ${cathodeLine + 1}, the bare NCM811 of BareNCM`);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      mismatch.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const first = actions.find((action) => action.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(action.kind));
    assert.ok(first?.edit, `a quick fix among: ${actions.map((action) => action.title).join('; ')}`);
    const candidate = /^Use (\S+) \(.+\) instead of Li6PS5Cl$/.exec(first.title)?.[1];
    assert.ok(candidate, `the first fix names a replacement electrolyte: ${first.title}`);

    const before = document.getText().split('\n');
    assert.ok(await vscode.workspace.applyEdit(first.edit), 'the editor applied the fix');
    const expected = before.map((text, line) => (line === catholyteLine ? text.replace('Li6PS5Cl', candidate) : text));
    assert.equal(document.getText(), expected.join('\n'));
    assert.equal(document.lineAt(catholyteLine).text, `  ${candidate}   27 wt%`);

    // The server re-checks the edited text: the bare NCM811 no longer touches a sulfide in BareNCM.
    await waitFor('anion/mismatch to leave BareNCM', 30_000, () =>
      vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'anion/mismatch' && d.range.start.line === cathodeLine) ? undefined : true,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.lineAt(catholyteLine).text, '  Li6PS5Cl   27 wt%');
  });
});
