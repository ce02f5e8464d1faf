import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { exampleText, exampleUri, TestEditor } from './harness';

describe('a server that keeps serving', () => {
  let editor: TestEditor;
  const uri = exampleUri('oxide-on-sulfide.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, exampleText('oxide-on-sulfide.cell'));
    await editor.diagnosticsFor(uri, 1);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('answers an unknown method with MethodNotFound', async () => {
    const error = await editor.connection.sendRequest('cellspec/noSuchThing', {}).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.MethodNotFound);
  });

  it('answers an outline request without a document with InvalidParams, then still serves the outline of BareNCM', async () => {
    const error = await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: 42 }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.InvalidParams);
    const symbols = await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect((symbols as { name: string }[]).map((symbol) => symbol.name)).toContain('BareNCM');
  });

  it('survives a message that is not JSON and answers the next request', async () => {
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    editor.writeRaw(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const symbols = await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect((symbols as { name: string }[]).map((symbol) => symbol.name)).toEqual(['BareNCM', 'CoatedNCM', 'BareNCMCell']);
    expect(editor.exited).toBe(false);
  });

  it('answers requests about a document it was never sent with an empty result', async () => {
    const symbols = await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: exampleUri('not-open.cell') } });
    expect(symbols).toEqual([]);
  });
});
