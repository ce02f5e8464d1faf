import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TestEditor } from './harness';

const uri = 'file:///tmp/cellspec-completion/typing.cell';

/** The document as it stands after each keystroke scenario; `▮` marks the cursor. */
function split(withCursor: string): { text: string; position: Position } {
  const offset = withCursor.indexOf('▮');
  const before = withCursor.slice(0, offset).split('\n');
  return { text: withCursor.replace('▮', ''), position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

describe('completion while typing', () => {
  let editor: TestEditor;
  let version = 1;
  beforeAll(async () => {
    // A long debounce: the check of the typed text has not run when completion is asked, as in
    // an editor where the list opens the moment the space is typed.
    editor = await TestEditor.start({ settings: { validation: { debounceMs: 10_000 } } });
    editor.open(uri, '');
  });
  afterAll(async () => {
    await editor.stop();
  });

  /** Replaces the whole document (a new version) and asks for completion at the cursor, as the editor does after a space or on Ctrl+Space. */
  const completeAt = async (withCursor: string, how: 'space typed' | 'invoked' = 'space typed'): Promise<CompletionItem[]> => {
    const { text, position } = split(withCursor);
    version++;
    editor.change(uri, version, [{ text }]);
    const list = await editor.request<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position,
      context:
        how === 'space typed'
          ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' }
          : { triggerKind: CompletionTriggerKind.Invoked },
    });
    expect(list).not.toBeNull();
    return list!.items;
  };

  it('announces the space as a trigger, where the next word of a line opens', () => {
    expect(editor.initializeResult.capabilities.completionProvider?.triggerCharacters).toContain(' ');
  });

  it('offers electrolytes after `separator `, the argyrodite Li6PS5Cl among them, and no cathode', async () => {
    const items = await completeAt('cell Draft {\n  anode      LiIn       thickness 40 um\n  separator ▮\n}\n');
    const labels = items.map((item) => item.label);
    expect(labels).toContain('Li6PS5Cl');
    expect(labels).toContain('Li3InCl6');
    expect(labels).not.toContain('NCM811');
    expect(labels).not.toContain('LiCoO2');
    const argyrodite = items.find((item) => item.label === 'Li6PS5Cl')!;
    expect(argyrodite.kind).toBe(CompletionItemKind.Class);
    expect(argyrodite.detail).toMatch(/electrolyte · sulfide/);
    expect((argyrodite.textEdit as TextEdit).range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 12 } });
  });

  it('completes against the current text: a composite declared a keystroke ago is a cathode choice', async () => {
    const items = await completeAt(
      'composite JustTyped {\n  NCM811     70 wt%  coated LiNbO3\n  Li6PS5Cl   30 wt%\n}\n\ncell Draft {\n  cathode ▮\n}\n',
    );
    expect(items.map((item) => item.label)).toContain('JustTyped');
  });

  it('offers the voltage units after a number, replacing the unit being typed', async () => {
    const items = await completeAt('material Cathode {\n  voltage    3.7 ▮\n}\n');
    expect(items.map((item) => item.label)).toEqual(['V', 'mV']);
    expect(items.every((item) => item.kind === CompletionItemKind.Unit)).toBe(true);
    const typed = await completeAt('material Cathode {\n  ionic      0.22 mS▮\n}\n', 'invoked');
    const milli = typed.find((item) => item.label === 'mS/cm')!;
    expect(milli.textEdit).toEqual({ range: { start: { line: 1, character: 18 }, end: { line: 1, character: 20 } }, newText: 'mS/cm' });
  });

  it('offers block snippets at the top level, as snippets the editor expands', async () => {
    const items = await completeAt('▮', 'invoked');
    const cell = items.find((item) => item.label === 'cell' && item.kind === CompletionItemKind.Snippet)!;
    expect(cell.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(cell.detail).toBe('Cell stack');
    expect((cell.textEdit as TextEdit).newText).toMatch(/^cell \$\{1:Cell\} \{\n  anode/);
    expect(items.find((item) => item.label === 'material')?.kind).toBe(CompletionItemKind.Keyword);
  });

  it('opens no list for a space typed in the indent of a line, but lists the unused keys when asked there', async () => {
    expect(await completeAt('material Cathode {\n  formula    LiCoO2\n ▮\n}\n')).toEqual([]);
    const asked = (await completeAt('material Cathode {\n  formula    LiCoO2\n ▮\n}\n', 'invoked')).map((item) => item.label);
    expect(asked).toContain('voltage');
    expect(asked).not.toContain('formula');
  });
});
