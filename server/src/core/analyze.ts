/**
 * parse → resolve → check for one document: the core's main entry. The LSP server calls it
 * on every (debounced) edit, the CLI once per file; both get plain data back.
 */
import type { ParseResult } from '../../../grammar/ast';
import { parseIncremental, parseVariant } from '../../../grammar';
import type { FileHost } from './api';
import { runChecks } from './checks';
import { computeProgram, type ProgramHints } from './compute';
import { diagnostic, type CoreDiagnostic } from './diagnostics';
import { throwIfFaultInjected } from './fault-injection';
import { EDITOR_MAX_CHARACTERS } from './limits';
import { buildProgram, type Program } from './model';
import { applySeverity, DEFAULT_SETTINGS, type CellspecSettings } from './settings';
import { LineIndex } from './text/line-index';

export interface AnalysisOptions {
  readonly host: FileHost;
  readonly settings?: CellspecSettings;
  /**
   * Which earlier analysis this one continues (default: the file's path). An editor passes the
   * document's URI: two open documents analysed under one path (an untitled buffer placed
   * beside a file of the same name) must not continue each other, since continuing an analysis
   * moves the positions of its blocks (grammar/span.ts).
   */
  readonly lineage?: string;
}

export interface DocumentAnalysis {
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly parse: ParseResult;
  readonly program: Program;
  readonly settings: CellspecSettings;
  /** The computed values of docs/language.md §6, once per analysis: checks, hints, hovers and the report read them. */
  readonly hints: ProgramHints;
  /** Sorted by position; severities after the settings' overrides (codes set to `off` removed). */
  readonly diagnostics: readonly CoreDiagnostic[];
  /** Absolute paths of every file this one imports, directly or not: re-check when one changes. */
  readonly dependencies: readonly string[];
  /** The files it was analysed against: a variant of it (a quick fix tried) reads the same ones. */
  readonly host: FileHost;
}

/**
 * The last analysis of each recently analysed file. The next analysis of the same file starts
 * from it: unchanged blocks keep their parse, model and computed values (parseIncremental,
 * buildProgram), so a keystroke in a 10,000-line file re-checks one block, not the file.
 */
const previousAnalyses = new Map<string, DocumentAnalysis>();
/**
 * Enough for the files open in an editor. A CLI run over thousands of files, or over a few
 * huge ones, keeps only the last few (an analysis holds about 50 bytes per character of text;
 * the most recent one is always kept).
 */
const MAX_REMEMBERED_FILES = 32;
const MAX_REMEMBERED_CHARACTERS = 24_000_000;

/** Forgets every earlier analysis (benchmarks measure a cold check with it). */
export function forgetPreviousAnalyses(): void {
  previousAnalyses.clear();
}

export function analyzeDocument(file: string, text: string, options: AnalysisOptions): DocumentAnalysis {
  throwIfFaultInjected(text);
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const lineage = options.lineage ?? file;
  const previous = previousAnalyses.get(lineage);
  const parsed = parseIncremental(text, previous?.parse);
  const analysis = analyzeParsed(file, text, parsed, options.host, settings, previous?.program);
  remember(lineage, analysis);
  return analysis;
}

/**
 * The analysis of a variant of `base`'s text — a quick fix applied, to see what it would leave —
 * reusing `base`'s unchanged blocks without disturbing it: `base` stays the file's current
 * analysis, and the variant is not remembered.
 */
export function analyzeVariant(base: DocumentAnalysis, text: string): DocumentAnalysis {
  return analyzeParsed(base.file, text, parseVariant(text, base.parse), base.host, base.settings, base.program);
}

function analyzeParsed(file: string, text: string, parsed: ParseResult, host: FileHost, settings: CellspecSettings, previous: Program | undefined): DocumentAnalysis {
  const program = buildProgram(file, text, parsed, host, previous);
  const hints = computeProgram(program, settings);
  const found: CoreDiagnostic[] = [
    ...parsed.errors.map((error) => diagnostic('syntax', error.span, error.message, error.fix ? { data: { fix: error.fix } } : {})),
    ...program.diagnostics,
    ...runChecks(program, hints, settings),
  ];
  const diagnostics = applySeverity(found, settings).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    file,
    text,
    lines: new LineIndex(text),
    parse: parsed,
    program,
    settings,
    hints,
    diagnostics,
    dependencies: program.imports.map((i) => i.path),
    host,
  };
}

function remember(lineage: string, analysis: DocumentAnalysis): void {
  previousAnalyses.delete(lineage);
  previousAnalyses.set(lineage, analysis);
  let characters = 0;
  for (const kept of previousAnalyses.values()) characters += kept.text.length;
  // Oldest first (a Map iterates in insertion order); the newest, just set, stays.
  for (const [file, kept] of previousAnalyses) {
    if (previousAnalyses.size <= 1 || (previousAnalyses.size <= MAX_REMEMBERED_FILES && characters <= MAX_REMEMBERED_CHARACTERS)) break;
    previousAnalyses.delete(file);
    characters -= kept.text.length;
  }
}

/**
 * What a front shows when the analysis itself failed (a bug in Cellspec, not in the file): one
 * `internal` diagnostic at the start of the file, so the user sees that the file was not
 * checked instead of an editor that silently shows nothing; the other files go on.
 */
export function internalErrorDiagnostic(error: unknown): CoreDiagnostic {
  const reason = error instanceof RangeError && /call stack/.test(error.message) ? 'the file nests too deeply' : error instanceof Error ? error.message : String(error);
  return diagnostic(
    'internal',
    { start: 0, end: 0 },
    `Cellspec could not check this file: internal error (${reason}). Nothing below is checked; please report this with the file.`,
  );
}

/** Whether the editor analyses a document of this text (core/limits.ts). */
export function analysedInEditor(text: string): boolean {
  return text.length <= EDITOR_MAX_CHARACTERS;
}

/** What the editor shows instead of the analysis of a document over EDITOR_MAX_CHARACTERS. */
export function tooLargeDiagnostic(text: string): CoreDiagnostic {
  const millions = (text.length / 1e6).toFixed(1);
  return diagnostic(
    'document/too-large',
    { start: 0, end: 0 },
    `This file has ${millions} million characters: the editor checks files of up to ${EDITOR_MAX_CHARACTERS / 1e6} million, so it shows no diagnostics, hints or outline for it. Run \`cellspec check\` on it (any size).`,
  );
}
