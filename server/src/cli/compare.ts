/** `cellspec compare A.cell B.cell`: two designs side by side, cell by cell, as text, JSON or HTML. */
import path from 'node:path';
import { AnalysisHost, compareDesigns, comparisonJson, renderComparisonHtml, renderComparisonText } from '../core';
import { formatOption, parseCommandArgs } from './args';
import { writeJson, writeText } from './output';
import { UsageError } from './usage';
import { contextFor } from './workspace';
import { statSync } from 'node:fs';

export function runCompare(args: string[]): number {
  const { values, positionals } = parseCommandArgs('compare', args, { format: { type: 'string', short: 'f' } });
  const format = formatOption('compare', values.format, ['text', 'json', 'html'] as const, 'text');
  if (positionals.length !== 2) throw new UsageError('compare: name exactly two .cell files (A and B)');
  const host = new AnalysisHost();
  const [a, b] = positionals.map((file) => {
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new UsageError(`compare: no such file: ${file}`);
    }
    if (!isFile) throw new UsageError(`compare: ${file} is not a file; name two .cell files`);
    const context = contextFor(file);
    if (context.settingsErrors.length) throw new UsageError(context.settingsErrors.join('\ncellspec: '));
    const text = context.host.readFile(path.resolve(file));
    if (text === undefined) throw new UsageError(`compare: cannot read ${file}`);
    // Both files may share a path (a file compared with itself): each gets its own lineage.
    const analysis = host.analyze(path.resolve(file), text, { host: context.host, settings: context.settings });
    host.forget(path.resolve(file));
    return { analysis, settings: context.settings, name: file };
  }) as [Analysed, Analysed];
  const comparison = compareDesigns(a.analysis, b.analysis, { a: a.settings, b: b.settings });
  const shown = { ...comparison, a: { ...comparison.a, file: a.name }, b: { ...comparison.b, file: b.name } };
  if (format === 'json') writeJson(comparisonJson(shown));
  else if (format === 'html') process.stdout.write(renderComparisonHtml(shown, { a: path.basename(a.name), b: path.basename(b.name) }));
  else writeText(renderComparisonText(shown));
  return 0;
}

type Analysed = { analysis: ReturnType<AnalysisHost['analyze']>; settings: ReturnType<typeof contextFor>['settings']; name: string };
