/** `cellspec check`: diagnostics of files, as text for people, JSON for tools or SARIF for code scanning (docs/language.md §8). */
import path from 'node:path';
import { AnalysisHost, internalErrorDiagnostic, LineIndex, type CoreDiagnostic } from '../core';
import { formatOption, parseCommandArgs } from './args';
import { writeJson, writeText } from './output';
import { sarifLog } from './sarif';
import { UsageError } from './usage';
import { collectCellFiles, contextFor } from './workspace';

export interface JsonDiagnostic {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: CoreDiagnostic['severity'];
  code: CoreDiagnostic['code'];
  message: string;
}

export function runCheck(args: string[]): number {
  const { values, positionals } = parseCommandArgs('check', args, { format: { type: 'string', short: 'f' } });
  const format = formatOption('check', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const files = collectCellFiles('check', positionals);
  // This run's analyses: each file is checked once and forgotten, so memory holds one file's at a time.
  const analyses = new AnalysisHost();
  const results: JsonDiagnostic[] = [];
  const settingsErrors = new Set<string>();
  for (const file of files) {
    const context = contextFor(file);
    context.settingsErrors.forEach((e) => settingsErrors.add(e));
    const text = context.host.readFile(path.resolve(file));
    if (text === undefined) throw new UsageError(`check: cannot read ${file}`);
    const lines = new LineIndex(text);
    for (const d of diagnosticsOf(analyses, file, text, context)) {
      results.push({
        file,
        range: { start: lines.positionAt(d.span.start), end: lines.positionAt(d.span.end) },
        severity: d.severity,
        code: d.code,
        message: d.message,
      });
    }
  }
  if (settingsErrors.size > 0) {
    // A bad cellspec.json is the user's input too: say what is wrong and stop.
    throw new UsageError([...settingsErrors].join('\ncellspec: '));
  }
  if (format === 'json') writeJson(results);
  else if (format === 'sarif') writeJson(sarifLog(results));
  else writeText(renderText(results, files.length));
  return results.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The file's diagnostics; a failure of Cellspec on one file is that file's `internal` error, and the other files go on. */
function diagnosticsOf(analyses: AnalysisHost, file: string, text: string, context: ReturnType<typeof contextFor>): readonly CoreDiagnostic[] {
  try {
    return analyses.analyze(path.resolve(file), text, { host: context.host, settings: context.settings }).diagnostics;
  } catch (error) {
    return [internalErrorDiagnostic(error)];
  } finally {
    analyses.forget(path.resolve(file));
  }
}

function renderText(results: readonly JsonDiagnostic[], fileCount: number): string {
  const lines = results.map(
    (d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} [${d.code}] ${d.message}`,
  );
  const count = (severity: string) => results.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('information') + count('hint');
  lines.push(
    `${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ` +
      `${warnings} warning${warnings === 1 ? '' : 's'}, ${notes} note${notes === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
