import type { Span } from '../../../grammar/ast';
import type { DiagnosticData } from './diagnostic-data';
import { boundedMessage } from './text/inert';

/** Every diagnostic code of docs/language.md §4: stable, and what code actions switch on. */
export const DIAGNOSTIC_CODES = [
  'syntax',
  'ref/undefined',
  'ref/duplicate',
  'ref/role',
  'ref/import',
  'ref/lookalike',
  'unit/unknown',
  'unit/dimension',
  'value/range',
  'formula/syntax',
  'formula/element',
  'stoich/charge',
  'stoich/anion-redox',
  'stoich/capacity',
  'stoich/sites',
  'mix/sum',
  'mix/units',
  'anion/mismatch',
  'window/oxidation',
  'window/reduction',
  'window/unknown',
  'conduction/percolation',
  'conduction/limited',
  'cell/incomplete',
  'cell/balance',
  'cell/ion',
  'internal',
  'document/too-large',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Default severities (docs/language.md §4); settings may override each. */
export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  syntax: 'error',
  'ref/undefined': 'error',
  'ref/duplicate': 'error',
  'ref/role': 'warning',
  'ref/import': 'error',
  // An extension: a name read as an ad-hoc formula that looks like a known one (`Li6PS5CI`, `LiCo02`).
  'ref/lookalike': 'warning',
  'unit/unknown': 'error',
  'unit/dimension': 'error',
  'value/range': 'error',
  'formula/syntax': 'error',
  'formula/element': 'error',
  'stoich/charge': 'warning',
  'stoich/anion-redox': 'information',
  'stoich/capacity': 'warning',
  // An extension: a layered AMX2 formula whose metal amounts do not fill the M site (LiNi0.88Co0.09Mn0.09O2).
  'stoich/sites': 'information',
  'mix/sum': 'error',
  'mix/units': 'error',
  'anion/mismatch': 'warning',
  'window/oxidation': 'warning',
  'window/reduction': 'warning',
  // An extension: what the library does not know about a contact (a reduction limit, an interphase), said rather than passed over.
  'window/unknown': 'information',
  'conduction/percolation': 'warning',
  'conduction/limited': 'warning',
  'cell/incomplete': 'error',
  // An extension: the anode holds less than the cathode gives (N/P < 1).
  'cell/balance': 'warning',
  // An extension (issue #14): a cell or composite whose materials carry both lithium and sodium.
  'cell/ion': 'error',
  // An extension: Cellspec itself failed on this file (a bug). Said, not swallowed, and the other files go on.
  internal: 'error',
  // An extension: the editor did not analyse this document (core/limits.ts); `cellspec check` does.
  'document/too-large': 'information',
};

/** A place in some file, for related information ("the electrolyte it touches is here"). */
export interface Location {
  /** Absolute path of the file, or `builtin:` for the built-in library. */
  readonly file: string;
  readonly span: Span;
}

export interface RelatedInformation {
  readonly location: Location;
  readonly message: string;
}

/**
 * A finding of the core, in plain data. `data` is what a quick fix needs (candidate names,
 * replacement text, normalised fractions…); its shape is declared per code in
 * `diagnostic-data.ts`, and `diagnostic()` only accepts that shape.
 */
export interface CoreDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly data?: unknown;
  readonly related?: readonly RelatedInformation[];
}

/** Messages quote user text through `boundedMessage`: short, and with nothing a terminal or an editor would obey. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  span: Span,
  message: string,
  extra: { data?: DiagnosticData<C>; related?: readonly RelatedInformation[] } = {},
): CoreDiagnostic {
  const related = extra.related?.map((r) => ({ ...r, message: boundedMessage(r.message) }));
  return { code, severity: DEFAULT_SEVERITY[code], message: boundedMessage(message), span, ...extra, ...(related ? { related } : {}) };
}
