import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver/node';
import { exampleText, TestEditor } from './harness';

const LIBRARY = `material MyCatholyte {
  formula    Li6PS5Cl
  role       electrolyte
  ionic      2.05 mS/cm
}
`;

const MAIN = `import "lib.cell"

composite Mix {
  NCM811       70 wt%  coated LiNbO3
  MyCatholyte  27 wt%
  VGCF          3 wt%
}
`;

describe('a workspace of files that import each other', () => {
  let folder: string;
  let editor: TestEditor;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const codes = (params: { diagnostics: { code?: string | number }[] }) => params.diagnostics.map((diagnostic) => diagnostic.code);

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-lsp-'));
    writeFileSync(path.join(folder, 'lib.cell'), LIBRARY);
    writeFileSync(path.join(folder, 'main.cell'), MAIN);
  });
  afterEach(async () => {
    await editor?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('re-checks an importer when the imported catholyte is renamed in an unsaved editor', async () => {
    editor = await TestEditor.start({ workspaceFolder: folder });
    editor.open(uriOf('main.cell'), MAIN);
    expect(codes(await editor.diagnosticsFor(uriOf('main.cell'), 1))).not.toContain('ref/undefined');
    editor.open(uriOf('lib.cell'), LIBRARY);
    await editor.diagnosticsFor(uriOf('lib.cell'), 1);
    const publishedBefore = editor.published(uriOf('main.cell')).length;
    editor.change(uriOf('lib.cell'), 2, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 11 } }, text: 'Our' }]);
    const republished = await editor.nextPublish(uriOf('main.cell'), publishedBefore);
    expect(codes(republished)).toContain('ref/undefined');
  });

  it('re-checks an importer when the imported file changes on disk', async () => {
    editor = await TestEditor.start({ workspaceFolder: folder });
    editor.open(uriOf('main.cell'), MAIN);
    expect(codes(await editor.diagnosticsFor(uriOf('main.cell'), 1))).not.toContain('ref/undefined');
    const publishedBefore = editor.published(uriOf('main.cell')).length;
    writeFileSync(path.join(folder, 'lib.cell'), LIBRARY.replace('MyCatholyte', 'Renamed'));
    void editor.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('lib.cell'), type: FileChangeType.Changed }],
    });
    expect(codes(await editor.nextPublish(uriOf('main.cell'), publishedBefore))).toContain('ref/undefined');
  });

  it("applies the editor's severity overrides: ref/undefined off hides the misspelt composite", async () => {
    writeFileSync(path.join(folder, 'mistakes.cell'), exampleText('mistakes.cell'));
    editor = await TestEditor.start({ workspaceFolder: folder, settings: { severity: { 'ref/undefined': 'off' } } });
    editor.open(uriOf('mistakes.cell'), exampleText('mistakes.cell'));
    const published = await editor.diagnosticsFor(uriOf('mistakes.cell'), 1);
    expect(codes(published)).not.toContain('ref/undefined');
    expect(codes(published)).toContain('formula/element');
  });

  it('lets a cellspec.json beside the file win over the editor, as the CLI reads it', async () => {
    writeFileSync(path.join(folder, 'mistakes.cell'), exampleText('mistakes.cell'));
    writeFileSync(path.join(folder, 'cellspec.json'), JSON.stringify({ severity: { 'ref/undefined': 'warning' } }));
    editor = await TestEditor.start({ workspaceFolder: folder, settings: { severity: { 'ref/undefined': 'off', 'value/range': 'hint' } } });
    editor.open(uriOf('mistakes.cell'), exampleText('mistakes.cell'));
    const { diagnostics } = await editor.diagnosticsFor(uriOf('mistakes.cell'), 1);
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'ref/undefined')?.severity).toBe(DiagnosticSeverity.Warning);
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'value/range')?.severity).toBe(DiagnosticSeverity.Hint);
  });
});
