/**
 * Helpers of the protocol tests: the examples, the published CLI bundle, and the scripted editor
 * (scripts/lib/lsp-editor.ts, shared with the benchmarks) under the name the tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export { LspEditor as TestEditor, type StartOptions } from '../../scripts/lib/lsp-editor';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
/** The published command's bundle: `cellspec lsp --stdio` starts the same server. */
export const CLI = path.join(ROOT, 'dist/cli.js');

export function exampleUri(name: string): string {
  return pathToFileURL(path.join(EXAMPLES, name)).href;
}

export function exampleText(name: string): string {
  return readFileSync(path.join(EXAMPLES, name), 'utf8');
}

/** The 0-based line of the first line containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(marker));
  if (line < 0) throw new Error(`no line contains ${JSON.stringify(marker)}`);
  return line;
}
