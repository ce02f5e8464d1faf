import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError, type Hover } from 'vscode-languageserver/node';
import { generateDocument } from '../../scripts/bench/generate-document';
import { seededRandom } from '../../scripts/lib/random';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

/** A request that may fail: its result, or the error the server answered with. */
async function settle<R>(request: Promise<R>): Promise<{ result?: R; error?: ResponseError<unknown> }> {
  try {
    return { result: await request };
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseError);
    return { error: error as ResponseError<unknown> };
  }
}

describe('a language server that bad requests and hostile documents do not take down', () => {
  let editor: TestEditor;
  const uri = exampleUri('oxide-on-sulfide.cell');
  const text = exampleText('oxide-on-sulfide.cell');
  const ncmLine = lineOf(text, '  NCM811     70 wt%');
  const hoverNcm = () => editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: ncmLine, character: 4 } });

  beforeAll(async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
    await editor.diagnosticsFor(uri, 1);
  });
  afterAll(async () => {
    await editor.stop();
  });

  it('a hover past the end of the document, or at a negative position, answers nothing; hover still works after', async () => {
    for (const position of [{ line: 100_000, character: 5 }, { line: 2, character: 100_000 }, { line: -1, character: -7 }]) {
      const { result } = await settle(editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
      expect(result ?? null).toBeNull();
    }
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
  });

  it('requests about a document that was never opened get empty answers, not errors', async () => {
    const other = { uri: exampleUri('never-opened.cell') };
    const position = { line: 0, character: 0 };
    expect(await editor.request('textDocument/hover', { textDocument: other, position })).toBeNull();
    expect(await editor.request('textDocument/inlayHint', { textDocument: other, range: { start: position, end: { line: 9, character: 0 } } })).toEqual([]);
    expect(await editor.request('textDocument/formatting', { textDocument: other, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    const completion = await editor.request<unknown>('textDocument/completion', { textDocument: other, position });
    expect(completion === null || (Array.isArray(completion) && completion.length === 0) || (completion as { items: unknown[] }).items.length === 0).toBe(true);
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
  });

  it('malformed parameters are answered with an error or nothing, and the other features keep working', async () => {
    const malformed: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position: 'top' }],
      ['textDocument/completion', 'not an object'],
      ['textDocument/inlayHint', { textDocument: { uri }, range: null }],
      ['textDocument/semanticTokens/full', { textDocument: { uri: 17 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null }],
    ];
    for (const [method, params] of malformed) await settle(editor.request(method, params));
    expect(editor.exited).toBe(false);
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
  });

  it('an edit whose range lies past the end of the document is applied as the protocol says (clamped) and checked', async () => {
    const scratch = exampleUri('scratch-edits.cell');
    editor.open(scratch, text);
    await editor.diagnosticsFor(scratch, 1);
    editor.change(scratch, 2, [{ range: { start: { line: 5000, character: 0 }, end: { line: 6000, character: 3 } }, text: '\nmaterial Late {\n  formula Li2S\n}\n' }]);
    const published = await editor.diagnosticsFor(scratch, 2);
    expect(published.diagnostics.map((d) => d.code)).toContain('anion/mismatch');
    editor.change(scratch, 3, [{ range: { start: { line: 3, character: 40 }, end: { line: 1, character: 0 } }, text: '' }]);
    await editor.diagnosticsFor(scratch, 3);
    expect(editor.exited).toBe(false);
  });

  it('binary junk with NULs and lone surrogates, and a 10 MB document, are checked while other requests are still answered', async () => {
    const next = seededRandom(7);
    const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
    const junkUri = exampleUri('junk.cell');
    editor.open(junkUri, junk);
    const junkDiagnostics = await editor.diagnosticsFor(junkUri, 1, 30_000);
    expect(junkDiagnostics.diagnostics.length).toBeGreaterThan(0);
    expect(junkDiagnostics.diagnostics.every((d) => d.code === 'syntax')).toBe(true);

    const huge = generateDocument(430_000, 9);
    const hugeUri = exampleUri('huge.cell');
    const started = Date.now();
    editor.open(hugeUri, huge);
    const hugeDiagnostics = await editor.diagnosticsFor(hugeUri, 1, 90_000);
    expect(hugeDiagnostics.diagnostics.length).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(90_000);
    editor.close(hugeUri);
    editor.close(junkUri);
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
  }, 120_000);
});
