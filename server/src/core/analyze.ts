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
  /**
   * The analysis is read once, for its diagnostics, and forgotten (`cellspec check`): its checks
   * let each declaration's hints go once they have used them (checks/index.ts, `CheckRun`), so a
   * long file's peak holds its tree and models but not every hint. Hints asked for afterwards
   * are computed again.
   */
  readonly once?: boolean;
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
 * The incremental state of one front's analyses — rust-analyzer's analysis host (not to be
 * confused with the `FileHost`, through which the core reads files). Each front makes its own:
 * the language server one for its session, the CLI one per run, a test one per case or the
 * shared default. Per document (its *lineage*: a path, or an editor's URI) it keeps the last parse
 * and the last analysis, so the next version re-parses and re-checks only the blocks that changed.
 * A closed document is forgotten at once; the rest is bounded (MAX_REMEMBERED_*), however many
 * documents a session opens. `revision` counts the changes of the world an analysis depends on
 * (any document, file or setting): a result computed at an older revision is stale.
 *
 * (What stays module-level is memoisation of pure functions of immutable inputs, each bounded:
 * formula → chemistry, imported text → parse, the library's models.)
 */
export class AnalysisHost {
  private readonly documents = new Map<string, { text: string; parse: ParseResult; analysis?: DocumentAnalysis }>();
  private revisionCount = 0;

  /** The number of changes seen so far (invalidate). */
  get revision(): number {
    return this.revisionCount;
  }

  /** Something any analysis may depend on has changed: results of earlier revisions are stale. */
  invalidate(): void {
    this.revisionCount++;
  }

  /** The syntax tree of this text of a document, re-parsing only the blocks changed since its last parse. */
  parse(lineage: string, text: string): ParseResult {
    const known = this.documents.get(lineage);
    if (known && known.text === text) return known.parse;
    const parse = parseIncremental(text, known?.parse);
    this.remember(lineage, { text, parse, ...(known?.analysis ? { analysis: known.analysis } : {}) });
    return parse;
  }

  analyze(file: string, text: string, options: AnalysisOptions): DocumentAnalysis {
    throwIfFaultInjected(text);
    const lineage = options.lineage ?? file;
    const previous = this.documents.get(lineage)?.analysis;
    const parse = this.parse(lineage, text);
    const analysis = analyzeParsed(file, text, parse, options.host, options.settings ?? DEFAULT_SETTINGS, previous?.file === file ? previous.program : undefined, previous?.lines, options.once === true);
    this.remember(lineage, { text, parse, analysis });
    return analysis;
  }

  /** A document was closed: its state goes at once. */
  forget(lineage: string): void {
    this.documents.delete(lineage);
  }

  clear(): void {
    this.documents.clear();
  }

  /** How many documents' state is kept (for the tests of the bounds). */
  get size(): number {
    return this.documents.size;
  }

  private remember(lineage: string, state: { text: string; parse: ParseResult; analysis?: DocumentAnalysis }): void {
    this.documents.delete(lineage);
    this.documents.set(lineage, state);
    let characters = 0;
    for (const kept of this.documents.values()) characters += kept.text.length;
    // Oldest first (a Map iterates in insertion order); the newest, just set, stays.
    for (const [key, kept] of this.documents) {
      if (this.documents.size <= 1 || (this.documents.size <= MAX_REMEMBERED_FILES && characters <= MAX_REMEMBERED_CHARACTERS)) break;
      this.documents.delete(key);
      characters -= kept.text.length;
    }
  }
}

/**
 * Enough for the files open in an editor. A CLI run over thousands of files, or over a few
 * huge ones, keeps only the last few (an analysis holds about 50 bytes per character of text;
 * the most recent one is always kept).
 */
const MAX_REMEMBERED_FILES = 32;
const MAX_REMEMBERED_CHARACTERS = 24_000_000;

/** The host of one-off analyses (tests, scripts, `analyzeDocument`); a front makes its own. */
const sharedHost = new AnalysisHost();

/** Analyses one document with the shared host: for one-off use. The language server and the CLI own their hosts. */
export function analyzeDocument(file: string, text: string, options: AnalysisOptions): DocumentAnalysis {
  return sharedHost.analyze(file, text, options);
}

/** Forgets every earlier analysis of the shared host (benchmarks measure a cold check with it). */
export function forgetPreviousAnalyses(): void {
  sharedHost.clear();
}

/**
 * The analysis of a variant of `base`'s text — a quick fix applied, to see what it would leave —
 * reusing `base`'s unchanged blocks without disturbing it: `base` stays the file's current
 * analysis, and the variant is not remembered.
 */
export function analyzeVariant(base: DocumentAnalysis, text: string): DocumentAnalysis {
  return analyzeParsed(base.file, text, parseVariant(text, base.parse), base.host, base.settings, base.program);
}

function analyzeParsed(
  file: string,
  text: string,
  parsed: ParseResult,
  host: FileHost,
  settings: CellspecSettings,
  previous: Program | undefined,
  previousLines?: LineIndex,
  once = false,
): DocumentAnalysis {
  const program = buildProgram(file, text, parsed, host, previous);
  const hints = computeProgram(program, settings);
  // The checks run when the diagnostics are first asked for: a hover that comes in right after
  // a keystroke needs the new version's models and hints, not its findings (the re-check that
  // publishes them asks a moment later, and the findings of unchanged blocks are kept anyway).
  let diagnostics: readonly CoreDiagnostic[] | undefined;
  const findDiagnostics = (): readonly CoreDiagnostic[] => {
    const found: CoreDiagnostic[] = [
      ...parsed.errors.map((error) => diagnostic('syntax', error.span, error.message, error.fix ? { data: { fix: error.fix } } : {})),
      ...program.diagnostics,
      ...runChecks(program, hints, settings, { release: once }),
    ];
    return applySeverity(found, settings).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  };
  return {
    file,
    text,
    // Its line starts, when asked for, come from the previous version's where the texts agree.
    lines: new LineIndex(text, previousLines),
    parse: parsed,
    program,
    settings,
    hints,
    get diagnostics(): readonly CoreDiagnostic[] {
      return (diagnostics ??= findDiagnostics());
    },
    dependencies: program.imports.map((i) => i.path),
    host,
  };
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
