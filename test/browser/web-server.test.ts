/**
 * The language server in a web worker (server/src/web, VS Code for the Web's way of running one):
 * the bundle is built as scripts/build.mjs builds it, loaded into a Worker in headless Chromium,
 * and spoken to in real LSP messages over postMessage, as vscode-languageclient/browser does. It
 * answers on the same core as `cellspec lsp`: diagnostics, hover, completion, inlay hints, the
 * status request, imports between open documents. There is no disk: the worker asks the page for
 * the files it does not have open (`cellspec/readFile`, as the VS Code for the Web client answers
 * it), and what the page does not have is `ref/import`, as on desktop. No request leaves the page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWebServer } from '../../scripts/lib/web-bundle.mjs';
import { exampleText } from '../lsp/harness';
import { useChromium } from './chromium';
const ORIGIN = 'http://cellspec.invalid';

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: any;
  readonly result?: any;
  readonly error?: { code: number; message: string };
}

/**
 * The page's side of the conversation: a Worker from the bundle, every message kept, the server's
 * requests answered as VS Code would; `cellspec/readFile` from `window.files` (URI → answer).
 */
const CLIENT = `
  window.received = [];
  window.workerErrors = [];
  window.files = {};
  window.startServer = (code) => {
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    worker.onerror = (event) => window.workerErrors.push(String(event.message));
    worker.onmessage = (event) => {
      const message = event.data;
      window.received.push(message);
      if (message.method && message.id !== undefined) {
        const result =
          message.method === 'workspace/configuration' ? message.params.items.map(() => ({ validation: { debounceMs: 0 } }))
          : message.method === 'cellspec/readFile' ? (window.files[message.params.uri] ?? null)
          : null;
        worker.postMessage({ jsonrpc: '2.0', id: message.id, result });
      }
    };
    window.send = (message) => worker.postMessage(message);
  };
`;

class WorkerEditor {
  private nextId = 1;
  constructor(readonly page: Page) {}

  send(message: Omit<Message, 'jsonrpc'>): Promise<void> {
    return this.page.evaluate((m) => (globalThis as any).send(m), { jsonrpc: '2.0', ...message });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.send({ method, params });
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    const id = this.nextId++;
    await this.send({ id, method, params });
    const response = await this.waitFor(`the answer to ${method}`, (m) => m.id === id && m.method === undefined);
    if (response.error) throw new Error(`${method}: ${response.error.message}`);
    return response.result as R;
  }

