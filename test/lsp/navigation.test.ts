import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError, type Location, type Position, type WorkspaceEdit } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('navigation in the homogeneous LTG example', () => {
  let editor: TestEditor;
  const uri = exampleUri('homogeneous-ltg.cell');
  const text = exampleText('homogeneous-ltg.cell');
  const at = (marker: string, word: string): Position => {
    const line = lineOf(text, marker);
    return { line, character: text.split('\n')[line]!.indexOf(word) + 1 };
  };
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
    await editor.diagnosticsFor(uri, 1);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('goes from the cathode layer to the LTGonly composite it names', async () => {
    const location = (await editor.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: at('cathode    LTGonly', 'LTGonly'),
    })) as Location;
    expect(location.uri).toBe(uri);
    expect(location.range.start).toEqual({ line: lineOf(text, 'composite LTGonly'), character: 'composite '.length });
  });

  it('goes from the LiIn anode to its entry in the read-only built-in library, whose text the server serves', async () => {
    const location = (await editor.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: at('anode      LiIn', 'LiIn'),
    })) as Location;
    expect(location.uri).toBe('cellspec-library:/builtin-library.cell');
    const library = (await editor.connection.sendRequest('cellspec/libraryDocument', { uri: location.uri })) as string;
    const libraryLine = library.split('\n')[location.range.start.line]!;
    expect(libraryLine.slice(location.range.start.character, location.range.end.character)).toBe('LiIn');
    expect(libraryLine.startsWith('material LiIn')).toBe(true);
  });

  it('finds the declaration and the use of the LTG material', async () => {
    const locations = (await editor.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: at('material LTG', 'LTG'),
      context: { includeDeclaration: true },
    })) as Location[];
    expect(locations.map((location) => location.range.start.line).sort((a, b) => a - b)).toEqual([
      lineOf(text, 'material LTG'),
      lineOf(text, 'LTG        100 wt%'),
    ]);
  });

  it('renames the LTGonly composite at its declaration and in the cell', async () => {
    const edit = (await editor.connection.sendRequest('textDocument/rename', {
      textDocument: { uri },
      position: at('composite LTGonly', 'LTGonly'),
      newName: 'LTGcathode',
    })) as WorkspaceEdit;
    const edits = edit.changes![uri]!;
    expect(edits.map((change) => [change.range.start.line, change.newText])).toEqual(
      expect.arrayContaining([
        [lineOf(text, 'composite LTGonly'), 'LTGcathode'],
        [lineOf(text, 'cathode    LTGonly'), 'LTGcathode'],
      ]),
    );
    expect(edits).toHaveLength(2);
  });

  it('refuses to rename a library material here, with the reason', async () => {
    const error = await editor.connection
      .sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: at('separator  Li6PS5Cl', 'Li6PS5Cl') })
      .then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain('built-in library');
  });
});

describe('the report request behind "Cellspec: Show Report"', () => {
  it('renders the HTML report of the bare-NCM example, as the CLI does', async () => {
    const editor = await TestEditor.start();
    try {
      const uri = exampleUri('oxide-on-sulfide.cell');
      editor.open(uri, exampleText('oxide-on-sulfide.cell'));
      const html = (await editor.connection.sendRequest('cellspec/report', { uri })) as string;
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toContain('BareNCMCell');
      expect(html).toContain('oxide-on-sulfide.cell');
      expect(await editor.connection.sendRequest('cellspec/report', { uri: exampleUri('never-opened.cell') })).toBeNull();
    } finally {
      await editor.stop();
    }
  });
});
