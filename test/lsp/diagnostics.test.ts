import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

const MISTAKES = 'mistakes.cell';

function codesAt(diagnostics: readonly Diagnostic[], line: number): string[] {
  return diagnostics.filter((diagnostic) => diagnostic.range.start.line === line).map((diagnostic) => String(diagnostic.code));
}

describe('diagnostics of mistakes.cell, the file of deliberate beginner mistakes', () => {
  let editor: TestEditor;
  const uri = exampleUri(MISTAKES);
  const text = exampleText(MISTAKES);
  beforeEach(async () => {
    editor = await TestEditor.start();
  });
  afterEach(async () => {
    await editor.stop();
  });

  it('reports each mistake at the line that makes it, from the cellspec source', async () => {
    editor.open(uri, text, 1);
    const { diagnostics } = await editor.diagnosticsFor(uri, 1);
    expect(codesAt(diagnostics, lineOf(text, 'LI2S'))).toContain('formula/element');
    expect(codesAt(diagnostics, lineOf(text, 'capacity   3 V'))).toContain('unit/dimension');
    expect(codesAt(diagnostics, lineOf(text, 'thickness -30 um'))).toContain('value/range');
    expect(codesAt(diagnostics, lineOf(text, 'Unbalancd'))).toContain('ref/undefined');
    const incomplete = diagnostics.find((diagnostic) => diagnostic.code === 'cell/incomplete');
    expect(incomplete, 'a cell without an anode is incomplete').toBeDefined();
    expect(incomplete!.range.start.line).toBeGreaterThanOrEqual(lineOf(text, 'cell Broken'));
    expect(incomplete!.range.start.line).toBeLessThanOrEqual(lineOf(text, '# cell/incomplete'));
    for (const diagnostic of diagnostics) expect(diagnostic.source).toBe('cellspec');
    const element = diagnostics.find((diagnostic) => diagnostic.code === 'formula/element')!;
    expect(element.severity).toBe(DiagnosticSeverity.Error);
    expect(element.data).toMatchObject({ code: 'formula/element' });
  });

  it('re-checks after an incremental edit that fixes LI2S to Li2S, for that version only', async () => {
    editor.open(uri, text, 1);
    await editor.diagnosticsFor(uri, 1);
    const line = lineOf(text, 'LI2S');
    const character = text.split('\n')[line]!.indexOf('LI2S');
    editor.change(uri, 2, [{ range: { start: { line, character: character + 1 }, end: { line, character: character + 2 } }, text: 'i' }]);
    const { diagnostics } = await editor.diagnosticsFor(uri, 2);
    expect(codesAt(diagnostics, line)).not.toContain('formula/element');
    expect(codesAt(diagnostics, lineOf(text, 'Unbalancd'))).toContain('ref/undefined');
  });

  it('publishes only the last of a burst of edits typed within the debounce time', async () => {
    await editor.stop();
    editor = await TestEditor.start({ settings: { validation: { debounceMs: 150 } } });
    editor.open(uri, text, 1);
    await editor.diagnosticsFor(uri, 1);
    const line = lineOf(text, 'Unbalancd');
    const character = text.split('\n')[line]!.indexOf('Unbalancd') + 'Unbalanc'.length;
    // Typing "e" then "x" then deleting the "x": only version 4 (Unbalanced) may be published.
    editor.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }]);
    editor.change(uri, 3, [{ range: { start: { line, character: character + 1 }, end: { line, character: character + 1 } }, text: 'x' }]);
    editor.change(uri, 4, [{ range: { start: { line, character: character + 1 }, end: { line, character: character + 2 } }, text: '' }]);
    const { diagnostics } = await editor.diagnosticsFor(uri, 4);
    expect(codesAt(diagnostics, line)).not.toContain('ref/undefined');
    expect(editor.published(uri).map((params) => params.version)).toEqual([1, 4]);
  });

  it('clears the diagnostics of a closed document', async () => {
    editor.open(uri, text, 1);
    await editor.diagnosticsFor(uri, 1);
    const before = editor.published(uri).length;
    editor.close(uri);
    const cleared = await editor.nextPublish(uri, before);
    expect(cleared.diagnostics).toEqual([]);
  });
});
