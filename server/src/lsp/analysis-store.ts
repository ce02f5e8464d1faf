import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../../grammar/ast';
import { AnalysisHost, MAX_IMPORT_DEPTH, type DocumentAnalysis, type FileHost } from '../core';
import { createFileHost, DISK_FILES, type FileSource } from './file-host';
import type { ServerSettings } from './settings';
import { analysisPath, uriToPath } from './uri';
import type { WorkspaceFolders } from './workspace-folders';

interface CachedAnalysis {
  readonly version: number;
  readonly revision: number;
  readonly settings: ServerSettings;
  readonly analysis: DocumentAnalysis;
}

/**
 * One analysis per document version and state of the world, shared by validation and every
 * request handler, over the session's analysis host (core/analyze.ts), which keeps each open
 * document's incremental state and the world's revision: it moves on whenever any open
 * document, watched file or setting changes, because an import's edit changes the analysis of
 * an unchanged importer.
 */
export class AnalysisStore {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly host = new AnalysisHost();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly folders: WorkspaceFolders,
    /** Where files that are not open are read from: the disk, or the client (web worker). */
    readonly files: FileSource = DISK_FILES,
  ) {}

  /** Something any analysis may depend on has changed. */
  invalidate(): void {
    this.host.invalidate();
  }

  /** Files changed outside the editor: what was read of them goes, and every analysis is out of date. */
  filesChanged(filePaths: readonly string[]): void {
    this.files.forget(filePaths);
    this.invalidate();
  }

  /** A closed document: its analysis and incremental state go at once (and an earlier read of its file, now out of date). */
  forget(uri: string): void {
    this.cache.delete(uri);
    this.host.forget(uri);
    const filePath = uriToPath(uri);
    if (filePath !== undefined) this.files.forget([filePath]);
  }

  /** The core's view of files for an analysis of `file` (the open documents first). */
  fileHost(file: string): FileHost {
    return createFileHost(this.documents, this.folders.rootFor(file), this.files);
  }

  /**
   * Reads what the document's analysis needs from a file source that reads asynchronously (the
   * web worker's, through the client), so that analysisFor then finds it all: each run reaches
   * one level of imports further, so the rounds are bounded by the import depth. Nothing to do
   * for the disk, which the core reads as it goes.
   */
  async prepare(document: TextDocument, settings: ServerSettings): Promise<void> {
    if (this.files === DISK_FILES) return;
    // Reads another document started may have finished since: an analysis cached before is out of date.
    if (await this.files.settled()) this.invalidate();
    for (let round = 0; round <= MAX_IMPORT_DEPTH + 1; round++) {
      this.analysisFor(document, settings);
      if (!this.files.reading) return;
      if (await this.files.settled()) this.invalidate();
    }
  }

  analysisFor(document: TextDocument, settings: ServerSettings): DocumentAnalysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.revision === this.host.revision && cached.settings === settings) {
      return cached.analysis;
    }
    const file = analysisPath(document.uri, this.folders.primaryRoot);
    const host = this.fileHost(file);
    const analysis = this.host.analyze(file, document.getText(), { host, settings: settings.core, lineage: document.uri });
    this.cache.set(document.uri, { version: document.version, revision: this.host.revision, settings, analysis });
    return analysis;
  }

  /** The syntax tree of this version of the document (the tree depends on the text alone): the analysis's, or an incremental parse. */
  parseOf(document: TextDocument): ParseResult {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis.parse;
    return this.host.parse(document.uri, document.getText());
  }

  /** The file path a document is analysed under (untitled documents get one in the workspace root). */
  pathOf(uri: string): string {
    return analysisPath(uri, this.folders.primaryRoot);
  }
}
