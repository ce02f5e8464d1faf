/** `cellspec/status`, the numbers of VS Code's language status item (issue #17), through a real server process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { librarySize } from '../../server/src/core/ide/status';
import { exampleText, exampleUri, TestEditor } from './harness';

describe('cellspec/status', () => {
  let editor: TestEditor;
  beforeAll(async () => {
    editor = await TestEditor.start();
  });
  afterAll(async () => {
    await editor.stop();
  });

  const status = (uri: unknown) => editor.request<Record<string, unknown> | null>('cellspec/status', { uri });

  it('counts the library, the declarations and the findings of design-limits.cell', async () => {
    const uri = exampleUri('design-limits.cell');
    await editor.openAndWait(uri, exampleText('design-limits.cell'));
    expect(await status(uri)).toEqual({
      analysed: true,
      libraryMaterials: librarySize(),
      materials: 0,
      composites: 1,
      cells: 2,
      errors: 0,
      warnings: 1,
    });
    expect(librarySize()).toBeGreaterThan(50);
  });

  it('has as many errors and warnings as the diagnostics published for mistakes.cell', async () => {
    const uri = exampleUri('mistakes.cell');
    const published: PublishDiagnosticsParams = await editor.openAndWait(uri, exampleText('mistakes.cell'));
    const result = await status(uri);
    expect(result?.['errors']).toBe(published.diagnostics.filter((d) => d.severity === 1).length);
    expect(result?.['warnings']).toBe(published.diagnostics.filter((d) => d.severity === 2).length);
    expect(result?.['errors']).toBeGreaterThan(3);
  });

  it('follows the severity settings', async () => {
    const uri = exampleUri('design-limits.cell');
    const before = editor.published(uri).length;
    editor.changeSettings({ severity: { 'conduction/limited': 'error' } });
    expect((await editor.nextPublish(uri, before)).diagnostics.map((d) => d.severity)).toEqual([1]);
    expect(await status(uri)).toMatchObject({ errors: 1, warnings: 0 });
    editor.changeSettings({});
  });

  it('answers null for a document that is not open, and InvalidParams for a request without a URI', async () => {
    expect(await status(exampleUri('percolation.cell'))).toBeNull();
    await expect(editor.request('cellspec/status', { path: 'x' })).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
  });

  it('does not analyse a document over the editor size limit, and says so', async () => {
    const uri = 'untitled:huge.cell';
    await editor.openAndWait(uri, `# ${'x'.repeat(3_000_001)}\n`);
    expect(await status(uri)).toMatchObject({ analysed: false, cells: 0, errors: 0, libraryMaterials: librarySize() });
  });
});
