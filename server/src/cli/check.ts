/** `cellspec check`: diagnostics of files, as text for people, JSON for tools or SARIF for code scanning (docs/language.md §8). */
import path from 'node:path';
import { AnalysisHost, internalErrorDiagnostic, LineIndex, type CoreDiagnostic } from '../core';
import { formatOption, parseCommandArgs } from './args';
import { jsonText, OutputBlocks, terminalText } from './output';
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
  const contexts = files.map((file) => contextFor(file));
  // A bad cellspec.json is the user's input too: say what is wrong and stop, before any output.
  const settingsErrors = new Set(contexts.flatMap((context) => context.settingsErrors));
  if (settingsErrors.size > 0) throw new UsageError([...settingsErrors].join('\ncellspec: '));
  // This run's analyses: each file is checked once and forgotten, so memory holds one file's at a time.
  const analyses = new AnalysisHost();
  const output = checkOutput(format);
  // A file that cannot be read (not a regular file, gone since it was listed, too large for a
  // string) is named once every other file is checked: the output stays whole (JSON too) and
  // the run still ends as unreadable input does.
  const unreadable: string[] = [];
  files.forEach((file, i) => {
    const context = contexts[i]!;
    const text = context.host.readFile(path.resolve(file));
    if (text === undefined) {
      unreadable.push(file);
      return;
    }
    const lines = new LineIndex(text);
    for (const d of diagnosticsOf(analyses, file, text, context)) {
      output.add({
        file,
        range: { start: lines.positionAt(d.span.start), end: lines.positionAt(d.span.end) },
        severity: d.severity,
        code: d.code,
        message: d.message,
      });
    }
  });
  output.end(files.length - unreadable.length);
  if (unreadable.length > 0) throw new UsageError(unreadable.map((file) => `check: cannot read ${file}`).join('\ncellspec: '));
  return output.counts.error > 0 ? 1 : 0;
}

/** The file's diagnostics; a failure of Cellspec on one file is that file's `internal` error, and the other files go on. */
function diagnosticsOf(analyses: AnalysisHost, file: string, text: string, context: ReturnType<typeof contextFor>): readonly CoreDiagnostic[] {
  try {
    return analyses.analyze(path.resolve(file), text, { host: context.host, settings: context.settings, once: true }).diagnostics;
  } catch (error) {
    return [internalErrorDiagnostic(error)];
  } finally {
    analyses.forget(path.resolve(file));
  }
}

interface CheckOutput {
  readonly counts: Record<JsonDiagnostic['severity'], number>;
  add(diagnostic: JsonDiagnostic): void;
  end(fileCount: number): void;
}

/**
 * Text and JSON are written as the diagnostics come, in blocks (output.ts), byte for byte what
 * the whole list would print; SARIF, one nested document, is written at the end.
 */
function checkOutput(format: 'text' | 'json' | 'sarif'): CheckOutput {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let written = 0;
  const blocks = new OutputBlocks();
  const write = (text: string): void => {
    blocks.add(text);
    if (blocks.full) process.stdout.write(blocks.take()!);
  };
  const finish = (text: string): void => {
    blocks.add(text);
    const block = blocks.take();
    if (block !== undefined) process.stdout.write(block);
  };
  const results: JsonDiagnostic[] = [];
  return {
    counts,
    add(d) {
      counts[d.severity]++;
      written++;
      if (format === 'text') write(`${terminalText(`${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} [${d.code}] ${d.message}`)}\n`);
      // An element of the array, indented by JSON.stringify itself: the whole list's JSON, piece by piece.
      else if (format === 'json') write(`${written === 1 ? '[\n' : ',\n'}${jsonText([d]).slice(2, -2)}`);
      else results.push(d);
    },
    end(fileCount) {
      if (format === 'text') finish(`${terminalText(summary(counts, fileCount))}\n`);
      else if (format === 'json') finish(written === 0 ? '[]\n' : '\n]\n');
      else finish(`${jsonText(sarifLog(results))}\n`);
    },
  };
}

function summary(counts: CheckOutput['counts'], fileCount: number): string {
  const notes = counts.information + counts.hint;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(fileCount, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(notes, 'note')}`;
}
