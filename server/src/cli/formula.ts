/** `cellspec formula`: the one-off formula calculator (LANGUAGE.md §8). */
import { readFileSync } from 'node:fs';
import { analyzeFormula, type FormulaReport } from '../core/formula/analyze';
import { formatOption, parseCommandArgs } from './args';
import { UsageError } from './usage';

export function runFormula(args: string[]): number {
  const { values, positionals } = parseCommandArgs('formula', args, {
    format: { type: 'string', short: 'f' },
    stdin: { type: 'boolean' },
  });
  const format = formatOption('formula', values.format, ['text', 'json'] as const, 'text');
  let inputs = positionals;
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('formula: give formulas as arguments or with --stdin, not both');
    inputs = readFileSync(0, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  } else if (inputs.length === 0) {
    throw new UsageError('formula: name at least one FORMULA (or use --stdin)');
  }
  const reports = inputs.map(analyzeFormula);
  if (format === 'json') process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else process.stdout.write(reports.map(renderText).join('\n'));
  return reports.every((r) => r.valid) ? 0 : 1;
}

function renderText(report: FormulaReport): string {
  if (!report.valid) {
    const error = report.error!;
    const pointer = `${' '.repeat(error.start)}${'^'.repeat(Math.max(1, error.end - error.start))}`;
    // The message already names the suggestion ("did you mean Li2S?").
    return `${report.input}\n${pointer}\n  invalid: ${error.message}\n`;
  }
  const elements = Object.entries(report.elements)
    .map(([symbol, amount]) => `${symbol} ${amount}`)
    .join(', ');
  const balance =
    report.chargeBalanced === null
      ? `not charge-checked${report.chargeNote ? `: ${report.chargeNote}` : ''}`
      : report.chargeBalanced
        ? report.anionRedox
          ? 'balanced only with a chalcogen at −1 (anionic redox)'
          : 'charge balanced'
        : `NOT charge balanced${report.chargeNote ? `: ${report.chargeNote}` : ''}`;
  const states = report.oxidationStates
    ? Object.entries(report.oxidationStates)
        .map(([symbol, state]) => `${symbol} ${state > 0 ? '+' : ''}${Number(state.toFixed(3))}`)
        .join(', ')
    : undefined;
  return [
    report.input,
    `  elements             ${elements}`,
    `  molar mass           ${report.molarMass!.toFixed(3)} g/mol`,
    `  anion class          ${report.anionClass}`,
    `  charge               ${balance}${states ? ` (${states})` : ''}`,
    `  capacity/electron    ${report.capacityPerElectron!.toFixed(1)} mAh/g`,
    '',
  ].join('\n');
}
