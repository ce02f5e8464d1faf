/**
 * The built-in library shown as a read-only `.cell` document, so go-to-definition on `NCM811`
 * opens something a user can read: every value in the language's own syntax, with its source
 * beside it. (It is also a test of the library: it must parse and check clean.)
 */
import type { Span } from '../../../../grammar/ast';
import { shortCitation } from '../library';
import { allLibraryMaterials } from '../model/library-materials';
import type { MaterialModel, NumberRange, Sourced, WindowLimit } from '../model';

export const LIBRARY_DOCUMENT_URI = 'cellspec-library:/builtin-library.cell';

export interface LibraryDocument {
  readonly text: string;
  /** Material name → span of its name in `text`. */
  readonly spans: ReadonlyMap<string, Span>;
}

let cached: LibraryDocument | undefined;

export function libraryDocument(): LibraryDocument {
  if (cached) return cached;
  const lines: string[] = ['# The Cellspec built-in material library (read-only). Every value cites its source.', ''];
  const spans = new Map<string, Span>();
  let length = lines.join('\n').length + 1;
  const push = (line: string): void => {
    lines.push(line);
    length += line.length + 1;
  };
  for (const material of allLibraryMaterials()) {
    if (material.description) push(`# ${material.description}`);
    if (material.aliases?.length) push(`# also known as: ${material.aliases.join(', ')}`);
    const header = `material ${material.name} {`;
    spans.set(material.name, { start: length + 'material '.length, end: length + 'material '.length + material.name.length });
    push(header);
    for (const [key, value, provenance] of rows(material)) {
      const cited = provenance ? `   # ${provenance}` : '';
      push(`  ${key.padEnd(11)} ${value}${cited}`);
    }
    push('}');
    push('');
  }
  cached = { text: lines.join('\n'), spans };
  return cached;
}

type Row = [key: string, value: string, provenance: string | undefined];

function rows(m: MaterialModel): Row[] {
  const out: Row[] = [];
  // Every value here is the library's, so a source is a key: shown by its short citation (`Zhu et al. 2015`).
  const cite = (s: { source?: string; note?: string } | undefined): string | undefined =>
    s && (s.source || s.note) ? [s.source && shortCitation(s.source), s.note].filter(Boolean).join(' — ') : undefined;
  const num = (v: number): string => String(Number(v.toPrecision(6)));
  const range = (r: Sourced<NumberRange>, unit: string): string =>
    r.value.low === r.value.high ? `${num(r.value.low)} ${unit}` : `${num(r.value.low)} ${unit} .. ${num(r.value.high)} ${unit}`;
  if (m.formulaText) out.push(['formula', m.formulaText, undefined]);
  if (m.role) out.push(['role', m.role.value, undefined]);
  if (m.voltage) out.push(['voltage', `${num(m.voltage.value)} V`, cite(m.voltage)]);
  if (m.capacity) out.push(['capacity', `${num(m.capacity.value)} mAh/g`, cite(m.capacity)]);
  if (m.electrons) out.push(['electrons', num(m.electrons.value), cite(m.electrons)]);
  if (m.ionic) out.push(['ionic', range(m.ionic, 'mS/cm'), cite(m.ionic)]);
  if (m.electronic) out.push(['electronic', range(m.electronic, 'mS/cm'), cite(m.electronic)]);
  if (m.diffusivity) out.push(['diffusivity', range(m.diffusivity, 'cm2/s'), cite(m.diffusivity)]);
  // The language has no half-open window, so a one-sided one is shown as a comment.
  const { low, high } = m.window ?? {};
  const limit = (l: WindowLimit | undefined, label: string) => (l ? `${label} ${num(l.value)} V (${[l.method, cite(l)].filter(Boolean).join('; ')})` : undefined);
  if (low && high) out.push(['window', `${num(low.value)} V .. ${num(high.value)} V`, [limit(low, 'reduction'), limit(high, 'oxidation')].join('; ')]);
  else if (low || high) out.push(['#', `window: ${limit(low, 'reduction') ?? limit(high, 'oxidation')}`, undefined]);
  // Library data the language cannot declare: a comment.
  if (m.reducedAt) out.push(['#', `reduced at ${m.reducedAt.anode}, ${num(m.reducedAt.value)} V${cite(m.reducedAt) ? ` (${cite(m.reducedAt)})` : ''}`, undefined]);
  if (m.interphase) out.push(['interphase', m.interphase.value, cite(m.interphase)]);
  if (m.percolation) out.push(['percolation', num(m.percolation.value), cite(m.percolation)]);
  if (m.density) out.push(['density', `${num(m.density.value)} g/cm3`, cite(m.density)]);
  if (m.source) out.push(['source', JSON.stringify(m.source), undefined]);
  return out;
}
