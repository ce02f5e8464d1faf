import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../../grammar/ast';
import { AnalysisHost, type DocumentAnalysis } from '../core';
import { createFileHost } from './file-host';
import type { ServerSettings } from './settings';
import { analysisPath } from './uri';
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
  ) {}

  /** Something any analysis may depend on has changed. */
  invalidate(): void {
    this.host.invalidate();
  }

  /** A closed document: its analysis and incremental state go at once. */
  forget(uri: string): void {
    this.cache.delete(uri);
    this.host.forget(uri);
  }

  analysisFor(document: TextDocument, settings: ServerSettings): DocumentAnalysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.revision === this.host.revision && cached.settings === settings) {
      return cached.analysis;
    }
    const file = analysisPath(document.uri, this.folders.primaryRoot);
    const host = createFileHost(this.documents, this.folders.rootFor(file));
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
