/**
 * A minimal LSP client for benchmarks: starts the real server bundle as an editor would
 * (`node dist/server.js --stdio`), answers its configuration requests with debounce 0, and
 * waits for the diagnostics of a given document version.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export class BenchClient {
  private readonly waiters = new Map<string, (params: PublishDiagnosticsParams) => void>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly server: ChildProcessWithoutNullStreams,
    readonly initializeResult: InitializeResult,
  ) {}

  static async start(serverBundle: string, workspaceFolder: string): Promise<BenchClient> {
    // CELLSPEC_BENCH_NODE_OPTIONS (e.g. `--cpu-prof`) profiles the server while it is measured.
    const nodeOptions = process.env['CELLSPEC_BENCH_NODE_OPTIONS']?.split(' ').filter(Boolean) ?? [];
    const server = spawn(process.execPath, [...nodeOptions, serverBundle, '--stdio'], { stdio: 'pipe' });
    server.stderr.resume();
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const settings = { validation: { debounceMs: 0 } };
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'cellspec' ? settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    let client: BenchClient | undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client?.published(params));
    connection.listen();
    const folderUri = pathToFileURL(workspaceFolder).href;
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    client = new BenchClient(connection, server, initializeResult);
    await connection.sendNotification('initialized', {});
    return client;
  }

  get pid(): number {
    return this.server.pid!;
  }

  /** Resident set size of the server process, MB (Linux /proc). */
  rssMb(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
      return kb ? Number(kb[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  /** Opens a document and resolves when its diagnostics arrive. */
  open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.diagnosticsFor(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cellspec', version, text } });
    return published;
  }

  /** Sends one change and resolves when the diagnostics of that version arrive. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const published = this.diagnosticsFor(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    const exited = new Promise<void>((resolve) => {
      if (this.server.exitCode !== null || this.server.signalCode !== null) resolve();
      else this.server.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.server.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const key = `${uri}#${version}`;
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no diagnostics for ${key} within 60 s`));
      }, 60_000);
      this.waiters.set(key, (params) => {
        clearTimeout(timer);
        resolve(params);
      });
    });
  }

  private published(params: PublishDiagnosticsParams): void {
    const key = `${params.uri}#${params.version}`;
    const waiter = this.waiters.get(key);
    if (waiter) {
      this.waiters.delete(key);
      waiter(params);
    }
  }
}
