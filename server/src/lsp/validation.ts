import path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysedInEditor, internalErrorDiagnostic, tooLargeDiagnostic, type CoreDiagnostic, type DocumentAnalysis } from '../core';
import type { AnalysisStore } from './analysis-store';
import { toLspDiagnostic } from './diagnostics';
import { describeError } from './errors';
import { createLocationConverter } from './locations';
import { CheckCosts } from './debounce';
import { PROJECT_SETTINGS_FILE, type SettingsCache } from './settings';
import { uriToPath } from './uri';
import type { WorkspaceFolders } from './workspace-folders';

const ZERO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

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
 * A document is re-checked when a file it imports changes, in an editor or on disk; once every
 * document so re-checked has been published, `importsRechecked` is called once for the burst
 * (the server asks the editor for inlay hints again: their values came from the imports too).
 */
export class Validator {
  /** Cancels the run scheduled for a document, if one is waiting. */
  private readonly pending = new Map<string, () => void>();
  /** Bumped on every schedule: a run whose ticket is no longer current was superseded. */
  private readonly tickets = new Map<string, number>();
  /** Absolute paths each open document imports, directly or not (from its last analysis). */
  private readonly dependencies = new Map<string, ReadonlySet<string>>();
  /** Open documents with an import that could not be read: a file created on disk may be the one missing. */
  private readonly missingImports = new Set<string>();
  /** Documents being re-checked because an import changed; `importsRechecked` waits until none is left. */
  private readonly recheckingForImports = new Set<string>();
  private importsRecheckedSinceLastCall = false;
  /** What checking each document has cost lately: the default typing delay follows it. */
  private readonly costs = new CheckCosts();

  constructor(
    private readonly context: ValidationContext,
    private readonly importsRechecked: () => void = () => undefined,
  ) {}

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
    this.missingImports.delete(uri);
    this.recheckingForImports.delete(uri);
    this.context.analyses.forget(uri);
    this.context.settings.forget(uri);
    this.costs.forget(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    this.scheduleDependents(uri);
    this.reportImportsRechecked();
  }

  /** Files changed on disk (watched by the client): re-check the open documents that depend on them. */
  filesChanged(uris: readonly string[]): void {
    const paths = uris.map(uriToPath).filter((filePath): filePath is string => filePath !== undefined);
    this.context.analyses.filesChanged(paths);
    if (paths.some((filePath) => path.basename(filePath) === PROJECT_SETTINGS_FILE)) {
      this.context.settings.clear();
      // A cellspec.json may switch hints off or change their thresholds: every document counts as re-checked for it.
      for (const document of this.context.documents.all()) this.recheckForImports(document.uri, 0);
      return;
    }
    for (const document of this.context.documents.all()) {
      const dependencies = this.dependencies.get(document.uri);
      const affected = this.missingImports.has(document.uri) || (dependencies && paths.some((filePath) => dependencies.has(filePath)));
      if (affected) this.recheckForImports(document.uri, 0);
    }
  }

  revalidateAll(): void {
    this.context.analyses.invalidate();
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  dispose(): void {
    for (const cancel of this.pending.values()) cancel();
    this.pending.clear();
    this.recheckingForImports.clear();
  }

  /** The user's delay if they set one, else one that follows what checking this document costs. */
  debounceMs(uri: string): number {
    return this.context.settings.peek(uri)?.debounceMs ?? this.costs.delayMs(uri);
  }

  private scheduleDependents(uri: string): void {
    const changedPath = uriToPath(uri);
    if (changedPath === undefined) return;
    for (const document of this.context.documents.all()) {
      if (document.uri !== uri && this.dependencies.get(document.uri)?.has(changedPath)) {
        this.recheckForImports(document.uri, this.debounceMs(document.uri));
      }
    }
  }

  private recheckForImports(uri: string, delayMs: number): void {
    this.recheckingForImports.add(uri);
    this.schedule(uri, delayMs);
  }

  /** A run finished (published or failed); a superseded run leaves the waiting to the run that replaced it. */
  private settled(uri: string, ticket: number): void {
    if (this.tickets.get(uri) !== ticket) return;
    if (this.recheckingForImports.delete(uri)) this.importsRecheckedSinceLastCall = true;
    this.reportImportsRechecked();
  }

  /** Once per burst: while typing in an imported file, importers wait for the quiet time, and so does this. */
  private reportImportsRechecked(): void {
    if (!this.importsRecheckedSinceLastCall || this.recheckingForImports.size > 0) return;
    this.importsRecheckedSinceLastCall = false;
    this.importsRechecked();
  }

  private schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    const run = () => {
      this.pending.delete(uri);
      this.validate(uri, ticket)
        .catch((error: unknown) => {
          this.context.connection.console.error(`Checking ${uri} failed: ${describeError(error)}`);
        })
        .finally(() => this.settled(uri, ticket));
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

    // Diagnostics at the start of the file that stand for the whole of it (not analysed).
    const instead = (diagnostic: CoreDiagnostic) => this.context.connection.sendDiagnostics({ uri, version, diagnostics: [toLspDiagnostic(diagnostic, document, () => ({ uri, range: ZERO_RANGE }))] });
    if (!analysedInEditor(document.getText())) {
      this.dependencies.delete(uri);
      await instead(tooLargeDiagnostic(document.getText()));
      return;
    }
    let analysis: DocumentAnalysis;
    try {
      // The web worker's imports arrive from the client first (nothing to wait for on disk).
      await this.context.analyses.prepare(document, settings);
      if (!this.isCurrent(uri, ticket, version)) return;
      const started = performance.now();
      analysis = this.context.analyses.analysisFor(document, settings);
      const analysed = performance.now() - started;
      // A hover or completion that came in while the new version was parsed and modelled is
      // answered now, before the checks: it needs the models and hints, not the findings (a
      // fifth to a third of a re-check at 50k lines). An edit that came in meanwhile supersedes
      // the checks as well.
      await nextTurn();
      if (!this.isCurrent(uri, ticket, version)) return;
      const checking = performance.now();
      // The checks run on first asking (core/analyze.ts): here, inside the guard and the timing.
      void analysis.diagnostics;
      this.costs.record(uri, analysed + (performance.now() - checking));
    } catch (error) {
      // Say so on the document rather than leave it without diagnostics; the log has the stack.
      this.context.connection.console.error(`Checking ${uri} failed: ${describeError(error)}`);
      await instead(internalErrorDiagnostic(error));
      return;
    }
    // Requests that came in while the checks ran are answered before the diagnostics are
    // converted and sent; an edit that came in supersedes them.
    await nextTurn();
    if (!this.isCurrent(uri, ticket, version)) return;
    const host = this.context.analyses.fileHost(analysis.file);
    const toLocation = createLocationConverter(this.context.documents, (file) => host.readFile(file), { file: analysis.file, document });
    const diagnostics = analysis.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document, toLocation));
    this.dependencies.set(uri, new Set(analysis.dependencies));
    // The program's own list: the user's severity overrides may hide ref/import from the published one.
    if (analysis.program.diagnostics.some((diagnostic) => diagnostic.code === 'ref/import')) this.missingImports.add(uri);
    else this.missingImports.delete(uri);
    await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

/**
 * Lets a request that arrived while this run was busy be answered before the run goes on.
 * vscode-jsonrpc dispatches one message per turn of the event loop (a `setImmediate` after the
 * read): a continuation queued with one `setImmediate` runs before that dispatch, so it takes two.
 */
async function nextTurn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}
