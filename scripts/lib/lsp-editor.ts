/**
 * A scripted editor over JSON-RPC, the one LSP client of the protocol tests (test/lsp) and the
 * benchmarks (scripts/bench): spawns a server (by default the extension's bundle,
 * `node dist/server.js --stdio`), initialises like VS Code (workspace folders, pulled
 * configuration), records every publishDiagnostics and waits for what it needs with a deadline
 * instead of sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  InlayHintRefreshRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type InitializeResult,
  type MarkupKind,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { SERVER_EXEC_ARGV } from '../../client/src/server-process';

/** The repository, for the defaults (the extension's bundle, the examples); only the tests rely on them, the benchmarks pass both. */
const root = (): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Capabilities VS Code 1.100 announces for the features Cellspec serves. */
const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    inlayHint: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: {
      completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true },
      contextSupport: true,
    },
    inlayHint: { dynamicRegistration: true },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: ['keyword', 'property', 'type', 'class', 'variable', 'number', 'operator', 'enumMember', 'string', 'comment'],
      tokenModifiers: ['declaration', 'defaultLibrary'],
      formats: ['relative'],
    },
    formatting: { dynamicRegistration: true },
    documentHighlight: { dynamicRegistration: true },
  },
  window: { workDoneProgress: true },
};

/** VS Code's capabilities, less what a test's editor lacks. */
function capabilitiesFor(options: StartOptions): ClientCapabilities {
  const workspace = options.inlayHintRefresh === false ? { ...CLIENT_CAPABILITIES.workspace, inlayHint: { refreshSupport: false } } : CLIENT_CAPABILITIES.workspace;
  const textDocument = options.hoverFormats
    ? { ...CLIENT_CAPABILITIES.textDocument, hover: { contentFormat: [...options.hoverFormats] as MarkupKind[] } }
    : CLIENT_CAPABILITIES.textDocument;
  return { ...CLIENT_CAPABILITIES, workspace, textDocument };
}

export interface StartOptions {
  /** The `cellspec` settings section the server pulls (debounce 0 unless a test wants one). */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolder?: string;
  /** The server's arguments after `node`; by default the extension's bundle over stdio. */
  readonly serverArgs?: readonly string[];
  /** False for an editor that cannot be asked to refresh its inlay hints (VS Code can). */
  readonly inlayHintRefresh?: boolean;
  /** Extra environment variables for the server process (fault injection). */
  readonly env?: Readonly<Record<string, string>>;
  /** What the server is told the client is called. */
  readonly clientName?: string;
  /** The `initializationOptions` of the initialize request (protocol.ts). */
  readonly initializationOptions?: unknown;
  /** The hover formats the client renders (VS Code's by default: markdown, then plain text). */
  readonly hoverFormats?: readonly string[];
}

export class LspEditor {
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private inlayHintRefreshes = 0;
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly server: ChildProcessWithoutNullStreams,
    readonly initializeResult: InitializeResult,
    /** The `cellspec` section the server pulls; changeSettings replaces its contents. */
    private readonly settings: Record<string, unknown>,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspEditor> {
    const server = spawn(process.execPath, [...(options.serverArgs ?? [...SERVER_EXEC_ARGV, path.join(root(), 'dist/server.js'), '--stdio'])], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const settings: Record<string, unknown> = { validation: { debounceMs: 0 }, ...options.settings };
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'cellspec' ? settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    const pendingDiagnostics: PublishDiagnosticsParams[] = [];
    let editor: LspEditor | undefined;
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      editor?.recordInlayHintRefresh();
      return null;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (editor) editor.record(params);
      else pendingDiagnostics.push(params);
    });
    connection.listen();

    const folder = options.workspaceFolder ?? path.join(root(), 'examples');
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
      capabilities: capabilitiesFor(options),
      clientInfo: { name: options.clientName ?? 'cellspec-protocol-tests' },
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification('initialized', {});
    editor = new LspEditor(connection, server, initializeResult, settings);
    server.stderr.on('data', (chunk: Buffer) => (editor!.stderr += chunk.toString()));
    for (const params of pendingDiagnostics) editor.record(params);
    return editor;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  get pid(): number {
    return this.server.pid!;
  }

