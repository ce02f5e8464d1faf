/**
 * The core in-process: `analyzeDocument` (parse, resolve, every check and the computed hints)
 * on generated documents. "Cold" is a document the process has never seen (a new seed, no
 * earlier analysis of the file): the first check of a file opened or run through the CLI.
 * "After an edit" is the check the language server runs while someone types: the previous
 * analysis of the file exists and one line has changed.
 *
 * Method: the JIT is warmed on documents that are not timed, then the median of many runs is
 * reported. Every run asks for the diagnostics: an analysis finds them only when first asked
 * (core/analyze.ts), so a run that did not ask would time neither the checks nor their
 * warm-up. Garbage collection is part of the time, as it is in the language server. (Forcing
 * a full collection before each run makes runs slower, not faster: V8 then shrinks the young
 * generation and the run pays for growing it again.)
 */
import { analyzeDocument, forgetPreviousAnalyses } from '../../server/src/core/analyze';
import type { FileHost } from '../../server/src/core/api';
import { generateDocument } from './generate-document';
import { median, nowMs } from './stats';

const host: FileHost = { workspaceRoot: '/bench', readFile: () => undefined };
const FILE = '/bench/generated.cell';

export interface CoreTiming {
  readonly lines: number;
  readonly bytes: number;
  readonly coldMs: number;
  readonly editMs: number;
  readonly diagnostics: number;
}

/** A check as the CLI and the language server run it: the analysis and its diagnostics; returns how many. */
function check(text: string): number {
  return analyzeDocument(FILE, text, { host }).diagnostics.length;
}

/** Warms the JIT: cold checks of 10k-line documents and edits to them, none of them timed. */
export function warmUp(): void {
  for (let seed = 1000; seed < 1006; seed++) {
    forgetPreviousAnalyses();
    let text = generateDocument(10_000, seed);
    check(text);
    for (let edit = 0; edit < 5; edit++) check((text = editedCapacity(text, edit)));
  }
}

export function timeCore(lines: number, runs: number): CoreTiming {
  const cold: number[] = [];
  let diagnostics = 0;
  let text = '';
  // Generated before timing, so the timed runs do not pay for the generator's garbage.
  const texts = Array.from({ length: runs }, (_, run) => generateDocument(lines, run + 1));
  for (let run = 0; run < runs; run++) {
    text = texts[run]!;
    forgetPreviousAnalyses();
    const start = nowMs();
    diagnostics = check(text);
    cold.push(nowMs() - start);
  }
  const edits: number[] = [];
  for (let run = 0; run < runs * 3; run++) {
    text = editedCapacity(text, run);
    const start = nowMs();
    check(text);
    edits.push(nowMs() - start);
  }
  // Release the analyses: the language-server measurements that follow time this process's
  // side of the protocol too, and a large heap here would add its collections to them.
  forgetPreviousAnalyses();
  return { lines, bytes: Buffer.byteLength(text), coldMs: median(cold), editMs: median(edits), diagnostics };
}

/** The text with the number of one `capacity` line changed, at a spread of places through the file. */
export function editedCapacity(text: string, run: number): string {
  const fraction = ((run * 7919) % 97) / 97;
  const at = text.indexOf('capacity', Math.floor(text.length * fraction));
  const from = at < 0 ? text.indexOf('capacity') : at;
  const lineEnd = text.indexOf('\n', from);
  return `${text.slice(0, from)}capacity   ${150 + run} mAh/g${text.slice(lineEnd)}`;
}
