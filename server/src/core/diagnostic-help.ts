/**
 * What each diagnostic code means, in the words of its row of docs/language.md §4: the one table
 * of codes, default severities and descriptions (test/unit/docs keeps it in step with
 * `DIAGNOSTIC_CODES` and `DEFAULT_SEVERITY`). The reference is bundled at build time, so the help
 * a tool shows (the CLI's SARIF rules) is the text a user reads in the reference.
 */
import * as z from 'zod';
import { lazy } from './lazy';
import languageReference from '../../../docs/language.md?raw';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './diagnostics';
import { markdownAsPlainText } from './text/plain-text';

export interface DiagnosticHelp {
  readonly code: DiagnosticCode;
  readonly defaultSeverity: Severity;
  /** The row's description as a sentence, in markdown as the reference writes it. */
  readonly markdown: string;
  /** The same sentence as plain text. */
  readonly text: string;
  /** Its first clause, as a title: "No charge-balanced assignment of known oxidation states exists". */
  readonly summary: string;
}

const TABLE_START = '## 4. Diagnostics';
const TABLE_END = '## 5. ';

/** One row of the table: `` | `code`[, `code`] | severity | description | ``. */
const rowSchema = lazy(() =>
  z.tuple([z.array(z.enum(DIAGNOSTIC_CODES)).min(1), z.enum(['error', 'warning', 'information', 'hint']), z.string().min(1)]),
);

/** The help of every diagnostic code, from the reference's §4; throws if a code has no row or two. */
export function diagnosticHelp(reference: string = languageReference): ReadonlyMap<DiagnosticCode, DiagnosticHelp> {
  const section = reference.slice(reference.indexOf(TABLE_START), reference.indexOf(TABLE_END));
  const help = new Map<DiagnosticCode, DiagnosticHelp>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    const [codeCell = '', severityCell, descriptionCell] = cells;
    const parsed = rowSchema().safeParse([[...codeCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]), severityCell, descriptionCell]);
    if (!parsed.success || cells.length !== 3) throw new Error(`docs/language.md §4: cannot read the row ${line.slice(0, 60)}`);
    const [codes, defaultSeverity, markdown] = parsed.data;
    for (const code of codes) {
      if (help.has(code)) throw new Error(`docs/language.md §4: \`${code}\` has two rows`);
      const text = markdownAsPlainText(markdown);
      help.set(code, { code, defaultSeverity, markdown: asSentence(markdown), text: asSentence(text), summary: firstClause(text) });
    }
  }
  const missing = DIAGNOSTIC_CODES.filter((code) => !help.has(code) || help.get(code)!.defaultSeverity !== DEFAULT_SEVERITY[code]);
  if (missing.length) throw new Error(`docs/language.md §4: no row, or another default severity, for ${missing.join(', ')}`);
  return help;
}

/** "Extension: an import that cannot be followed (§2)" → "An import that cannot be followed". */
function firstClause(text: string): string {
  const clause = text
    .replace(/^Extension[^:]*:\s*/, '')
    .replace(/\s*\([^()]*\)/g, '')
    .split(/; |: | — |\. /)[0]!
    .trim();
  return capitalized(clause);
}

/** A table cell as a sentence: a capital first letter and a full stop. */
function asSentence(cell: string): string {
  return `${capitalized(cell)}${cell.endsWith('.') ? '' : '.'}`;
}

/** A first word in small letters starts with a capital; `wt%`, `N/P` and `` `code` `` stay as they are. */
function capitalized(text: string): string {
  return /^[a-z]+[ ,'’]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
