import path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisStore } from './analysis-store';
import { toLspDiagnostic } from './diagnostics';
import { describeError } from './errors';
import { createFileHost } from './file-host';
import { createLocationConverter } from './locations';
import { DEFAULT_DEBOUNCE_MS, PROJECT_SETTINGS_FILE, type SettingsCache } from './settings';
import { uriToPath } from './uri';
import type { WorkspaceFolders } from './workspace-folders';

export interface ValidationContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: SettingsCache;
  readonly analyses: AnalysisStore;
  readonly folders: WorkspaceFolders;
}

/**
 * Publishes diagnostics for open documents. Typing re-checks after a quiet time (debounce);
 * a newer edit supersedes a scheduled or waiting run, so stale results are never published.
 * A document is re-checked when a file it imports changes, in an editor or on disk.
 */
export class Validator {
  /** Cancels the run scheduled for a document, if one is waiting. */
  private readonly pending = new Map<string, () => void>();
  /** Bumped on every schedule: a run whose ticket is no longer current was superseded. */
  private readonly tickets = new Map<string, number>();
  /** Absolute paths each open document imports, directly or not (from its last analysis). */
  private readonly dependencies = new Map<string, ReadonlySet<string>>();

  constructor(private readonly context: ValidationContext) {}

  /** A document was opened: check at once, without the typing delay. */
  opened(uri: string): void {
    this.context.analyses.invalidate();
    this.schedule(uri, 0);
    this.scheduleDependents(uri);
  }

  changed(uri: string): void {
    this.context.analyses.invalidate();
    this.schedule(uri, this.debounceMs(uri));
    this.scheduleDependents(uri);
  }

  /** Closing clears the document's diagnostics; importers now read the file from disk again. */
  closed(uri: string): void {
    this.context.analyses.invalidate();
    this.cancel(uri);
    this.tickets.delete(uri);
    this.dependencies.delete(uri);
    this.context.analyses.forget(uri);
    this.context.settings.forget(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    this.scheduleDependents(uri);
  }

  /** Files changed on disk (watched by the client): re-check the open documents that depend on them. */
  filesChanged(uris: readonly string[]): void {
    this.context.analyses.invalidate();
    const paths = uris.map(uriToPath).filter((filePath): filePath is string => filePath !== undefined);
    if (paths.some((filePath) => path.basename(filePath) === PROJECT_SETTINGS_FILE)) {
      this.context.settings.clear();
      this.revalidateAll();
      return;
    }
    for (const document of this.context.documents.all()) {
      const dependencies = this.dependencies.get(document.uri);
      if (dependencies && paths.some((filePath) => dependencies.has(filePath))) this.schedule(document.uri, 0);
    }
  }

  revalidateAll(): void {
    this.context.analyses.invalidate();
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  dispose(): void {
    for (const cancel of this.pending.values()) cancel();
    this.pending.clear();
  }

  private debounceMs(uri: string): number {
    return this.context.settings.peek(uri)?.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  private scheduleDependents(uri: string): void {
    const changedPath = uriToPath(uri);
    if (changedPath === undefined) return;
    for (const document of this.context.documents.all()) {
      if (document.uri !== uri && this.dependencies.get(document.uri)?.has(changedPath)) {
        this.schedule(document.uri, this.debounceMs(document.uri));
      }
    }
  }

  private schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    const run = () => {
      this.pending.delete(uri);
      this.validate(uri, ticket).catch((error: unknown) => {
        this.context.connection.console.error(`Checking ${uri} failed: ${describeError(error)}`);
      });
    };
    if (delayMs <= 0) {
      // Still asynchronous, so edits already queued behind this notification supersede the run.
      const immediate = setImmediate(run);
      this.pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delayMs);
      this.pending.set(uri, () => clearTimeout(timer));
    }
  }

  private cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  private isCurrent(uri: string, ticket: number, version: number): boolean {
    return this.tickets.get(uri) === ticket && this.context.documents.get(uri)?.version === version;
  }

  private async validate(uri: string, ticket: number): Promise<void> {
    const document = this.context.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.context.settings.get(uri, this.context.analyses.pathOf(uri));
    if (!this.isCurrent(uri, ticket, version)) return;

    const analysis = this.context.analyses.analysisFor(document, settings);
    const host = createFileHost(this.context.documents, this.context.folders.rootFor(analysis.file));
    const toLocation = createLocationConverter(this.context.documents, (file) => host.readFile(file), { file: analysis.file, document });
    const diagnostics = analysis.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document, toLocation));
    this.dependencies.set(uri, new Set(analysis.dependencies));
    await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
