import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import { CLI, exampleText, exampleUri, TestEditor } from './harness';

describe('initialize', () => {
  let editor: TestEditor;
  beforeAll(async () => {
    editor = await TestEditor.start();
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('announces incremental sync, so an editor sends only the characters a chemist changed', () => {
    const sync = editor.initializeResult.capabilities.textDocumentSync;
    expect(typeof sync === 'object' && sync.change).toBe(TextDocumentSyncKind.Incremental);
    expect(typeof sync === 'object' && sync.openClose).toBe(true);
  });

  it('announces the outline and folding of material, composite and cell blocks', () => {
    expect(editor.initializeResult.capabilities.documentSymbolProvider).toBeTruthy();
    expect(editor.initializeResult.capabilities.foldingRangeProvider).toBe(true);
  });

  it('follows workspace folders, since imports never reach outside their root', () => {
    expect(editor.initializeResult.capabilities.workspace?.workspaceFolders?.supported).toBe(true);
    expect(editor.initializeResult.serverInfo?.name).toBe('cellspec-language-server');
  });
});

describe('cellspec lsp --stdio', () => {
  it('is the same server, for editors other than VS Code: it checks mistakes.cell', async () => {
    const editor = await TestEditor.start({ serverArgs: [CLI, 'lsp', '--stdio'] });
    try {
      expect(editor.initializeResult.serverInfo?.name).toBe('cellspec-language-server');
      editor.open(exampleUri('mistakes.cell'), exampleText('mistakes.cell'));
      const { diagnostics } = await editor.diagnosticsFor(exampleUri('mistakes.cell'), 1);
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('formula/element');
    } finally {
      await editor.stop();
    }
  });
});
