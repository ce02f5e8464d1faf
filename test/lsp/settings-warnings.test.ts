/**
 * A bad setting is shown to the user once, as a `window/showMessage` notification: an editor that
 * does not answer `window/showMessageRequest` (or refuses it) must not take the server down, as the
 * request's unhandled rejection did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShowMessageNotification, ShowMessageRequest, type ShowMessageParams } from 'vscode-languageserver/node';
import { exampleText, exampleUri, TestEditor } from './harness';

describe('a bad setting', () => {
  let editor: TestEditor;
  const shown: ShowMessageParams[] = [];
  let requests = 0;
  beforeAll(async () => {
    editor = await TestEditor.start({ settings: { conductionLimit: -1 } });
    editor.connection.onNotification(ShowMessageNotification.type, (params) => shown.push(params));
    editor.connection.onRequest(ShowMessageRequest.type, () => {
      requests++;
      throw new Error('this editor shows no message requests');
    });
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('is shown once as a notification, and the server goes on checking with the default', async () => {
    const uri = exampleUri('design-limits.cell');
    const published = await editor.openAndWait(uri, exampleText('design-limits.cell'));
    // conduction/limited at the default 0.1 V, not at a limit of -1 V (which every cell would exceed).
    expect(published.diagnostics.map((d) => d.code)).toEqual(['conduction/limited']);
    const other = exampleUri('percolation.cell');
    await editor.openAndWait(other, exampleText('percolation.cell'));
    expect(requests).toBe(0);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.type).toBe(2);
    expect(shown[0]!.message).toMatch(/^Cellspec: cellspec settings: conductionLimit must be a number greater than 0/);
    expect(editor.exited).toBe(false);
  });
});
