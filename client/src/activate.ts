/**
 * What both entries of the extension do once they have a language client: the desktop's
 * (extension.ts: dist/server.js in a Node process) and VS Code for the Web's (web/extension.ts:
 * dist/web/server.js in a web worker). The client options they share, the built-in library's
 * read-only documents, the report webview, the language status item, the walkthrough's commands
 * and the reference links: one implementation, whichever way the server runs.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { LIBRARY_SCHEME, OPEN_REFERENCE_COMMAND, type InitializationOptions } from '../../server/src/lsp/protocol';
import { libraryDocumentProvider } from './library-documents';
import { registerReferenceCommand } from './reference';
import { registerReportCommand } from './report';
import { registerLanguageStatus } from './status';
import { registerWalkthroughCommands } from './walkthrough';

/** What `activate` returns: tests await `started` before asking for diagnostics. */
export interface CellspecApi {
  readonly client: BaseLanguageClient;
  /** Settles when the language server has initialised (rejects if it could not start). */
  readonly started: Promise<void>;
  /** The `{}` status entry of Cellspec files (status.ts). */
  readonly languageStatus: vscode.LanguageStatusItem;
}

/** The client options of both entries; `extra` adds an entry's own (the web's URI converters). */
export function clientOptions(output: vscode.OutputChannel, documentSelector: DocumentSelector, extra: Partial<LanguageClientOptions> = {}): LanguageClientOptions {
  return {
    documentSelector,
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
    ...extra,
  };
}

/**
 * Starts the client and registers everything that talks to it; `deactivate` stops it. `restart`:
 * how `Cellspec: Restart Language Server` restarts it (stop, then start, unless the entry knows better).
 */
export function startClient(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  output: vscode.OutputChannel,
  restart: () => Promise<void> = async () => {
    await client.stop();
    await client.start();
  },
): CellspecApi {
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
      await restart();
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

let runningClient: BaseLanguageClient | undefined;

/** Lets the server finish its shutdown handshake instead of being killed with the window. */
export function deactivate(): Thenable<void> | undefined {
  const client = runningClient;
  runningClient = undefined;
  return client?.stop();
}
