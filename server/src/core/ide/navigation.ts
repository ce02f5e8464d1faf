/** Go to definition, find references and rename, over the resolved references of a document. */
import type { Name, Span } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import type { DefinitionTarget, FileEdit } from '../api';
import type { Declared } from '../model';
import { libraryDocument, LIBRARY_DOCUMENT_URI } from './library-document';

const contains = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;

/** The name under the cursor and what it denotes: a reference, or a declaration's own name. */
export function symbolAt(analysis: DocumentAnalysis, offset: number): { name: Name; target?: Declared; isDeclaration: boolean } | undefined {
  for (const reference of analysis.program.references) {
    if (contains(reference.name.span, offset)) return { name: reference.name, ...(reference.target ? { target: reference.target } : {}), isDeclaration: false };
  }
  const { materials, composites, cells } = analysis.program;
  for (const declared of [...materials, ...composites, ...cells]) {
    const name = declared.decl?.name;
    if (name && contains(name.span, offset)) return { name, target: declared, isDeclaration: true };
  }
  return undefined;
}

export function definitionAt(analysis: DocumentAnalysis, offset: number): DefinitionTarget | undefined {
  const symbol = symbolAt(analysis, offset);
  const target = symbol?.target;
  if (!target) return undefined;
  if (target.kind === 'material' && target.origin === 'library') {
    const library = libraryDocument();
    const span = library.spans.get(target.name);
    return span ? { file: LIBRARY_DOCUMENT_URI, span, virtualText: library.text } : undefined;
  }
  if (target.file && target.nameSpan) return { file: target.file, span: target.nameSpan };
  return undefined;
}

/** Every use of the name under the cursor in this document, and its declaration if it is here. */
export function referencesAt(analysis: DocumentAnalysis, offset: number, includeDeclaration = true): { file: string; span: Span }[] {
  const symbol = symbolAt(analysis, offset);
  if (!symbol) return [];
  const name = symbol.target?.name ?? symbol.name.text;
  const spans: { file: string; span: Span }[] = [];
  const target = symbol.target;
  if (includeDeclaration && target?.file && target.nameSpan) spans.push({ file: target.file, span: target.nameSpan });
  for (const reference of analysis.program.references) {
    const same = reference.target ? reference.target === target : reference.name.text === name;
    if (same) spans.push({ file: reference.file, span: reference.name.span });
  }
  return spans;
}

export type RenameResult = { ok: true; edits: FileEdit[] } | { ok: false; message: string };

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.()]*$/;
const HARD_KEYWORDS = new Set(['import', 'material', 'composite', 'cell']);

/** Whether a rename may start here, and the span it renames. */
export function prepareRename(analysis: DocumentAnalysis, offset: number): { span: Span; placeholder: string } | { message: string } {
  const symbol = symbolAt(analysis, offset);
  if (!symbol) return { message: 'Nothing to rename here: put the cursor on a material, composite or cell name.' };
  const target = symbol.target;
  if (!target || target.file !== analysis.file) {
    const where = target?.kind === 'material' && target.origin === 'library' ? 'the built-in library' : target?.file ?? 'nowhere';
    return { message: `\`${symbol.name.text}\` is declared in ${where}; rename it where it is declared.` };
  }
  return { span: symbol.name.span, placeholder: symbol.name.text };
}

export function renameAt(analysis: DocumentAnalysis, offset: number, newName: string): RenameResult {
  const prepared = prepareRename(analysis, offset);
  if ('message' in prepared) return { ok: false, message: prepared.message };
  if (!NAME_PATTERN.test(newName) || HARD_KEYWORDS.has(newName)) {
    return { ok: false, message: `\`${newName}\` is not a valid name (letters, digits, _ . ( ), not starting with a digit, not a keyword)` };
  }
  if (analysis.program.scope.lookup(newName)) return { ok: false, message: `\`${newName}\` is already declared` };
  const spans = referencesAt(analysis, offset, true).filter((s) => s.file === analysis.file);
  const unique = [...new Map(spans.map((s) => [`${s.span.start}:${s.span.end}`, s])).values()];
  return { ok: true, edits: [{ file: analysis.file, edits: unique.map((s) => ({ span: s.span, newText: newName })) }] };
}
