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

describe('design limits over the protocol (design-limits.cell)', () => {
  let editor: TestEditor;
  const uri = exampleUri('design-limits.cell');
  const text = exampleText('design-limits.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('conduction/limited: reduce the loading (preferred) or the active share', async () => {
    editor.open(uri, text);
    const { diagnostics } = await editor.diagnosticsFor(uri, 1);
    const limited = diagnostics.find((d) => d.code === 'conduction/limited')!;
    const actions = (await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: limited.range,
      context: { diagnostics: [limited], only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([expect.stringMatching(/^Reduce the loading to [\d.]+ mg\/cm2/), expect.stringMatching(/^Set NCM811 to [\d.]+ wt%/)]);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.edit!.changes![uri]![0]!.range.start.line).toBe(lineOf(text, 'loading 30 mg/cm2'));
  });

  it('a composite that works offers its headroom as a refactor.rewrite action, with no diagnostic', async () => {
    const clean = text.slice(0, text.indexOf('cell Thick'));
    const cleanUri = uri.replace('design-limits.cell', 'design-headroom.cell');
    editor.open(cleanUri, clean);
    expect((await editor.diagnosticsFor(cleanUri, 1)).diagnostics).toEqual([]);
    const line = lineOf(clean, 'NCM811     75 wt%');
    const actions = (await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: cleanUri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([[CodeActionKind.RefactorRewrite, expect.stringMatching(/^Raise NCM811 to 75\.\d wt% \(limit: the ionic loss reaches the limit\)$/)]]);
    const quickFixOnly = await editor.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: cleanUri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [], only: [CodeActionKind.QuickFix] },
    });
    expect(quickFixOnly).toEqual([]);
  });
});
