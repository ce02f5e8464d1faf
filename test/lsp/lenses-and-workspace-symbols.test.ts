/** Code lenses above cells and workspace symbol search, through a real server process. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, SymbolInformation } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('code lenses', () => {
  let editor: TestEditor;
  beforeAll(async () => {
    editor = await TestEditor.start();
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('one per cell, on its name: areal capacity · Wh/kg · Wh/L, a click opening the report', async () => {
    const uri = exampleUri('design-limits.cell');
    const text = exampleText('design-limits.cell');
    await editor.openAndWait(uri, text);
    const lenses = (await editor.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    expect(lenses.map((lens) => lens.range.start.line)).toEqual([lineOf(text, 'cell Thin'), lineOf(text, 'cell Thick')]);
    for (const lens of lenses) {
      expect(lens.command!.title).toMatch(/^[\d.]+ mAh\/cm² · [\d.]+ Wh\/kg · [\d.]+ Wh\/L$/);
      expect(lens.command!.command).toBe('cellspec.showReport');
      expect(lens.command!.arguments).toEqual([uri]);
    }
    // The numbers of `cellspec report examples/design-limits.cell` for Thin, written the same way.
    expect(lenses[0]!.command!.title).toBe('2.19 mAh/cm² · 328 Wh/kg · 682 Wh/L');
  });

  it('says which numbers are missing instead of hiding the lens', async () => {
    const uri = 'untitled:partial.cell';
    await editor.openAndWait(uri, 'cell Bare {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811\n}\n');
    const lenses = (await editor.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    expect(lenses.map((lens) => lens.command!.title)).toEqual(['? mAh/cm² · ? Wh/kg · ? Wh/L']);
  });
});

describe('workspace symbols', () => {
  let editor: TestEditor;
  let folder: string;
  let outside: string;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'cellspec-symbols-'));
    outside = mkdtempSync(path.join(tmpdir(), 'cellspec-outside-'));
    mkdirSync(path.join(folder, 'cells'));
    mkdirSync(path.join(folder, 'node_modules'));
    writeFileSync(path.join(folder, 'materials.cell'), 'material SulfideCatholyte {\n  formula Li6PS5Cl\n}\n');
    writeFileSync(path.join(folder, 'cells', 'pouch.cell'), 'composite PouchCathode {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\ncell PouchCell {\n  anode Li thickness 20 um\n}\n');
    writeFileSync(path.join(folder, 'node_modules', 'hidden.cell'), 'material NotListed {\n}\n');
    writeFileSync(path.join(outside, 'secret.cell'), 'material SecretOutside {\n}\n');
    symlinkSync(outside, path.join(folder, 'linked'));
    editor = await TestEditor.start({ workspaceFolder: folder });
  });
  afterAll(async () => {
    await editor.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const search = async (query: string) => ((await editor.connection.sendRequest('workspace/symbol', { query })) as SymbolInformation[]).map((s) => `${s.name}@${path.basename(new URL(s.location.uri).pathname)}:${s.location.range.start.line}`);

  it('finds declarations in every .cell below the folder, by the letters of the query in order', async () => {
    expect(await search('pouch')).toEqual(['PouchCathode@pouch.cell:0', 'PouchCell@pouch.cell:4']);
    expect(await search('scat')).toEqual(['SulfideCatholyte@materials.cell:0']);
    expect((await search('')).length).toBe(3);
  });

  it('skips node_modules and does not follow a link out of the workspace', async () => {
    const all = await search('');
    expect(all.join(' ')).not.toMatch(/NotListed|SecretOutside/);
  });

  it('an open document is searched as it is in the editor, unsaved edits included', async () => {
    const uri = pathToFileURL(path.join(folder, 'materials.cell')).href;
    await editor.openAndWait(uri, 'material RenamedInEditor {\n  formula Li6PS5Cl\n}\n');
    expect(await search('renamed')).toEqual(['RenamedInEditor@materials.cell:0']);
    expect(await search('sulfidecath')).toEqual([]);
  });
});
