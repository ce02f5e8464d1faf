/** `cellspec report`: the computed hints of docs/language.md §6 for one file, as text, JSON or HTML. */
import path from 'node:path';
import { AnalysisHost, computeReport, renderHtml, renderText } from '../core';
import { formatOption, parseCommandArgs } from './args';
import { writeError, writeJson, writeText } from './output';
import { UsageError } from './usage';
import { collectCellFiles, contextFor } from './workspace';

export function runReport(args: string[]): number {
  const { values, positionals } = parseCommandArgs('report', args, { format: { type: 'string', short: 'f' } });
  const format = formatOption('report', values.format, ['text', 'json', 'html'] as const, 'text');
  if (positionals.length !== 1) throw new UsageError('report: name exactly one FILE');
  const [file] = collectCellFiles('report', positionals);
  if (path.resolve(file!) !== path.resolve(positionals[0]!)) {
    throw new UsageError(`report: ${positionals[0]} is a directory; name one .cell file (e.g. ${file})`);
  }
  const context = contextFor(file!);
  if (context.settingsErrors.length) throw new UsageError(context.settingsErrors.join('\ncellspec: '));
  const text = context.host.readFile(path.resolve(file!));
  if (text === undefined) throw new UsageError(`report: cannot read ${file}`);
  const analysis = new AnalysisHost().analyze(path.resolve(file!), text, { host: context.host, settings: context.settings });
  const report = computeReport(analysis.program, context.settings);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    // The report is still useful while a file is being written, but say that it rests on what could be read.
    writeError(`note: ${file} has ${errors} error${errors === 1 ? '' : 's'} (see \`cellspec check ${file}\`); the report uses what could be read`);
  }
  if (format === 'json') writeJson(report);
  else if (format === 'html') process.stdout.write(renderHtml(report, path.basename(file!)));
  else writeText(renderText(report));
  return 0;
}
