/**
 * parse → resolve → check for one document: the core's main entry. The LSP server calls it
 * on every (debounced) edit, the CLI once per file; both get plain data back.
 */
import type { ParseResult } from '../../../grammar/ast';
import { parse } from '../../../grammar';
import type { FileHost } from './api';
import { runChecks } from './checks';
import { computeProgram, type ProgramHints } from './compute';
import { diagnostic, type CoreDiagnostic } from './diagnostics';
import { buildProgram, type Program } from './model';
import { applySeverity, DEFAULT_SETTINGS, type CellspecSettings } from './settings';
import { LineIndex } from './text/line-index';

export interface AnalysisOptions {
  readonly host: FileHost;
  readonly settings?: CellspecSettings;
}

export interface DocumentAnalysis {
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly parse: ParseResult;
  readonly program: Program;
  readonly settings: CellspecSettings;
  /** The computed values of LANGUAGE.md §6, once per analysis: checks, hints, hovers and the report read them. */
  readonly hints: ProgramHints;
  /** Sorted by position; severities after the settings' overrides (codes set to `off` removed). */
  readonly diagnostics: readonly CoreDiagnostic[];
  /** Absolute paths of every file this one imports, directly or not: re-check when one changes. */
  readonly dependencies: readonly string[];
}

export function analyzeDocument(file: string, text: string, options: AnalysisOptions): DocumentAnalysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const parsed = parse(text);
  const program = buildProgram(file, text, parsed, options.host);
  const hints = computeProgram(program, settings);
  const found: CoreDiagnostic[] = [
    ...parsed.errors.map((error) => diagnostic('syntax', error.span, error.message)),
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
  };
}
