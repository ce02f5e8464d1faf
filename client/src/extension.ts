/**
 * The VS Code side of Cellspec: starts the language server (dist/server.js) and adds what LSP
 * has no word for — the built-in library's read-only documents and the report webview.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LIBRARY_SCHEME, OPEN_REFERENCE_COMMAND, type InitializationOptions } from '../../server/src/lsp/protocol';
import { libraryDocumentProvider } from './library-documents';
import { registerReferenceCommand } from './reference';
import { registerReportCommand } from './report';
import { registerLanguageStatus } from './status';
import { registerWalkthroughCommands } from './walkthrough';

/** What `activate` returns: tests await `started` before asking for diagnostics. */
export interface CellspecApi {
  readonly client: LanguageClient;
  /** Settles when the language server has initialised (rejects if it could not start). */
  readonly started: Promise<void>;
  /** The `{}` status entry of Cellspec files (status.ts). */
  readonly languageStatus: vscode.LanguageStatusItem;
}

export function activate(context: vscode.ExtensionContext): CellspecApi {
  const output = vscode.window.createOutputChannel('Cellspec');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'cellspec', scheme: 'file' },
      { language: 'cellspec', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'cellspec',
      // Imported files and the CLI's settings file change what an open document reports.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.cell'),
        vscode.workspace.createFileSystemWatcher('**/cellspec.json'),
      ],
    },
    outputChannel: output,
    // Hovers on keywords, keys and units link to the shipped reference through this command.
    initializationOptions: { referenceLinks: 'command' } satisfies InitializationOptions,
    // The server's markdown may run that one command and nothing else (user text reaches it escaped: core/text/inert.ts).
    markdown: { isTrusted: { enabledCommands: [OPEN_REFERENCE_COMMAND] } },
    middleware: {
      // VS Code reads snippets/cellspec.json itself (in a virtual workspace too, where no server
      // runs); the server offers the same snippets to other editors, so its copies go here.
      provideCompletionItem: async (document, position, completionContext, token, next) =>
        withoutSnippets(await next(document, position, completionContext, token)),
    },
  };

  const client = new LanguageClient('cellspec', 'Cellspec', serverOptions, clientOptions);
  runningClient = client;
  const started = client.start();
  started.catch((error: unknown) => output.appendLine(`The Cellspec language server did not start: ${String(error)}`));

  const isRunning = async () => {
    await started;
    return client;
  };
  const languageStatus = registerLanguageStatus(isRunning, output);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(LIBRARY_SCHEME, libraryDocumentProvider(isRunning)),
    registerReportCommand(isRunning),
    registerReferenceCommand(context.extensionUri, output),
    registerWalkthroughCommands(context.extensionUri),
    languageStatus.disposable,
    vscode.commands.registerCommand('cellspec.restartServer', async () => {
      output.appendLine('Restarting the Cellspec language server.');
      await client.restart();
    }),
  );

  return { client, started, languageStatus: languageStatus.item };
}

type Completions = vscode.CompletionItem[] | vscode.CompletionList | null | undefined;

function withoutSnippets(result: Completions): Completions {
  const isNotSnippet = (item: vscode.CompletionItem) => item.kind !== vscode.CompletionItemKind.Snippet;
  if (!result) return result;
  if (Array.isArray(result)) return result.filter(isNotSnippet);
  return new vscode.CompletionList(result.items.filter(isNotSnippet), result.isIncomplete);
}

let runningClient: LanguageClient | undefined;

/** Lets the server finish its shutdown handshake instead of being killed with the window. */
export function deactivate(): Thenable<void> | undefined {
  const client = runningClient;
  runningClient = undefined;
  return client?.stop();
}
