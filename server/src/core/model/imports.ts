/**
 * `import "lib.cell"`: follow imports (relative to the importing file), transitively, in order.
 * Safety first: an import never reads outside the workspace root (no `..` escape, no absolute
 * path elsewhere, no symlink pointing out), depth and size are bounded, and cycles are reported
 * instead of followed. Nothing in an imported file is executed; it is only parsed.
 */
import path from 'node:path';
import type { ImportDecl, ParseResult } from '../../../../grammar/ast';
import { parse } from '../../../../grammar';
import type { FileHost } from '../api';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';

export const MAX_IMPORT_DEPTH = 16;
export const MAX_IMPORTED_FILES = 256;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportedFile {
  readonly path: string;
  readonly text: string;
  readonly parse: ParseResult;
}

export interface ImportResult {
  /** Every file reached, each once, in the order its declarations come into scope. */
  readonly files: readonly ImportedFile[];
  /** The `import` declaration of the document that brought each file in (for messages). */
  readonly via: ReadonlyMap<string, ImportDecl>;
}

const parseCache = new Map<string, { text: string; parse: ParseResult }>();
/** Imported files whose parse is kept (least recently used first out): memory stays bounded however many files a session sees. */
const MAX_CACHED_IMPORTS = 2 * MAX_IMPORTED_FILES;

/** Parses an imported file once per distinct text: a library imported by many files is parsed once. */
function parseImported(file: string, text: string): ParseResult {
  const cached = parseCache.get(file);
  parseCache.delete(file);
  if (cached && cached.text === text) {
    parseCache.set(file, cached);
    return cached.parse;
  }
  const result = parse(text);
  parseCache.set(file, { text, parse: result });
  if (parseCache.size > MAX_CACHED_IMPORTS) parseCache.delete(parseCache.keys().next().value!);
  return result;
}

/** Why an import was not read: each document import line reports each cause once. */
type ImportProblem = 'name' | 'absolute' | 'outside' | 'missing' | 'link' | 'cycle' | 'depth' | 'count' | 'size' | 'unreadable';

export function loadImports(file: string, document: ParseResult, host: FileHost, diagnostics: CoreDiagnostic[]): ImportResult {
  const files: ImportedFile[] = [];
  const via = new Map<string, ImportDecl>();
  const seen = new Set<string>([normalise(file)]);
  const root = path.resolve(host.workspaceRoot);

  // Problems deep in the chain are shown on the document's own import line, once per cause: a
  // mesh of 10,000 files importing each other is a few messages, not one per file reached.
  const reported = new Map<string, { at: ImportDecl; message: string; more: number }>();
  const visit = (from: string, parsed: ParseResult, stack: string[], top: ImportDecl | undefined): void => {
    for (const decl of parsed.document.declarations) {
      if (decl.kind !== 'import' || !decl.path) continue;
      const report = (cause: ImportProblem, message: string): void => {
        const at = top ?? decl;
        const key = `${at.span.start}:${cause}`;
        const earlier = reported.get(key);
        if (earlier) earlier.more++;
        else reported.set(key, { at, message: top ? `${message} (imported through \`${top.path?.value}\`)` : message, more: 0 });
      };
      const requested = decl.path.value;
      if (requested.trim() === '') {
        report('name', 'an import needs a file name, e.g. `import "library.cell"`');
        continue;
      }
      if (path.isAbsolute(requested) || /^[a-zA-Z]:[\\/]/.test(requested)) {
        report('absolute', `\`${requested}\` is an absolute path; imports are relative to the importing file and stay inside the workspace`);
        continue;
      }
      const target = path.resolve(path.dirname(from), requested);
      if (!inside(root, target)) {
        report('outside', `\`${requested}\` is outside the workspace (${root}); imports never read outside it`);
        continue;
      }
      const real = host.realPath ? host.realPath(target) : target;
      if (real === undefined) {
        report('missing', `cannot find \`${requested}\` (looked for ${target})`);
        continue;
      }
      if (!inside(root, real)) {
        report('link', `\`${requested}\` is a link to ${real}, outside the workspace; imports never read outside it`);
        continue;
      }
      const key = normalise(real);
      if (stack.includes(key)) {
        const cycle = [...stack, key].map((p) => path.relative(root, p) || p).join(' → ');
        report('cycle', `import cycle: ${cycle}`);
        continue;
      }
      if (seen.has(key)) continue;
      if (stack.length >= MAX_IMPORT_DEPTH) {
        report('depth', `imports are nested more than ${MAX_IMPORT_DEPTH} deep; \`${requested}\` is not read`);
        continue;
      }
      if (files.length >= MAX_IMPORTED_FILES) {
        report('count', `more than ${MAX_IMPORTED_FILES} files are imported; \`${requested}\` is not read`);
        continue;
      }
      // Refused before reading where the host can tell the size, so a huge file is never loaded.
      // A UTF-16 code unit takes at most 3 bytes of UTF-8: a file over 3× the limit in bytes is over it in characters too.
      const bytes = host.fileSize?.(real);
      if (bytes !== undefined && bytes > MAX_IMPORT_BYTES * 3) {
        report('size', `\`${requested}\` is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB and is not imported`);
        continue;
      }
      const text = host.readFile(real);
      if (text === undefined) {
        report('unreadable', `cannot read \`${requested}\` (${real})`);
        continue;
      }
      if (text.length > MAX_IMPORT_BYTES) {
        report('size', `\`${requested}\` is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB and is not imported`);
        continue;
      }
      seen.add(key);
      const imported = { path: real, text, parse: parseImported(real, text) };
      files.push(imported);
      via.set(real, top ?? decl);
      visit(real, imported.parse, [...stack, key], top ?? decl);
    }
  };

  visit(file, document, [normalise(file)], undefined);
  for (const { at, message, more } of reported.values()) {
    const also = more > 0 ? `; ${more} more import${more === 1 ? '' : 's'} through this line ${more === 1 ? 'has' : 'have'} the same problem` : '';
    diagnostics.push(diagnostic('ref/import', at.path?.span ?? at.span, `${message}${also}`));
  }
  return { files, via };
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function normalise(p: string): string {
  return path.resolve(p);
}
