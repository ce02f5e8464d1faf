/**
 * Test helpers: analyse a `.cell` text with an in-memory file host (no disk access in the core),
 * and find offsets by the text they point at.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/analyze';
import type { CellspecSettings } from '../../../server/src/core/settings';

export const WORKSPACE = '/ws';
export const MAIN_FILE = '/ws/main.cell';
// Beside this file under vitest; from the repository root when a scratch script bundles it.
const besideTests = path.resolve(__dirname, '../../../examples');
export const EXAMPLES_DIR = existsSync(besideTests) ? besideTests : path.resolve(process.cwd(), 'examples');

export function analyzeText(text: string, files: Record<string, string> = {}, settings?: CellspecSettings): DocumentAnalysis {
  const all: Record<string, string> = { ...files, [MAIN_FILE]: text };
  return analyzeDocument(MAIN_FILE, text, {
    host: { workspaceRoot: WORKSPACE, readFile: (p) => all[p] },
    ...(settings ? { settings } : {}),
  });
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
  return analyzeDocument(file, text, { host: { workspaceRoot: WORKSPACE, readFile: (p) => files[p] }, ...(settings ? { settings } : {}) });
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
