/**
 * `npm run bench`: every performance target of the project, measured on this machine, as a
 * table and as bench-results.json (an array of { name, value, unit, target, holds }).
 * docs/performance.md says what each number means and records a run.
 *
 * Other processes' load skews timings: the load average is printed before and after; re-run
 * when it is near zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeCore, warmUp } from './core-bench';
import { designCost } from './design-bench';
import { dopedFormulas, integerFormulas } from './formula-inputs';
import { formulaThroughput } from './formula-throughput';
import { hoverDuringRecheck, millionFormulas, slowestHostileLineMs, tenMegabyteCheck } from './hardening-bench';
import { coldStartMs, DEFAULT_EDITOR_SETTINGS, residentMemoryMb, typingLatency } from './lsp-bench';
import { pymatgenAvailable, timeBatches, timePymatgen } from './pymatgen-bench';
import { formulaStartup, tenThousandLineCheck } from './startup-bench';
import { atLeast, atMost, measured, table, type BenchResult } from './results';

const root = [path.resolve(__dirname, '../..'), process.cwd()].find((dir) => existsSync(path.join(dir, 'package.json')))!;
const serverBundle = path.join(root, 'dist/server.js');

function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const cpu = os.cpus();
  log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; load average ${load()}`);
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed; the language-server measurements need dist/');

  const results: BenchResult[] = [];

  log('core: analyzeDocument on generated documents…');
  warmUp();
  const core = [1000, 10000, 50000].map((lines) => timeCore(lines, lines >= 50000 ? 7 : 15));
  for (const timing of core) {
    const label = `${timing.lines / 1000}k lines`;
    const coldName = `check + hints, ${label}, cold`;
    if (timing.lines === 10000) results.push(atMost(coldName, timing.coldMs, 'ms', 50));
    else results.push(measured(coldName, timing.coldMs, 'ms'));
    results.push(measured(`check + hints, ${label}, throughput`, timing.bytes / 1e6 / (timing.coldMs / 1000), 'MB/s'));
    results.push(measured(`check + hints, ${label}, after a one-line edit`, timing.editMs, 'ms'));
  }
  const [, tenK, fiftyK] = core;
  const growth = fiftyK!.coldMs / fiftyK!.lines / (tenK!.coldMs / tenK!.lines);
  results.push(atMost('growth 10k → 50k lines (ms/line ratio)', growth, '×', 1.5, 'linear time gives 1; GC of the larger heap adds a little'));

  const design = designCost(root);
  results.push(atMost(`design solver per cell, warm median (${design.cells} cells)`, design.warmMedianMs, 'ms', 5, `p95 ${design.warmP95Ms.toFixed(2)} ms`));
  results.push(measured('design solver, first call in a process', design.coldMs, 'ms'));

  log('formula engine…');
  const doped = formulaThroughput(dopedFormulas(20000));
  results.push(measured('formula engine, 20,000 doped formulas (3 decimals)', doped.perSecond, 'formulas/s'));
  const integers = integerFormulas(100, 40);
  const ours = formulaThroughput(integers);
  results.push(measured(`formula engine, ${integers.length} integer-scaled formulas`, ours.perSecond, 'formulas/s'));
  if (pymatgenAvailable()) {
    log('pymatgen (about ten seconds)…');
    const theirs = timePymatgen(root, integers);
    results.push(measured(`pymatgen ${theirs.version}, the same ${theirs.count} formulas`, theirs.perSecond, 'formulas/s'));
    results.push(
      atLeast('formula engine vs pymatgen', ours.perSecond / theirs.perSecond, '×', 100, 'parse + molar mass + charge balance (+ anion class, Cellspec only) vs Composition(f), .weight, .oxi_state_guesses()'),
    );
    log('the formula batch against a pymatgen loop, processes included (about a minute)…');
    const batchInputs = dopedFormulas(100_000);
    const batches = timeBatches(root, batchInputs);
    results.push(measured(`cellspec formula --stdin --format json, ${batchInputs.length.toLocaleString('en-US')} doped formulas, wall`, batches.cellspecMs, 'ms'));
    results.push(measured(`pymatgen loop printing Composition(f).weight, the same formulas, wall`, batches.pymatgenMs, 'ms'));
    results.push(
      atLeast('formula batch vs pymatgen loop, processes included', batches.pymatgenMs / batches.cellspecMs, '×', 100, 'whole processes: start-up, reading, every formula, writing'),
    );
  } else {
    results.push(
      atLeast('formula engine vs pymatgen', null, '×', 100, 'pymatgen is not installed: apt-get install -y python3-pymatgen (Debian), then re-run'),
    );
  }

  log('the command line: start-up and a 10k-line check, whole processes…');
  const startup = formulaStartup(root);
  results.push(measured('cellspec formula Li2S, wall (median of 21)', startup.cellspecMs, 'ms'));
  results.push(measured('node -e 0 on the same Node, wall (median of 21)', startup.nodeMs, 'ms'));
  results.push(atMost('cellspec formula Li2S vs node -e 0', startup.ratio, '×', 2, 'runs alternate, so load touches both sides'));
  results.push(atMost('cellspec check of a 10k-line file, wall (median of 7)', tenThousandLineCheck(root), 'ms', 500, 'start-up, reading, checking and writing the diagnostics'));

  log('language server: cold start…');
  const example = readFileSync(path.join(root, 'examples/oxide-on-sulfide.cell'), 'utf8');
  results.push(atMost('server cold start to first diagnostics', await coldStartMs(serverBundle, example, 5), 'ms', 300));

  log('language server: typing in 2k- and 10k-line documents…');
  const small = await typingLatency(serverBundle, 2000, 60);
  const large = await typingLatency(serverBundle, 10000, 40);
  results.push(atMost('didChange → diagnostics p50, 2k lines', small.p50Ms, 'ms', 30));
  results.push(atMost('didChange → diagnostics p95, 2k lines', small.p95Ms, 'ms', 30));
  results.push(atMost('didChange → diagnostics p50, 10k lines', large.p50Ms, 'ms', 100));
  results.push(atMost('didChange → diagnostics p95, 10k lines', large.p95Ms, 'ms', 100));
  // The same keystrokes with the editor's default settings: the adaptive debounce (lsp/debounce.ts).
  const defaults = await typingLatency(serverBundle, 2000, 60, DEFAULT_EDITOR_SETTINGS);
  results.push(atMost('didChange → diagnostics p50, 2k lines, default settings', defaults.p50Ms, 'ms', 60, 'adaptive debounce: 2 × the check cost, 8–250 ms'));
  const huge = await typingLatency(serverBundle, 50000, 10, DEFAULT_EDITOR_SETTINGS);
  results.push(measured('didChange → diagnostics p50, 50k lines, default settings', huge.p50Ms, 'ms', 'a pause of typing at 50k lines: the delay is at its 250 ms cap'));
  const notOffered = 'the server does not offer it yet';
  results.push(atMost('hover p95, 10k lines', large.hoverP95Ms, 'ms', 20, large.hoverP95Ms === null ? notOffered : undefined));
  results.push(atMost('completion p95, 10k lines', large.completionP95Ms, 'ms', 20, large.completionP95Ms === null ? notOffered : undefined));
  results.push(atMost('server RSS after typing (80 edits, hovers, completions), 10k lines', large.rssMb, 'MB', 150));

  log('language server: memory…');
  results.push(atMost('server RSS, 10k-line document open', await residentMemoryMb(serverBundle, 10000), 'MB', 150));
  results.push(measured('server RSS, 50k-line document open', await residentMemoryMb(serverBundle, 50000), 'MB'));

  log('hostile input (issue #19): a 1 KB line, a 10 MB file, a million formulas, a hover during a re-check…');
  const line = slowestHostileLineMs();
  results.push(atMost('slowest hostile line of ≤ 1 KB, cold check', line.ms, 'ms', 50, `the slowest of 12 shapes was ${line.label}`));
  const tenMb = tenMegabyteCheck(root);
  results.push(atMost(`cellspec check of a ${tenMb.megabytes.toFixed(1)} MB file, wall`, tenMb.wallMs, 'ms', 3000));
  results.push(atMost(`cellspec check of a ${tenMb.megabytes.toFixed(1)} MB file, peak RSS`, tenMb.peakMb, 'MB', 500, tenMb.peakMb === null ? 'GNU time (/usr/bin/time) is not installed' : undefined));
  const batch = millionFormulas(root);
  results.push(measured('cellspec formula --stdin --format json, 1M lines, wall', batch.wallMs, 'ms'));
  results.push(atMost('cellspec formula --stdin --format json, 1M lines, peak RSS', batch.peakMb, 'MB', 150, batch.peakMb === null ? 'GNU time (/usr/bin/time) is not installed' : undefined));
  const during = await hoverDuringRecheck(serverBundle);
  results.push(measured('hover while a 50k-line document is re-checked, p50', during.p50Ms, 'ms'));
  results.push(atMost('hover while a 50k-line document is re-checked, p95', during.p95Ms, 'ms', 100));

  console.log(table(results));
  log(`load average after: ${load()}`);
  writeFileSync(path.join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench-results.json');
  const failed = results.filter((r) => r.holds === false).map((r) => r.name);
  if (failed.length) log(`targets missed: ${failed.join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