  /** Resident set size of the server process, MB (Linux /proc), for the benchmarks; null elsewhere. */
  rssMb(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
      return kb ? Number(kb[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  get exited(): boolean {
    return this.server.exitCode !== null || this.server.signalCode !== null;
  }

  /** Every publishDiagnostics received for a URI so far, oldest first. */
  published(uri: string): readonly PublishDiagnosticsParams[] {
    return this.diagnostics.filter((params) => params.uri === uri);
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Opens a document and resolves with the diagnostics of that version (the benchmarks' keystroke-to-squiggle). */
  openAndWait(uri: string, text: string, version = 1, timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
    this.open(uri, text, version);
    return this.diagnosticsFor(uri, version, timeoutMs);
  }

  /** Sends one change and resolves with the diagnostics of that version. */
  changeAndWait(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[], timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
    this.change(uri, version, contentChanges);
    return this.diagnosticsFor(uri, version, timeoutMs);
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces the `cellspec` settings and tells the server, as VS Code does when a user edits them. */
  changeSettings(settings: Record<string, unknown>): void {
    for (const key of Object.keys(this.settings)) delete this.settings[key];
    Object.assign(this.settings, { validation: { debounceMs: 0 } }, settings);
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** How many `workspace/inlayHint/refresh` requests the server has sent so far. */
  get inlayHintRefreshCount(): number {
    return this.inlayHintRefreshes;
  }

  /** Resolves once the server has asked for more than `count` inlay hint refreshes. */
  inlayHintRefreshAfter(count: number, timeoutMs = 10_000): Promise<number> {
    return this.waitFor(`inlay hint refresh #${count + 1}`, timeoutMs, () => (this.inlayHintRefreshes > count ? this.inlayHintRefreshes : undefined));
  }

  /** Sends a request and returns its result typed as the test expects. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri} version ${version}`, timeoutMs, () =>
      this.diagnostics.find((params) => params.uri === uri && params.version === version),
    );
  }

  /** The first publish for a URI after `count` earlier ones (e.g. the clearing publish after close). */
  nextPublish(uri: string, count: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`publish #${count + 1} for ${uri}`, timeoutMs, () => this.published(uri)[count]);
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
      } catch {
        // The server is already gone; nothing to shut down.
      }
    }
    this.connection.dispose();
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.server.once('exit', () => resolve()));
      const timer = setTimeout(() => this.server.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    }
  }

  /** Writes raw bytes to the server's input, for tests of malformed traffic. */
  writeRaw(bytes: string): void {
    this.server.stdin.write(bytes);
  }

  private recordInlayHintRefresh(): void {
    this.inlayHintRefreshes++;
    for (const waiter of [...this.waiters]) waiter();
  }

  private record(params: PublishDiagnosticsParams): void {
    this.diagnostics.push(params);
    for (const waiter of [...this.waiters]) waiter();
  }

  private waitFor<T>(what: string, timeoutMs: number, find: () => T | undefined): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const result = find();
        if (result === undefined) return;
        cleanup();
        resolve(result);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr:\n${this.stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }
}

/** A server bundle as the benchmarks start it, with the extension's Node options; CELLSPEC_BENCH_NODE_OPTIONS (e.g. `--cpu-prof`) profiles it while it is measured. */
export function startBenchServer(serverBundle: string, folder: string, settings?: Record<string, unknown>): Promise<LspEditor> {
  const nodeOptions = process.env['CELLSPEC_BENCH_NODE_OPTIONS']?.split(' ').filter(Boolean) ?? [];
  return LspEditor.start({ serverArgs: [...SERVER_EXEC_ARGV, ...nodeOptions, serverBundle, '--stdio'], workspaceFolder: folder, clientName: 'cellspec-bench', ...(settings ? { settings } : {}) });
}
