/**
 * The language server through a real process, as an editor sees it: cold start to the first
 * diagnostics, didChange → publishDiagnostics while typing, hover and completion, and the
 * server's resident memory with a large document open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver/node';
import { generateDocument } from './generate-document';
import { startBenchServer, type LspEditor } from '../lib/lsp-editor';
import { median, nowMs, percentile } from './stats';


export interface TypingLatency {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly hoverP95Ms: number | null;
  readonly completionP95Ms: number | null;
  readonly rssMb: number | null;
}

function workspace(): { folder: string; uri: (name: string) => string; cleanup: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-bench-'));
  return { folder, uri: (name) => pathToFileURL(path.join(folder, name)).href, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Process spawn → initialize → didOpen of a small file → its diagnostics, median of `runs`. */
export async function coldStartMs(serverBundle: string, text: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { folder, uri, cleanup } = workspace();
    const start = nowMs();
    const client = await startBenchServer(serverBundle, folder);
    await client.openAndWait(uri('first.cell'), text);
    times.push(nowMs() - start);
    await client.stop();
    cleanup();
  }
  return median(times);
}

/** Where the lines of a text start (offsets), for LSP positions. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function linesMatching(text: string, pattern: RegExp): number[] {
  return text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index] : []));
}

/** The editor's settings as VS Code sends them untouched: no debounce set, so the server adapts it. */
export const DEFAULT_EDITOR_SETTINGS: Record<string, unknown> = { validation: { debounceMs: null } };

/**
 * Opens a generated document of `lines` lines, then types: each edit rewrites the number of one
 * `capacity` line somewhere in the file (spread through it) and waits for that version's
 * diagnostics (40 untimed edits first). Hover and completion are timed when the server offers them.
 */
export async function typingLatency(serverBundle: string, lines: number, edits: number, settings?: Record<string, unknown>): Promise<TypingLatency> {
  const { folder, uri: uriOf, cleanup } = workspace();
  const client = await startBenchServer(serverBundle, folder, settings);
  const uri = uriOf('typing.cell');
  const text = generateDocument(lines);
  await client.openAndWait(uri, text);
  const capacityLines = linesMatching(text, /^\s*capacity\s/);
  const starts = lineStarts(text);
  const lineText = (line: number): string => text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1);
  // A language server runs for hours; the first edits of a fresh process run before the JIT
  // has compiled the checker. 40 untimed edits let it, as a few minutes of use would.
  const warmUp = 40;
  const latencies: number[] = [];
  let version = 1;
  for (let i = 0; i < warmUp + edits; i++) {
    const line = capacityLines[(i * 7919) % capacityLines.length]!;
    const current = lineText(line);
    const valueStart = current.search(/\d/);
    const change = {
      range: { start: { line, character: valueStart }, end: { line, character: current.length } },
      text: `${150 + (i % 90)} mAh/g`,
    };
    version++;
    const start = nowMs();
    await client.changeAndWait(uri, version, [change]);
    if (i >= warmUp) latencies.push(nowMs() - start);
  }

  const capabilities = client.initializeResult.capabilities;
  const componentLines = linesMatching(text, /^ {2}Cathode\d+\s/);
  const roleLines = linesMatching(text, /^\s*role\s/);
  const hoverP95Ms = capabilities.hoverProvider
    ? await timeRequests(client, 'textDocument/hover', componentLines, (line) => ({ line, character: 4 }), uri)
    : null;
  const completionP95Ms = capabilities.completionProvider
    ? await timeRequests(client, 'textDocument/completion', roleLines, (line) => ({ line, character: lineText(line).indexOf('cathode') + 1 }), uri)
    : null;
  const rssMb = client.rssMb();
  await client.stop();
  cleanup();
  return { p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), hoverP95Ms, completionP95Ms, rssMb };
}

async function timeRequests(client: LspEditor, method: string, lines: readonly number[], at: (line: number) => Position, uri: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const line = lines[(i * 7919) % lines.length]!;
    const start = nowMs();
    await client.connection.sendRequest(method, { textDocument: { uri }, position: at(line) });
    if (i >= 10) times.push(nowMs() - start);
  }
  return percentile(times, 95);
}

/** RSS of a server with one document of `lines` lines open and checked (and re-checked once). */
export async function residentMemoryMb(serverBundle: string, lines: number): Promise<number | null> {
  const { folder, uri: uriOf, cleanup } = workspace();
  const client = await startBenchServer(serverBundle, folder);
  const uri = uriOf('memory.cell');
  const text = generateDocument(lines);
  await client.openAndWait(uri, text);
  await client.changeAndWait(uri, 2, [{ text: `${text}\n# edited\n` }]);
  const rss = client.rssMb();
  await client.stop();
  cleanup();
  return rss;
}
