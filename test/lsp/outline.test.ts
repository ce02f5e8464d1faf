import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('outline and folding', () => {
  let editor: TestEditor;
  const ltg = exampleUri('homogeneous-ltg.cell');
  const ltgText = exampleText('homogeneous-ltg.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(ltg, ltgText);
  });
  afterAll(async () => {
    await editor.stop();
  });

  const symbols = () => editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ltg } }) as Promise<DocumentSymbol[]>;

  it('lists the material, the composite and the cell of the LTG example in order, with their kinds', async () => {
    const outline = await symbols();
    expect(outline.map((symbol) => [symbol.name, symbol.kind])).toEqual([
      ['LTG', SymbolKind.Class],
      ['LTGonly', SymbolKind.Struct],
      ['HomogeneousCell', SymbolKind.Package],
    ]);
  });

  it("shows the LTG material's formula and role as its detail, and its properties as children", async () => {
    const [material] = await symbols();
    expect(material!.detail).toBe('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3 · cathode');
    expect(material!.children!.map((child) => child.name)).toEqual(['formula', 'role', 'voltage', 'capacity', 'ionic', 'electronic', 'source']);
    const ionic = material!.children!.find((child) => child.name === 'ionic')!;
    expect(ionic.detail).toBe('0.22 mS/cm .. 0.66 mS/cm');
    expect(material!.selectionRange.start.line).toBe(lineOf(ltgText, 'material LTG'));
  });

  it('lists the cell layers anode side first, with role and thickness or loading', async () => {
    const cell = (await symbols())[2]!;
    expect(cell.children!.map((child) => `${child.name}: ${child.detail}`)).toEqual([
      'LiIn: anode · thickness 40 um',
      'Li6PS5Cl: separator · thickness 30 um',
      'LTGonly: cathode · loading 10 mg/cm2',
      'Al: collector · thickness 10 um',
      'Cu: collector · thickness 8 um',
      'rate: 0.5 C',
    ]);
  });

  it('folds each block up to its closing brace and the header comment as a comment', async () => {
    const ranges = (await editor.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: ltg } })) as FoldingRange[];
    const lines = ltgText.split('\n');
    const closingBraceAfter = (line: number) => lines.findIndex((text, index) => index > line && text.startsWith('}'));
    const material = lineOf(ltgText, 'material LTG');
    const cell = lineOf(ltgText, 'cell HomogeneousCell');
    expect(ranges).toContainEqual({ startLine: material, endLine: closingBraceAfter(material) - 1 });
    expect(ranges).toContainEqual({ startLine: cell, endLine: closingBraceAfter(cell) - 1 });
    expect(ranges).toContainEqual({ startLine: 0, endLine: lineOf(ltgText, 'six electrons per formula unit'), kind: FoldingRangeKind.Comment });
  });
});
