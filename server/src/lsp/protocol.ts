/**
 * Cellspec's own requests on top of LSP, shared by the server and the VS Code client
 * (types and method names only, so the client bundle pulls in nothing from the server).
 */
import type { DocumentStatus } from '../core';

/** The URI scheme of the built-in library's read-only documents, e.g. `cellspec-library:/electrolytes.cell`. */
export const LIBRARY_SCHEME = 'cellspec-library';

export interface LibraryDocumentParams {
  /** A `cellspec-library:` URI, as found in a diagnostic's related information or a definition. */
  readonly uri: string;
}

/** The text of a built-in library document, or null when the URI names none. */
export const LIBRARY_DOCUMENT_METHOD = 'cellspec/libraryDocument';
export type LibraryDocumentResult = string | null;

export interface ReportParams {
  /** The document to report on (its current, possibly unsaved, text). */
  readonly uri: string;
}

/** The HTML of `cellspec report --format html` for one open document (null when it is not open). */
export const REPORT_METHOD = 'cellspec/report';
export type ReportResult = string;

/**
 * What every Cellspec diagnostic carries in LSP's `data`, so a code action can rebuild the
 * core's finding (its code, and the per-code payload of core/diagnostic-data.ts) without re-analysing.
 */
export interface CellspecDiagnosticData {
  readonly code: string;
  readonly data?: unknown;
}

export interface StatusParams {
  /** The document the editor shows. */
  readonly uri: string;
}

/**
 * `cellspec/status`: what the editor's language status item shows for one open document — the
 * built-in library's size, the document's declarations and its errors and warnings as published.
 * Null when the document is not open; `analysed: false` (and zero counts) when it is over the
 * editor's size limit.
 */
export const STATUS_METHOD = 'cellspec/status';
export interface StatusResult extends DocumentStatus {
  readonly analysed: boolean;
}

/**
 * The VS Code command that opens the shipped language reference (docs/language.md) at a heading,
 * its one argument the heading's anchor (`2-declarations`). The server links hovers to it when
 * the client says it has it (`referenceLinks: 'command'` below).
 */
export const OPEN_REFERENCE_COMMAND = 'cellspec.openReference';

/**
 * What a client may tell the server in `initializationOptions` (every key optional; the server
 * validates them and ignores what it does not know).
 * - `referenceLinks`: `command` — hovers on keywords, keys and units end with a link running
 *   OPEN_REFERENCE_COMMAND; `text` (the default, for any other editor) — a plain pointer to the
 *   section of docs/language.md.
 */
export interface InitializationOptions {
  readonly referenceLinks?: 'command' | 'text';
}

/**
 * `cellspec/readFile`, from the server to the client: the text of a file the editor does not
 * have open (an import, a cellspec.json). Only the web worker's server asks (it has no disk;
 * lsp/client-files.ts); the VS Code for the Web client answers with `vscode.workspace.fs`.
 */
export const READ_FILE_METHOD = 'cellspec/readFile';
export interface ReadFileParams {
  /** The file, as a URI in the server's terms (the client converts it back to its own). */
  readonly uri: string;
}
/**
 * - `text`: the file's text (UTF-8);
 * - `too-large`: over READ_FILE_MAX_BYTES, so not read (its size in bytes);
 * - `unreadable`: it exists but could not be read (a folder, no permission; the reason);
 * - null: there is no such file, or it is outside the workspace.
 */
export type ReadFileResult = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'too-large'; readonly size: number } | { readonly kind: 'unreadable'; readonly reason: string } | null;
/** The largest file the client reads for the server: 3 × the core's import limit (5 M characters), in bytes, as on disk (core/model/imports.ts). */
export const READ_FILE_MAX_BYTES = 15 * 1024 * 1024;
