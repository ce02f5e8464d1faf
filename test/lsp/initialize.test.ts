import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/core/ide/semantic-tokens';
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

  it('announces hover, inlay hints, completion opened by a space, formatting and highlights', () => {
    const capabilities = editor.initializeResult.capabilities;
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.inlayHintProvider).toBeTruthy();
    expect(capabilities.completionProvider?.triggerCharacters).toEqual([' ']);
    expect(capabilities.documentFormattingProvider).toBe(true);
    expect(capabilities.documentHighlightProvider).toBe(true);
  });

  it("announces semantic tokens in the core's legend, with standard token types every theme colours", () => {
    const provider = editor.initializeResult.capabilities.semanticTokensProvider;
    expect(provider?.legend).toEqual({
      tokenTypes: [...SEMANTIC_TOKENS_LEGEND.tokenTypes],
      tokenModifiers: [...SEMANTIC_TOKENS_LEGEND.tokenModifiers],
    });
    expect(provider?.legend.tokenTypes).toContain('enumMember');
    expect(provider?.full).toBe(true);
    expect(provider?.range).toBe(true);
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
