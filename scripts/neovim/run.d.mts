// Types of run.mjs, for the tests that import it.

export declare const REPO_ROOT: string;

/** Thrown when there is no `nvim` to run; its message says how to install one. */
export declare class NeovimMissingError extends Error {}

export declare function findNvim(): { command: string; version: string };

export interface NeovimCheckOptions {
  /** The .cell file to copy into a fresh workspace and open. */
  readonly file: string;
  /** 0-based, in LSP positions: where to ask for a hover. */
  readonly hover?: { readonly line: number; readonly character: number };
  /** How long Neovim waits for each answer (diagnostics, hover, symbols); 15 s by default. */
  readonly timeoutMs?: number;
  /** When the whole nvim run is killed, server included; 3 × timeoutMs + 15 s by default. */
  readonly killAfterMs?: number;
  /** The server command; `node bin/cellspec.js lsp --stdio` by default. */
  readonly serverCommand?: readonly string[];
}

/** One entry of vim.diagnostic.get() for the buffer: 0-based, as Neovim converted it. */
export interface NeovimDiagnostic {
  readonly line: number;
  readonly col: number;
  readonly end_line: number;
  readonly end_col: number;
  readonly code: string;
  readonly severity: 'ERROR' | 'WARN' | 'INFO' | 'HINT';
  readonly message: string;
  readonly source?: string;
}

export interface NeovimSymbol {
  readonly name: string;
  /** vim.lsp.protocol.SymbolKind's name, e.g. "Struct". */
  readonly kind: string;
  readonly children: readonly NeovimSymbol[];
}

export interface NeovimCheckResult {
  /** Neovim's version, e.g. "0.7.2". */
  readonly nvim: string;
  readonly nvimCommand: string;
  /** The copy that was opened, and the workspace folder (root_dir) around it. */
  readonly file: string;
  readonly root: string;
  readonly filetype: string;
  readonly cmd: readonly string[];
  readonly diagnostics: readonly NeovimDiagnostic[];
  readonly hover: { readonly kind: string; readonly value: string } | null;
  readonly symbols: readonly NeovimSymbol[];
  readonly server_exit: { readonly code: number; readonly signal: number };
  readonly durationMs: number;
}

export declare function runNeovimCheck(options: NeovimCheckOptions): Promise<NeovimCheckResult>;
