import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('quick fixes for mistakes.cell', () => {
  let editor: TestEditor;
  let diagnostics: Diagnostic[];
  const uri = exampleUri('mistakes.cell');
  const text = exampleText('mistakes.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
    diagnostics = (await editor.diagnosticsFor(uri, 1)).diagnostics;
  });
  afterAll(async () => {
    await editor.stop();
  });

  const fixesFor = async (code: string): Promise<CodeAction[]> => {
    const diagnostic = diagnostics.find((candidate) => candidate.code === code);
    expect(diagnostic, `${code} is reported`).toBeDefined();
    return (await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
  };

  it('offers Li2S for the mis-cased formula LI2S, as the preferred fix', async () => {
    const [fix] = await fixesFor('formula/element');
    expect(fix!.isPreferred).toBe(true);
    const [edit] = fix!.edit!.changes![uri]!;
    expect(edit!.newText).toBe('Li2S');
    expect(edit!.range.start.line).toBe(lineOf(text, 'LI2S'));
  });

  it('offers the composite Unbalanced for the misspelt reference Unbalancd', async () => {
    const fixes = await fixesFor('ref/undefined');
    const edits = fixes.map((fix) => fix.edit!.changes![uri]![0]!.newText);
    expect(edits).toContain('Unbalanced');
  });

  it('offers nothing when the editor asks only for refactorings', async () => {
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'formula/element')!;
    const actions = await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.Refactor] },
    });
    expect(actions).toEqual([]);
  });
});

describe('quick fixes for the bare NCM811 in an argyrodite (oxide-on-sulfide.cell)', () => {
  let editor: TestEditor;
  const uri = exampleUri('oxide-on-sulfide.cell');
  const text = exampleText('oxide-on-sulfide.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('lists each replacement electrolyte once, though anion/mismatch and window/oxidation both ask for it', async () => {
    const { diagnostics } = await editor.diagnosticsFor(uri, 1);
    const cathodeLine = lineOf(text, '  NCM811     70 wt%');
    const onCathode = diagnostics.filter((diagnostic) => diagnostic.range.start.line === cathodeLine);
    expect(onCathode.map((diagnostic) => diagnostic.code).sort()).toEqual(['anion/mismatch', 'window/oxidation']);
    const actions = (await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: onCathode[0]!.range,
      context: { diagnostics: onCathode },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles[0]).toMatch(/^Use LiTaOCl4 \(oxyhalide, [\d.]+ mS\/cm, oxidation limit [\d.]+ V\) instead of Li6PS5Cl$/);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.diagnostics!.map((diagnostic) => diagnostic.code).sort()).toEqual(['anion/mismatch', 'window/oxidation']);
    const [edit] = actions[0]!.edit!.changes![uri]!;
    expect(edit).toEqual({
      range: { start: { line: cathodeLine + 1, character: 2 }, end: { line: cathodeLine + 1, character: 10 } },
      newText: 'LiTaOCl4',
    });
    expect(titles).toContain('Coat NCM811 with LiNbO3');
  });
});
