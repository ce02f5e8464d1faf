/**
 * The help of each diagnostic code comes from its row of docs/language.md §4, the one table of
 * codes (the SARIF rules show it): every code has one row, and a reference that lost or doubled
 * a row is refused rather than read wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticHelp } from '../../../server/src/core/diagnostic-help';
import { DIAGNOSTIC_CODES } from '../../../server/src/core/diagnostics';
import { REPO } from '../helpers/analyze';

const reference = readFileSync(path.join(REPO, 'docs/language.md'), 'utf8');
const MARKDOWN = /`|\*\*|\]\(/;

describe('the help of every diagnostic code', () => {
  it('is the bundled reference’s row: plain text, markdown as written, and a title from its first clause', () => {
    const help = diagnosticHelp();
    expect([...help.keys()].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    expect(diagnosticHelp(reference)).toEqual(help);
    for (const entry of help.values()) {
      expect(entry.text, entry.code).not.toMatch(MARKDOWN);
      expect(entry.summary, entry.code).not.toMatch(MARKDOWN);
      expect(entry.summary.length, entry.code).toBeLessThan(entry.text.length);
      expect(entry.text, entry.code).toMatch(/^[A-Za-z].*\.$/s);
    }
    expect(help.get('ref/import')).toEqual({
      code: 'ref/import',
      defaultSeverity: 'error',
      markdown: '**Extension**: an import that cannot be followed (§2).',
      text: 'Extension: an import that cannot be followed (§2).',
      summary: 'An import that cannot be followed',
    });
    expect(help.get('window/oxidation')!.summary).toBe("An uncoated cathode's upper voltage is above the oxidation limit of an electrolyte it touches");
  });

  it('refuses a reference that lost a code’s row, doubled one, or gave another default severity', () => {
    const row = (code: string) => reference.split('\n').find((line) => line.startsWith(`| \`${code}\` |`))!;
    expect(() => diagnosticHelp(reference.replace(`${row('cell/balance')}\n`, ''))).toThrow(/no row.*cell\/balance/);
    expect(() => diagnosticHelp(reference.replace(row('mix/sum'), `${row('mix/sum')}\n${row('mix/sum')}`))).toThrow(/`mix\/sum` has two rows/);
    expect(() => diagnosticHelp(reference.replace(row('mix/sum'), row('mix/sum').replace('| error |', '| warning |')))).toThrow(/mix\/sum/);
    expect(() => diagnosticHelp(reference.replace(row('mix/sum'), row('mix/sum').replace('| error |', '| fatal |')))).toThrow(/cannot read the row/);
    expect(() => diagnosticHelp(reference.replace(row('mix/sum'), `${row('mix/sum')} extra |`))).toThrow(/cannot read the row/);
  });
});
