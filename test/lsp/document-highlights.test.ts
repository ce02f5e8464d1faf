import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

describe('document highlights in the homogeneous LTG example', () => {
  let editor: TestEditor;
  const uri = exampleUri('homogeneous-ltg.cell');
  const text = exampleText('homogeneous-ltg.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('marks the LTG declaration as written and its use in the composite as read', async () => {
    const line = lineOf(text, 'material LTG');
    const highlights = await editor.request<DocumentHighlight[]>('textDocument/documentHighlight', {
      textDocument: { uri },
      position: { line, character: 'material L'.length },
    });
    expect(highlights.map((highlight) => [highlight.range.start.line, highlight.kind])).toEqual([
      [line, DocumentHighlightKind.Write],
      [lineOf(text, '  LTG        100 wt%'), DocumentHighlightKind.Read],
    ]);
  });
});
