/**
 * The core's public boundary: everything the language server and the CLI may call.
 * Plain data in, plain data out; nothing here knows about LSP, VS Code or the terminal.
 * (The shape follows rust-analyzer's `ide` crate and yaml-language-server's `languageservice/`.)
 */
import type { Span } from '../../../grammar/ast';
import type { CoreDiagnostic } from './diagnostics';

/** How the core reads other files (imports, cellspec.json): the fronts decide where text comes from. */
export interface FileHost {
  /** Text of an absolute path, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** Absolute real path (symlinks resolved), or undefined when it does not exist. */
  realPath?(path: string): string | undefined;
  /** Size in bytes, when the host can tell without reading: an oversized import is refused unread. */
  fileSize?(path: string): number | undefined;
  /** The workspace root: imports never reach outside it. */
  readonly workspaceRoot: string;
}

/** A text edit in one file, by offsets into that file's current text. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface FileEdit {
  readonly file: string;
  readonly edits: readonly TextEdit[];
}

/** A quick fix: what a code action offers for one diagnostic (docs/language.md §4's quick fixes). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly FileEdit[];
  readonly isPreferred?: boolean;
  /** The diagnostic code it fixes. */
  readonly code: CoreDiagnostic['code'];
}

/** A code action that answers no diagnostic: a design the solver found room for (ide/design-actions.ts). */
export interface DesignAction {
  readonly title: string;
  readonly edits: readonly FileEdit[];
}

/** A section of the language reference, docs/language.md (ide/reference.ts). */
export interface ReferenceSection {
  /** The heading's anchor as GitHub and VS Code's markdown preview slug it: `2-declarations`. */
  readonly anchor: string;
  /** How a pointer names it: `§2 Declarations`. */
  readonly title: string;
}

export interface Hover {
  readonly span: Span;
  /** Markdown. */
  readonly contents: string;
  /** The section of the language reference that specifies the word (keywords, keys, units): each front adds its own pointer. */
  readonly reference?: ReferenceSection;
}

export interface InlayHint {
  /** Where the hint is shown (usually the end of a declaration's name or a line). */
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
}

export type CompletionKind = 'keyword' | 'property' | 'unit' | 'material' | 'element' | 'value' | 'snippet';

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert (snippet syntax when kind is 'snippet'); defaults to the label. */
  readonly insertText?: string;
  /** The span the completion replaces (the word being typed). */
  readonly replace?: Span;
  readonly sortText?: string;
}

export interface DocumentSymbol {
  readonly name: string;
  readonly kind: 'material' | 'composite' | 'cell' | 'import' | 'property' | 'component' | 'layer';
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly detail?: string;
  readonly children: readonly DocumentSymbol[];
}

export interface DefinitionTarget {
  readonly file: string;
  readonly span: Span;
  /** For the built-in library: the virtual document text shown read-only. */
  readonly virtualText?: string;
}
