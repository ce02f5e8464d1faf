import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError, type Hover } from 'vscode-languageserver/node';
import { EDITOR_MAX_CHARACTERS, MAX_FOLDING_REGIONS, MAX_OUTLINE_SYMBOLS } from '../../server/src/core/limits';
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

  it('binary junk with NULs and lone surrogates is checked while other requests are still answered', async () => {
    const next = seededRandom(7);
    const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
    const junkUri = exampleUri('junk.cell');
    editor.open(junkUri, junk);
    const junkDiagnostics = await editor.diagnosticsFor(junkUri, 1, 30_000);
    expect(junkDiagnostics.diagnostics.length).toBeGreaterThan(0);
    expect(junkDiagnostics.diagnostics.every((d) => d.code === 'syntax')).toBe(true);
    editor.close(junkUri);
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
  }, 60_000);

  it('a 10 MB document is over the editor limit: one document/too-large note, empty answers, and nothing held up', async () => {
    const huge = generateDocument(430_000, 9);
    expect(huge.length).toBeGreaterThan(EDITOR_MAX_CHARACTERS);
    const hugeUri = exampleUri('huge.cell');
    editor.open(hugeUri, huge);
    const { diagnostics } = await editor.diagnosticsFor(hugeUri, 1, 10_000);
    expect(diagnostics.map((d) => d.code)).toEqual(['document/too-large']);
    expect(diagnostics[0]!.message).toMatch(/^This file has 9\.\d million characters: .*`cellspec check`/);
    const position = { line: 3, character: 3 };
    expect(await editor.request('textDocument/hover', { textDocument: { uri: hugeUri }, position })).toBeNull();
    expect(await editor.request('textDocument/documentSymbol', { textDocument: { uri: hugeUri } })).toEqual([]);
    expect(await editor.request('textDocument/foldingRange', { textDocument: { uri: hugeUri } })).toEqual([]);
    const started = Date.now();
    expect(JSON.stringify(await hoverNcm())).toMatch(/NCM811/);
    expect(Date.now() - started).toBeLessThan(5_000);
    editor.close(hugeUri);
  }, 60_000);

  it('the outline of a 60,000-line document is its declarations alone, at most the outline limit', async () => {
    const big = generateDocument(60_000, 3);
    const bigUri = exampleUri('big-outline.cell');
    editor.open(bigUri, big);
    await editor.diagnosticsFor(bigUri, 1, 30_000);
    const symbols = await editor.request<{ children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
    expect(symbols.length).toBeGreaterThan(1000);
    expect(symbols.length).toBeLessThanOrEqual(MAX_OUTLINE_SYMBOLS);
    expect(symbols.every((symbol) => (symbol.children ?? []).length === 0)).toBe(true);
    const folds = await editor.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri: bigUri } });
    expect(folds.length).toBeLessThanOrEqual(MAX_FOLDING_REGIONS);
    editor.close(bigUri);
  }, 60_000);
});

describe('the protocol\'s rules for the end of a session and for failures', () => {
  it('refuses every request after shutdown with InvalidRequest', async () => {
    const editor = await TestEditor.start();
    const uri = exampleUri('oxide-on-sulfide.cell');
    editor.open(uri, exampleText('oxide-on-sulfide.cell'));
    await editor.diagnosticsFor(uri, 1);
    await editor.request('shutdown', undefined);
    const { error } = await settle(editor.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 4 } }));
    expect(error?.code).toBe(ErrorCodes.InvalidRequest);
    const outline = await settle(editor.request('textDocument/documentSymbol', { textDocument: { uri } }));
    expect(outline.error?.code).toBe(ErrorCodes.InvalidRequest);
    await editor.stop();
  });

  it('a document the server fails on gets an internal diagnostic; the other documents are still checked', async () => {
    const editor = await TestEditor.start({ env: { CELLSPEC_INJECT_FAULT: 'INJECTED-FAULT' } });
    const bad = exampleUri('fails.cell');
    editor.open(bad, '# INJECTED-FAULT\nmaterial A { formula "Li2S" }\n');
    const { diagnostics } = await editor.diagnosticsFor(bad, 1);
    expect(diagnostics.map((d) => d.code)).toEqual(['internal']);
    expect(diagnostics[0]!.message).toMatch(/^Cellspec could not check this file: internal error/);
    const good = exampleUri('oxide-on-sulfide.cell');
    editor.open(good, exampleText('oxide-on-sulfide.cell'));
    expect((await editor.diagnosticsFor(good, 1)).diagnostics.map((d) => d.code)).toContain('anion/mismatch');
    await editor.stop();
  });
});
