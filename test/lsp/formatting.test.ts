import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestEditor } from './harness';

const MESSY = `material   Argyrodite{
 formula Li6PS5Cl
      role electrolyte   # the catholyte
   ionic 2.05 mS/cm
}



composite  Mix {
NCM811 70 wt% coated LiNbO3
 Argyrodite 27 wt%
   VGCF 3 wt%
}`;

const FORMATTED = `material Argyrodite {
  formula    Li6PS5Cl
  role       electrolyte  # the catholyte
  ionic      2.05 mS/cm
}

composite Mix {
  NCM811     70 wt%  coated LiNbO3
  Argyrodite 27 wt%
  VGCF        3 wt%
}
`;

describe('formatting', () => {
  let editor: TestEditor;
  beforeAll(async () => {
    editor = await TestEditor.start();
  });
  afterAll(async () => {
    await editor.stop();
  });

  const formatDocument = (uri: string) =>
    editor.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });

  it('lays out a messy catholyte and composite as the examples are, and a second pass changes nothing', async () => {
    const uri = 'file:///tmp/cellspec-formatting/messy.cell';
    editor.open(uri, MESSY);
    const edits = await formatDocument(uri);
    expect(edits.length).toBeGreaterThan(0);
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'cellspec', 1, MESSY), edits);
    expect(formatted).toBe(FORMATTED);
    editor.change(uri, 2, [{ text: formatted }]);
    expect(await formatDocument(uri)).toEqual([]);
  });

  it('leaves a document with a syntax error alone', async () => {
    const uri = 'file:///tmp/cellspec-formatting/broken.cell';
    editor.open(uri, 'material   Half {\n formula Li2S\n  role\n');
    expect(await formatDocument(uri)).toEqual([]);
  });
});
