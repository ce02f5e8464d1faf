/**
 * Where a shown value comes from, in words: a line of this file, a line of an imported file,
 * or a cited library source. Library citations are long (authors, journal, what was read), so
 * a hover cites them as numbered notes under its table instead of inside the rows.
 */
import type { Span } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import type { Declared, Provenance } from '../model';
import { librarySource } from '../model/library-materials';
import { forMarkdown, forMarkdownCode } from '../text/inert';

/** `materials.cell` for a file beside the document, else the path relative to the workspace. */
export function displayPath(analysis: DocumentAnalysis, file: string): string {
  const slash = analysis.file.lastIndexOf('/');
  const directory = slash >= 0 ? analysis.file.slice(0, slash + 1) : '';
  if (directory && file.startsWith(directory)) return file.slice(directory.length);
  return file;
}

/** 1-based line of an offset in this document or one of its imports. */
export function lineOf(analysis: DocumentAnalysis, file: string, offset: number): number | undefined {
  if (file === analysis.file) return analysis.lines.positionAt(offset).line + 1;
  const imported = analysis.program.imports.find((i) => i.path === file);
  if (!imported) return undefined;
  let line = 1;
  for (let i = 0; i < offset && i < imported.text.length; i++) if (imported.text.charCodeAt(i) === 10) line++;
  return line;
}

/** `line 9`, or `materials.cell line 9` for an imported file. */
export function placeText(analysis: DocumentAnalysis, file: string | undefined, span: Span | undefined): string | undefined {
  if (!file || !span) return undefined;
  const line = lineOf(analysis, file, span.start);
  const where = file === analysis.file ? '' : `${displayPath(analysis, file)} `;
  return line === undefined ? where.trim() || undefined : `${where}line ${line}`;
}

/** Where a material, composite or cell is declared, as the hover's header says it. */
export function originText(analysis: DocumentAnalysis, declared: Declared): string {
  if (declared.kind === 'material' && declared.origin === 'library') return 'built-in library';
  if (declared.kind === 'material' && declared.origin === 'formula') {
    return 'ad-hoc formula (not declared, not in the library: only its formula is known)';
  }
  const place = placeText(analysis, declared.file, declared.nameSpan);
  if (declared.file === analysis.file) return `declared in this file${place ? ` (${place})` : ''}`;
  return `imported from ${forMarkdownCode(declared.file ? displayPath(analysis, declared.file) : 'another file')}${place ? ` (${place.replace(/^.* line/, 'line')})` : ''}`;
}

/** Numbered notes for library citations, shared by the rows of one hover. */
export class Citations {
  private readonly notes: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The row's source cell: a line of a document, or `[n]` pointing at a note below the table. */
  cite(analysis: DocumentAnalysis, origin: 'document' | 'library' | 'formula', provenance: Provenance | undefined): string {
    if (!provenance) return '';
    if (origin !== 'library') return placeText(analysis, provenance.file, provenance.span) ?? '';
    if (!provenance.source || provenance.source === 'library') return provenance.note ?? 'built-in library';
    const text = libraryCitation(provenance.source, provenance.note);
    let number = this.numbers.get(text);
    if (number === undefined) {
      this.notes.push(text);
      number = this.notes.length;
      this.numbers.set(text, number);
    }
    return `[${number}]`;
  }

  /** The notes as a markdown list, or undefined when nothing was cited. */
  render(): string | undefined {
    if (this.notes.length === 0) return undefined;
    return this.notes.map((note, i) => `[${i + 1}] ${note}`).join('  \n');
  }
}

/** `Y. Zhu, … (2015) — doi:10.1021/… — note`, from a library source key. */
export function libraryCitation(key: string, note?: string): string {
  const source = librarySource(key);
  const citation = forMarkdown(source ? shorten(source.citation, MAX_CITATION_CHARS) : key);
  const doi = source?.doi ? ` — [doi:${source.doi}](https://doi.org/${source.doi})` : '';
  return `${citation}${doi}${note ? ` — ${forMarkdown(shorten(note, MAX_NOTE_CHARS))}` : ''}`;
}

/** A hover stays readable: a dataset citation listing dozens of DOIs is cut (sources.json keeps it whole). */
const MAX_CITATION_CHARS = 200;
const MAX_NOTE_CHARS = 300;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).replace(/[,;:]$/, '')} …`;
}
