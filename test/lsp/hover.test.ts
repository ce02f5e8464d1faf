import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarkupKind, type Hover, type MarkupContent, type Position } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('hover', () => {
  let editor: TestEditor;
  const oxideUri = exampleUri('oxide-on-sulfide.cell');
  const oxideText = exampleText('oxide-on-sulfide.cell');
  const ltgUri = exampleUri('homogeneous-ltg.cell');
  const ltgText = exampleText('homogeneous-ltg.cell');
  /** The position `offsetInWord` characters into `word` on the first line containing `marker`. */
  const at = (text: string, marker: string, word: string, offsetInWord = 1): Position => {
    const line = lineOf(text, marker);
    return { line, character: text.split('\n')[line]!.indexOf(word) + offsetInWord };
  };
  const hoverAt = (uri: string, position: Position) => editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const markdownOf = (found: Hover | null): string => {
    expect(found).not.toBeNull();
    const contents = found!.contents as MarkupContent;
    expect(contents.kind).toBe(MarkupKind.Markdown);
    return contents.value;
  };

  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(oxideUri, oxideText);
    editor.open(ltgUri, ltgText);
    await editor.diagnosticsFor(oxideUri, 1);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('shows NCM811 as a library cathode of the oxide class, with the sources of its numbers', async () => {
    const position = at(oxideText, '  NCM811     70 wt%', 'NCM811', 3);
    const found = await hoverAt(oxideUri, position);
    const markdown = markdownOf(found);
    expect(markdown).toMatch(/\*\*NCM811\*\* · cathode · oxide/);
    expect(markdown).toContain('LiNi0.8Co0.1Mn0.1O2');
    // Every library number carries its source (docs/language.md §5): a voltage row points at one.
    expect(markdown).toMatch(/\| voltage \| 3\.86 V[^|]*\| \[\d\] \|/);
    expect(markdown).toMatch(/\[1\] .*Back of the Battery/);
    // The range is the whole name, so the editor underlines NCM811 and not a neighbour.
    expect(found!.range).toEqual({ start: { line: position.line, character: 2 }, end: { line: position.line, character: 8 } });
  });

  it('explains the element under the cursor inside the LTG formula: titanium at +4', async () => {
    const position = at(ltgText, 'formula    Li1.75Ti2', 'Ti2(', 1);
    const found = await hoverAt(ltgUri, position);
    const markdown = markdownOf(found);
    expect(markdown).toMatch(/^\*\*Ti\*\* — Titanium · Z = 22/);
    expect(markdown).toContain('oxidation state +4');
    expect(found!.range!.end.character - found!.range!.start.character).toBe(2);
  });

  it('shows the sulfide separator Li6PS5Cl with its computed oxidation limit and its source', async () => {
    const markdown = markdownOf(await hoverAt(oxideUri, at(oxideText, 'separator  Li6PS5Cl', 'Li6PS5Cl')));
    expect(markdown).toMatch(/\*\*Li6PS5Cl\*\* · electrolyte · sulfide/);
    expect(markdown).toMatch(/window \| 1\.71–2\.01 V/);
    expect(markdown).toContain('doi:10.1021/acsami.5b07517');
  });

  it('answers null on a comment, where there is nothing to explain', async () => {
    expect(await hoverAt(oxideUri, { line: 0, character: 5 })).toBeNull();
  });
});
