/** Analyse `.cell` text in memory, as the editor would: a workspace of named files. */
import { readFileSync } from 'node:fs';
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
