/**
 * The language server: LSP glue around the pure core. Each feature lives in its own file and
 * maps core data to LSP types; this file only connects them.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../../grammar/ast';
import { DISK_FILES, type FileSource } from './file-host';
import { AnalysisStore } from './analysis-store';
import { tuneHeapForLongRunningServer } from './heap';
import type { ServerContext } from './context';
import { registerCodeActions } from './code-actions';
import { registerCodeLenses } from './code-lenses';
import { registerWorkspaceSymbols } from './workspace-symbols';
import { COMPLETION_TRIGGER_CHARACTERS, registerCompletion } from './completion';
import { registerDocumentHighlights } from './document-highlights';
import { registerDocumentSymbols } from './document-symbols';
import { markShutDown } from './guard';
import { registerFoldingRanges } from './folding-ranges';
import { registerFormatting } from './formatting';
import { hoverSupportsMarkdown, registerHover } from './hover';
import { refreshInlayHints, registerInlayHints } from './inlay-hints';
import { registerLibraryDocuments } from './library-documents';
import { registerNavigation } from './navigation';
import { registerReport } from './report';
import { readInitializationOptions } from './initialization-options';
import { shippedReferenceFile } from './reference-links';
import { registerStatus } from './status';
import { registerSemanticTokens, SEMANTIC_TOKENS_LSP_LEGEND } from './semantic-tokens';
import { SettingsCache } from './settings';
import { Validator } from './validation';
import { WorkspaceFolders } from './workspace-folders';

const SERVER_INFO = { name: 'cellspec-language-server', version: '0.1.0' };

export interface ServerOptions {
  /** Where files that are not open in the editor are read from: the disk by default; the web worker's client (client-files.ts). */
  readonly files?: (connection: Connection) => FileSource;
}

/**
 * Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`,
 * `--socket=PORT`), as `node dist/server.js --stdio` and `cellspec lsp --stdio` do, or on a
 * connection made by the caller (`cellspec lsp --socket=PORT` connects first, to report a refusal;
 * the web worker makes its own).
 */
export function startServer(existing?: Connection, options: ServerOptions = {}): Connection {
  tuneHeapForLongRunningServer();
  const connection: Connection = existing ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const files = options.files?.(connection) ?? DISK_FILES;
  const settings = new SettingsCache(connection, (filePath) => files.read(filePath));
  const analyses = new AnalysisStore(documents, folders, files);
  // The tree of the current version's analysis when there is one (outline and folding then cost nothing).
  const parsed = (document: TextDocument): ParseResult => analyses.parseOf(document);
  const context: ServerContext = { connection, documents, folders, settings, analyses, parsed };
  let refreshesInlayHints = false;
  // An importer's hints (capacity, energy) come from the files it imports, which the client does not know.
  const validator = new Validator(context, () => refreshInlayHints(context, refreshesInlayHints));

  let dynamicConfigurationChanges = false;
  let watchesWorkspaceFolders = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    folders.set(params.workspaceFolders, params.rootUri);
    settings.enablePull(capabilities.workspace?.configuration === true);
    dynamicConfigurationChanges = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchesWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
    refreshesInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    const initialization = readInitializationOptions(params.initializationOptions);
    for (const error of initialization.errors) connection.console.warn(error);

    registerDocumentSymbols(context, capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true);
    registerFoldingRanges(context);
    registerLibraryDocuments(context);
    registerNavigation(context);
    registerCodeActions(context);
    registerHover(context, {
      markdown: hoverSupportsMarkdown(capabilities.textDocument?.hover?.contentFormat),
      referenceStyle: initialization.options.referenceLinks,
      referenceFile: shippedReferenceFile(),
    });
    registerInlayHints(context);
    registerCompletion(context);
    registerSemanticTokens(context);
    registerFormatting(context);
    registerDocumentHighlights(context);
    registerReport(context);
    registerCodeLenses(context);
    registerWorkspaceSymbols(context);
    registerStatus(context);

    return {
      serverInfo: SERVER_INFO,
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        documentSymbolProvider: { label: 'Cellspec' },
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: capabilities.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite], resolveProvider: false },
        hoverProvider: true,
        inlayHintProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LSP_LEGEND, full: true, range: true },
        documentFormattingProvider: true,
        documentHighlightProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfigurationChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'cellspec' }).catch((error: unknown) => {
        connection.console.warn(`Could not register for configuration changes: ${String(error)}`);
      });
    }
    if (watchesWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders.change(event.added, event.removed);
        validator.revalidateAll();
      });
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    validator.revalidateAll();
    refreshInlayHints(context, refreshesInlayHints);
  });
  connection.onDidChangeWatchedFiles((params) => validator.filesChanged(params.changes.map((change) => change.uri)));

  // TextDocuments reports an open as an open followed by a content change: the change that
  // follows an open is not an edit, and must not delay the first check by the debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    validator.opened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    if (!justOpened.delete(event.document.uri)) validator.changed(event.document.uri);
  });
  documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    validator.closed(event.document.uri);
  });
  connection.onShutdown(() => {
    markShutDown(connection);
    validator.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