  /** The first message received so far (or within the deadline) that matches. */
  async waitFor(what: string, match: (message: Message) => boolean, timeoutMs = 20_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const received = (await this.page.evaluate(() => (globalThis as any).received)) as Message[];
      const found = received.find(match);
      if (found) return found;
      const errors = (await this.page.evaluate(() => (globalThis as any).workerErrors)) as string[];
      if (errors.length) throw new Error(`the worker failed: ${errors.join('; ')}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** What `cellspec/readFile` answers from now on (a file's text, or the client's other answers). */
  setFiles(files: Record<string, unknown>): Promise<void> {
    return this.page.evaluate((f) => Object.assign((globalThis as any).files, f), files);
  }

  /** The URIs the worker asked the page to read, in order. */
  async readsAsked(): Promise<string[]> {
    const received = (await this.page.evaluate(() => (globalThis as any).received)) as Message[];
    return received.filter((m) => m.method === 'cellspec/readFile').map((m) => m.params.uri as string);
  }

  diagnostics(uri: string): Promise<Message> {
    return this.waitFor(`diagnostics of ${uri}`, (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  }
}

describe('the language server in a web worker, in headless Chromium', () => {
  const browser = useChromium();
  let page: Page;
  let editor: WorkerEditor;
  let scratch: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'cellspec-web-'));
    const bundle = path.join(scratch, 'server.js');
    await buildWebServer({ outfile: bundle });
    page = await browser().newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><title>worker</title><script>${CLIENT}</script>` });
      requests.push(url);
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate((code) => (globalThis as any).startServer(code), readFileSync(bundle, 'utf8'));
    editor = new WorkerEditor(page);
  }, 90_000);

  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('initialises and says what it serves', async () => {
    const result = await editor.request<{ serverInfo: { name: string }; capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: 'file:///ws',
      workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    expect(result.serverInfo.name).toBe('cellspec-language-server');
    for (const capability of ['hoverProvider', 'completionProvider', 'inlayHintProvider', 'codeActionProvider', 'documentFormattingProvider', 'codeLensProvider']) {
      expect(result.capabilities[capability], capability).toBeTruthy();
    }
    await editor.notify('initialized', {});
  });

  it('checks a document as cellspec check does: the bare NCM811 in the argyrodite', async () => {
    const uri = 'file:///ws/oxide-on-sulfide.cell';
    await editor.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version: 1, text: exampleText('oxide-on-sulfide.cell') } });
    const published = await editor.diagnostics(uri);
    const codes = (published.params.diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes).toEqual(['anion/mismatch', 'window/oxidation', 'anion/mismatch', 'window/oxidation']);
  });

  it('answers hover, completion, inlay hints, code actions and the status request on the same core', async () => {
    const uri = 'file:///ws/oxide-on-sulfide.cell';
    const lines = exampleText('oxide-on-sulfide.cell').split('\n');
    const ncmLine = lines.findIndex((line) => line.startsWith('  NCM811     70 wt%'));
    const hover = await editor.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: ncmLine, character: 4 } });
    expect(hover.contents.value).toMatch(/\*\*NCM811\*\* · cathode · oxide/);
    const keyword = await editor.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: ncmLine - 1, character: 2 } });
    // No file beside the worker's bundle: the pointer names the file in the package.
    expect(keyword.contents.value).toContain('Language reference: §2 Declarations of docs/language.md in the Cellspec package');

    const separatorLine = lines.findIndex((line) => line.startsWith('  separator'));
    const completion = await editor.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: separatorLine, character: '  separator  '.length },
    });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
    expect(labels).toContain('Li3InCl6');

    const hints = await editor.request<{ label: string }[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
    expect(hints.map((hint) => hint.label)).toContain('2.05 mAh/cm² · ? Wh/kg');

    const [mismatch] = (await editor.diagnostics(uri)).params.diagnostics;
    const actions = await editor.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
    // The fix is built from the diagnostic's data, which crossed postMessage twice (spans and all).
    expect(actions.map((action) => action.title)).toContain('Coat NCM811 with LiNbO3');

    expect(await editor.request('cellspec/status', { uri })).toMatchObject({ analysed: true, composites: 2, cells: 1, errors: 0, warnings: 4 });
  });

  it('resolves an import against a document the editor has open, and calls one it has not ref/import', async () => {
    const library = 'file:///ws/lib/materials.cell';
    await editor.notify('textDocument/didOpen', {
      textDocument: { uri: library, languageId: 'cellspec', version: 1, text: 'material MyCatholyte {\n  formula Li6PS5Cl\n  role electrolyte\n}\n' },
    });
    const uri = 'file:///ws/uses.cell';
    const text = 'import "lib/materials.cell"\nimport "not-open.cell"\n\ncomposite C {\n  NCM811 70 wt%  coated LiNbO3\n  MyCatholyte 30 wt%\n}\n';
    await editor.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version: 1, text } });
    const diagnostics = (await editor.diagnostics(uri)).params.diagnostics as { code: string; range: { start: { line: number } } }[];
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['ref/import', 1]]);
  });

  it('reads an import it does not have open through the client, imports of imports too, as the desktop server reads the disk', async () => {
    await editor.setFiles({
      'file:///ws/shared/materials.cell': { kind: 'text', text: '\uFEFFimport "catholyte.cell"\n\n' + exampleText('imports/materials.cell') },
      'file:///ws/shared/catholyte.cell': { kind: 'text', text: 'material MyArgyrodite {\n  formula Li6PS5Cl\n  role electrolyte\n}\n' },
    });
    const uri = 'file:///ws/sulfide-cell.cell';
    const text = exampleText('imports/sulfide-cell.cell').replace('import "materials.cell"', 'import "shared/materials.cell"').replace('  Li6PS5Cl   30 vol%', '  MyArgyrodite 30 vol%');
    await editor.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version: 1, text } });
    // Published once, when the imports are in: not first with a ref/import that the reads then take back.
    const published = await editor.diagnostics(uri);
    expect(published.params.diagnostics).toEqual([]);
    expect(await editor.readsAsked()).toEqual(expect.arrayContaining(['file:///ws/shared/materials.cell', 'file:///ws/shared/catholyte.cell', 'file:///ws/cellspec.json']));

    // The imported material answers hovers and go-to-definition in the file the client sent.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('  LiTiFeS'));
    const hover = await editor.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
    expect(hover.contents.value).toContain('LiTiFeS');
    const definition = await editor.request<{ uri: string; range: { start: { line: number } } } | { uri: string }[]>('textDocument/definition', { textDocument: { uri }, position: { line, character: 4 } });
    const target = Array.isArray(definition) ? definition[0] : definition;
    expect(target).toMatchObject({ uri: 'file:///ws/shared/materials.cell', range: { start: { line: 4 } } });
  });

  it('reports what the client cannot read as the desktop server does: ref/import on the import line', async () => {
    await editor.setFiles({
      'file:///ws/huge.cell': { kind: 'too-large', size: 20 * 1024 * 1024 },
      'file:///ws/folder.cell': { kind: 'unreadable', reason: 'a folder' },
      'file:///ws/odd.cell': { text: 'not the shape of an answer' },
    });
    const uri = 'file:///ws/unreadable-imports.cell';
    const text = 'import "huge.cell"\nimport "folder.cell"\nimport "gone.cell"\nimport "odd.cell"\n';
    await editor.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version: 1, text } });
    const diagnostics = (await editor.diagnostics(uri)).params.diagnostics as { code: string; message: string; range: { start: { line: number } } }[];
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['ref/import', 0], ['ref/import', 1], ['ref/import', 2], ['ref/import', 3]]);
    expect(diagnostics[0]!.message).toContain('larger than 5 MB');
    expect(diagnostics[1]!.message).toContain('cannot read `folder.cell`');
    expect(diagnostics[2]!.message).toContain('cannot find `gone.cell`');
    expect(diagnostics[3]!.message).toContain('cannot read `odd.cell`');
  });

  it('reads a file again once the client says it changed, and re-checks its importers', async () => {
    const uri = 'file:///ws/unreadable-imports.cell';
    await editor.setFiles({ 'file:///ws/gone.cell': { kind: 'text', text: 'material Back {\n  formula Li6PS5Cl\n  role electrolyte\n}\n' } });
    const before = (await editor.page.evaluate(() => (globalThis as any).received.length)) as number;
    await editor.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///ws/gone.cell', type: 1 }] });
    const republished = await editor.waitFor('the re-check', (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length === 3);
    expect(republished.params.diagnostics.map((d: { range: { start: { line: number } } }) => d.range.start.line)).toEqual([0, 1, 3]);
    expect(before).toBeGreaterThan(0);
  });

  it('shuts down cleanly, having made no request and raised no error', async () => {
    expect(await editor.request('shutdown', null)).toBeNull();
    await editor.notify('exit', null);
    expect(requests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as any).workerErrors)).toEqual([]);
  });
});
