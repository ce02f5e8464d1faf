import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../../grammar/ast';
import type { AnalysisStore } from './analysis-store';
import type { SettingsCache } from './settings';
import type { WorkspaceFolders } from './workspace-folders';

/** What every feature handler may use: the connection, the open documents and the shared caches. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: WorkspaceFolders;
  readonly settings: SettingsCache;
  readonly analyses: AnalysisStore;
  /** The syntax tree of an open document's current version (parsed once per version). */
  readonly parsed: (document: TextDocument) => ParseResult;
}
