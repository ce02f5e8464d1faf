/** Analyse `.cell` text in memory, as the editor would: a workspace of named files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/analyze';
import type { FileHost } from '../../../server/src/core/api';
import type { CoreDiagnostic } from '../../../server/src/core/diagnostics';
import { DEFAULT_SETTINGS, type CellspecSettings } from '../../../server/src/core/settings';
import { LineIndex } from '../../../server/src/core/text/line-index';

export const WORKSPACE = '/ws';
export const REPO = path.resolve(__dirname, '../../..');

export function memoryHost(files: Record<string, string> = {}, links: Record<string, string> = {}): FileHost {
  return {
    workspaceRoot: WORKSPACE,
    readFile: (p) => files[p],
    realPath: (p) => (p in links ? links[p] : p in files ? p : undefined),
  };
}

export function analyze(
  text: string,
  options: { file?: string; files?: Record<string, string>; settings?: Partial<CellspecSettings>; links?: Record<string, string> } = {},
): DocumentAnalysis {
  const file = options.file ?? `${WORKSPACE}/main.cell`;
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  return analyzeDocument(file, text, { host: memoryHost({ [file]: text, ...options.files }, options.links), settings });
}

/** `code@line` (1-based) for each diagnostic, in document order: easy to compare with a comment's expectations. */
export function codesAtLines(analysis: DocumentAnalysis): string[] {
  const lines = new LineIndex(analysis.text);
  return analysis.diagnostics.map((d) => `${d.code}@${lines.positionAt(d.span.start).line + 1}`);
}

export function codes(analysis: DocumentAnalysis): string[] {
  return analysis.diagnostics.map((d) => d.code);
}

export function only(analysis: DocumentAnalysis, code: string): CoreDiagnostic[] {
  return analysis.diagnostics.filter((d) => d.code === code);
}

export function spanText(analysis: DocumentAnalysis, d: { span: { start: number; end: number } }): string {
  return analysis.text.slice(d.span.start, d.span.end);
}

export function readExample(name: string): string {
  return readFileSync(path.join(REPO, 'examples', name), 'utf8');
}

export const MAIN_FILE = `${WORKSPACE}/main.cell`;
export const EXAMPLES_DIR = path.join(REPO, 'examples');

/** `analyze` with positional arguments, as the editor-feature tests use it. */
export function analyzeText(text: string, files: Record<string, string> = {}, settings?: CellspecSettings): DocumentAnalysis {
  return analyze(text, { files, ...(settings ? { settings } : {}) });
}

/** Every file of examples/ (imports/ included), keyed by its path under /ws. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else if (entry.endsWith('.cell')) files[`${WORKSPACE}/${prefix}${entry}`] = readFileSync(full, 'utf8');
    }
  };
  walk(EXAMPLES_DIR, '');
  return files;
}

/** Analyses examples/NAME (e.g. `imports/sulfide-cell.cell`) as the file /ws/NAME. */
export function analyzeExample(name: string, settings?: CellspecSettings): DocumentAnalysis {
  const files = exampleFiles();
  const file = `${WORKSPACE}/${name}`;
  const text = files[file];
  if (text === undefined) throw new Error(`no example ${name}`);
  return analyzeDocument(file, text, { host: memoryHost(files), ...(settings ? { settings } : {}) });
}

/** Offset of the `occurrence`-th (0-based) match of `needle`, plus `delta`. */
export function offsetOf(text: string, needle: string, occurrence = 0, delta = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` occurs fewer than ${occurrence + 1} times`);
  }
  return at + delta;
}
