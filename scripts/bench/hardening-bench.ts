/**
 * The targets of issue #19, measured from outside as a user meets them (docs/security.md):
 * the slowest hostile single line of at most 1 KB, a 10 MB file through `cellspec check`
 * (wall time and peak memory of the whole process), a million formulas through
 * `cellspec formula --stdin` (peak memory), and a hover answered while a 50,000-line document
 * is re-checked after each edit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, forgetPreviousAnalyses } from '../../server/src/core/analyze';
import { timedCli, withGeneratedFile } from './cli-process';
import { generateDocument } from './generate-document';
import { startBenchServer } from '../lib/lsp-editor';
import { nowMs, percentile } from './stats';


/** Hostile lines of about 1 KB: the shapes that once froze or crashed a check (test/adversarial). */
function hostileLines(): { label: string; line: string }[] {
  const kb = 1024;
  const fill = (unit: string): string => unit.repeat(Math.floor(kb / unit.length));
  return [
    { label: 'CO…COQ formula', line: `material M { formula "${fill('CO')}Q" }` },
    { label: 'lowercase formula', line: `material M { formula "${fill('li')}" }` },
    { label: 'no split completes', line: `material M { formula "${fill('co')}q" }` },
    { label: 'nested brackets', line: `material M { formula "${'('.repeat(500)}Li${')'.repeat(500)}" }` },
    { label: 'mixture', line: `material M { formula "${fill('Li2S-')}" }` },
    { label: 'long name, near miss', line: `material ${fill('A')} { formula "Li2S" }\ncomposite C { ${fill('A').slice(0, -1)}B 100 wt% }` },
    { label: 'junk after a unit', line: `material M {\n  ionic 1 ${fill('S cm-1 ')}\n}` },
    { label: 'braces', line: `material M ${fill('{')}` },
    { label: 'keywords', line: fill('material ') },
    { label: 'quotes', line: `material M {\n  source ${fill('"')}\n}` },
    { label: 'control characters', line: `material M { formula "${fill('Li\u001b[2J')}" }` },
    { label: 'extreme numbers', line: `cell X {\n  rate ${'9'.repeat(900)} C\n}` },
  ];
}

/** The slowest cold check, in ms, over the hostile lines (fastest of 5 runs each). */
export function slowestHostileLineMs(): { ms: number; label: string } {
  const host = { workspaceRoot: '/bench', readFile: () => undefined, realPath: (p: string) => p };
  let worst = { ms: 0, label: '' };
  for (const { label, line } of hostileLines()) {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      forgetPreviousAnalyses();
      const start = nowMs();
      // The diagnostics too: an analysis runs its checks only when they are first asked for.
      void analyzeDocument('/bench/line.cell', line, { host }).diagnostics.length;
      best = Math.min(best, nowMs() - start);
    }
    if (best > worst.ms) worst = { ms: best, label };
  }
  return worst;
}

export function tenMegabyteCheck(root: string): { wallMs: number; peakMb: number | null; megabytes: number } {
  return withGeneratedFile(430_000, 5, (file, text) => ({ ...timedCli(root, ['check', file]), megabytes: text.length / 1e6 }));
}

export function millionFormulas(root: string): { wallMs: number; peakMb: number | null } {
  const formulas = ['Li2S', 'LiCoO2', 'Li6PS5Cl', 'LiNi0.8Co0.1Mn0.1O2', 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 'LICOO2', 'Li2S-P2S5', 'NaCl'];
  const input = Array.from({ length: 1_000_000 }, (_, i) => formulas[i % formulas.length]).join('\n');
  return timedCli(root, ['formula', '--stdin', '--format', 'json'], input);
}

/**
 * A 50,000-line document open; each edit is followed 5 ms later by a hover elsewhere in the
 * file, which the server answers once the re-check it is running lets it. p95 over 60 edits
 * after 20 untimed ones.
 */
export async function hoverDuringRecheck(serverBundle: string): Promise<{ p50Ms: number; p95Ms: number }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-hover-'));
  const client = await startBenchServer(serverBundle, folder);
  const uri = pathToFileURL(path.join(folder, 'fifty-k.cell')).href;
  const text = generateDocument(50_000);
  await client.openAndWait(uri, text);
  const lines = text.split('\n');
  const hoverLine = lines.findIndex((line) => /^ {2}Cathode\d+\s/.test(line));
  const times: number[] = [];
  for (let version = 2; version < 82; version++) {
    // Comment a line out, then back in: each pair leaves the text as it was.
    const line = lines.length - 20 - (Math.floor((version - 2) / 2) % 40);
    const commentOut = (version - 2) % 2 === 0;
    const range = { start: { line, character: 0 }, end: { line, character: commentOut ? 0 : 1 } };
    const published = client.changeAndWait(uri, version, [{ range, text: commentOut ? '#' : '' }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const start = nowMs();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: hoverLine, character: 4 } });
    if (version >= 22) times.push(nowMs() - start);
    await published;
  }
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}
