/**
 * Cellspec in VS Code for the Web (package.json `browser`, dist/web/extension.js): the same
 * language server in a web worker (dist/web/server.js, server/src/web/main.ts), spoken to with
 * vscode-languageclient/browser, and everything else as on the desktop (activate.ts). The server
 * has no disk: it asks this client for the files the editor does not have open (read-file.ts).
 */
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { LIBRARY_SCHEME } from '../../../server/src/lsp/protocol';
import { clientOptions, startClient, type CellspecApi } from '../activate';
import { answerFileReads } from '../read-file';
import { workspaceUriConverters } from './uris';

export type { CellspecApi } from '../activate';
export { deactivate } from '../activate';

/** A web worker (the repository's TypeScript has no DOM library). */
interface Worker {
  terminate(): void;
}
declare const Worker: new (url: string) => Worker & ConstructorParameters<typeof BrowserMessageReader>[0];
declare const Blob: new (parts: string[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

export function activate(context: vscode.ExtensionContext): CellspecApi {
  const output = vscode.window.createOutputChannel('Cellspec');
  context.subscriptions.push(output);
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  const options = clientOptions(output, documentSelector(), { uriConverters: workspaceUriConverters() });
  const client = new WorkerLanguageClient('cellspec', 'Cellspec', options, () => startWorker(server));
  context.subscriptions.push(answerFileReads(client));
  return startClient(context, client, output);
}

/**
 * Cellspec documents on the file systems VS Code for the Web puts workspaces on (and whatever the
 * open folders are on), and unsaved ones; not the built-in library's read-only documents
 * (`cellspec-library:`), which the server serves rather than checks.
 */
function documentSelector(): { language: string; scheme: string }[] {
  const schemes = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  schemes.delete(LIBRARY_SCHEME);
  return [...schemes].map((scheme) => ({ language: 'cellspec', scheme }));
}

/**
 * vscode-languageclient/browser's client, with a new worker each time it starts, so that
 * `Cellspec: Restart Language Server` (stop, then start) gets a fresh server.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;

  constructor(id: string, name: string, options: LanguageClientOptions, private readonly createWorker: () => Promise<Worker & ConstructorParameters<typeof BrowserMessageReader>[0]>) {
    super(id, name, options);
  }

  protected override async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = await this.createWorker();
    this.worker = worker;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}

/**
 * The server's worker. VS Code refuses `new Worker` on a `vscode-remote:` script (an extension
 * installed on a remote server, as in code-server: "Creating workers from remote extensions is
 * currently not supported"), so such a script is read through the workspace file system and
 * started from a blob: URL; any other (vscode.dev's https:) is started from its own URL.
 */
async function startWorker(script: vscode.Uri): Promise<Worker & ConstructorParameters<typeof BrowserMessageReader>[0]> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const code = new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
}
