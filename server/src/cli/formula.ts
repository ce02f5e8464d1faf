/** `cellspec formula`: the one-off formula calculator (docs/language.md §8). */
import { formatCharge, formatMolarMass, formatSig, forTerminal, reportFormula, type FormulaReport } from '../core';
import { formatOption, parseCommandArgs } from './args';
import { jsonText, OutputBlocks, terminalText } from './output';
import { UsageError } from './usage';

type FormulaFormat = 'text' | 'json' | 'jsonl';

/**
 * A line of standard input longer than this is reported as an error without being kept: a batch
 * runs in memory that does not grow with its input, even when the input has no line breaks.
 */
export const MAX_STDIN_LINE_CHARACTERS = 1_000_000;

export async function runFormula(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('formula', args, {
    format: { type: 'string', short: 'f' },
    stdin: { type: 'boolean' },
  });
  const format = formatOption<FormulaFormat>('formula', values.format, ['text', 'json', 'jsonl'], 'text');
  const output = new FormulaOutput(format);
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('formula: give formulas as arguments or with --stdin, not both');
    await forEachStdinLine((line) => output.add(typeof line === 'string' ? reportFormula(line) : lineTooLong(line.tooLong)));
  } else {
    if (positionals.length === 0) throw new UsageError('formula: name at least one FORMULA (or use --stdin)');
    for (const input of positionals) await output.add(reportFormula(input));
  }
  await output.end();
  return output.allValid ? 0 : 1;
}

/** The JSON of one formula: the core's report, plus the library material it looks like, if any. */
type CliFormulaReport = ReturnType<typeof reportFormula>;

/**
 * Writes reports as they come, in the three formats, with the output of the whole-array JSON
 * identical to `JSON.stringify(reports, null, 2)`. Output is gathered into blocks of about
 * 64 KB and written with back-pressure, so a slow reader pauses the batch instead of
 * letting output pile up in memory.
 */
class FormulaOutput {
  allValid = true;
  private count = 0;
  private readonly blocks = new OutputBlocks();

  constructor(private readonly format: FormulaFormat) {}

  /** Adds a report; a promise only when the output had to be written and the reader is behind (awaiting every line cost a turn of the event loop per formula). */
  add(report: CliFormulaReport): Promise<void> | undefined {
    if (!report.valid) this.allValid = false;
    const first = this.count === 0;
    this.count++;
    switch (this.format) {
      case 'text':
        this.push(`${first ? '' : '\n'}${renderText(report)}`);
        break;
      case 'jsonl':
        this.push(`${jsonText(report, 0)}\n`);
        break;
      case 'json':
        // The report as an element of the array, indented by JSON.stringify itself (no pass of a regular expression per report).
        this.push(`${first ? '[\n' : ',\n'}${jsonText([report]).slice(2, -2)}`);
        break;
    }
    return this.blocks.full ? this.flush() : undefined;
  }

  async end(): Promise<void> {
    if (this.format === 'json') this.push(this.count === 0 ? '[]\n' : '\n]\n');
    await this.flush();
  }

  private push(text: string): void {
    this.blocks.add(text);
  }

  private async flush(): Promise<void> {
    const block = this.blocks.take();
    if (block === undefined) return;
    if (!process.stdout.write(block)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

/**
 * Calls `each` for every non-empty line of standard input (trimmed; `\n` or `\r\n`), reading it
 * chunk by chunk. A line longer than MAX_STDIN_LINE_CHARACTERS is dropped as it is read and
 * passed as `{ tooLong: its length }`.
 */
async function forEachStdinLine(each: (line: string | { readonly tooLong: number }) => Promise<void> | undefined): Promise<void> {
  process.stdin.setEncoding('utf8');
  let rest = '';
  let overlong = 0;
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline < 0) break;
      const piece = chunk.slice(start, newline);
      start = newline + 1;
      if (overlong > 0) {
        await each({ tooLong: overlong + piece.length });
        overlong = 0;
        continue;
      }
      const line = (rest.length > 0 ? rest + piece : piece).trim();
      rest = '';
      if (line.length > 0) {
        const writing = each(line);
        if (writing) await writing;
      }
    }
    const tail = chunk.slice(start);
    if (overlong > 0) overlong += tail.length;
    else if (rest.length + tail.length > MAX_STDIN_LINE_CHARACTERS) {
      overlong = rest.length + tail.length;
      rest = '';
    } else rest += tail;
  }
  if (overlong > 0) await each({ tooLong: overlong });
  else if (rest.trim().length > 0) await each(rest.trim());
}

function lineTooLong(length: number): FormulaReport {
  const message = `this line has ${length.toLocaleString('en-US')} characters; a formula line may have at most ${MAX_STDIN_LINE_CHARACTERS.toLocaleString('en-US')}`;
  return {
    input: '',
    valid: false,
    error: { code: 'formula/syntax', message, start: 0, end: 0 },
    elements: {},
    molarMass: null,
    anionClass: null,
    chargeBalanced: null,
    capacityPerElectron: null,
  };
}

function renderText(report: CliFormulaReport): string {
  const input = forTerminal(report.input);
  if (!report.valid) {
    const error = report.error!;
    // Measured on the shown text, where a control character takes six columns (`U+001B`).
    const before = forTerminal(report.input.slice(0, error.start)).length;
    const width = forTerminal(report.input.slice(error.start, error.end)).length;
    const pointer = `${' '.repeat(before)}${'^'.repeat(Math.max(1, width))}`;
    // The message already names the suggestion ("did you mean Li2S?").
    return terminalText(`${input}\n${pointer}\n  invalid: ${error.message}\n`);
  }
  const elements = Object.entries(report.elements)
    .map(([symbol, amount]) => `${symbol} ${amount}`)
    .join(', ');
  const balance =
    report.chargeBalanced === null
      ? `not charge-checked${report.chargeNote ? `: ${report.chargeNote}` : ''}`
      : report.chargeBalanced
        ? report.anionRedox
          ? `anion redox${report.chargeNote ? `: ${report.chargeNote}` : ''}`
          : `charge balanced${report.chargeNote ? `: ${report.chargeNote}` : ''}`
        : `NOT charge balanced${report.chargeNote ? `: ${report.chargeNote}` : ''}`;
  const states = report.oxidationStates
    ? Object.entries(report.oxidationStates)
        .map(([symbol, state]) => `${symbol} ${formatCharge(state)}`)
        .join(', ')
    : undefined;
  return terminalText(
    [
      input,
      `  elements             ${elements}`,
      `  molar mass           ${formatMolarMass(report.molarMass!)} g/mol`,
      `  anion class          ${report.anionClass}`,
      `  charge               ${balance}${states ? ` (${states})` : ''}`,
      `  capacity/electron    ${formatSig(report.capacityPerElectron!)} mAh/g`,
      ...(report.siteNote ? [`  sites                ${report.siteNote}`] : []),
      ...(report.lookalike ? [`  looks like           ${report.lookalike.replacement} of the library: did you mean it?`] : []),
      '',
    ].join('\n'),
  );
}
