/**
 * The command line under hostile input (issue #19): nothing from a file reaches the terminal
 * as a control sequence, one file's failure does not stop the others, batches stream, and a
 * refused socket is an error, not a silent exit 0.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, folder, RAW_CONTROL, runCellspec } from './run-cli';

const HOSTILE = 'Li2S-\u001b[2J\u001b]0;x\u0007\u0000\u009b31m\ud800';

describe('terminal control characters from a file are shown, not obeyed', () => {
  const dir = folder({ 'hostile.cell': `material Evil {\n  formula "${HOSTILE}"\n  source "${HOSTILE}"\n}\n` });

  it('cellspec check in text and JSON', () => {
    const text = runCellspec(['check', 'hostile.cell'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('U+001B');
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    const json = runCellspec(['check', '--format', 'json', 'hostile.cell'], { cwd: dir });
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout)[0].code).toBe('formula/syntax');
  });

  it('cellspec formula, with the pointer under the shown fault', () => {
    const { stdout } = runCellspec(['formula', 'Li2S\u001bX']);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const [input, pointer] = stdout.split('\n');
    expect(input).toBe('Li2SU+001BX');
    expect(pointer).toBe('    ^^^^^^');
    const json = runCellspec(['formula', '--format', 'json', `Li2S${'\u009b'}`]).stdout;
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)[0].input).toBe('Li2S\u009b');
  });

  it('cellspec report in text, JSON and HTML', () => {
    for (const format of ['text', 'json', 'html']) {
      const { stdout } = runCellspec(['report', '--format', format, 'hostile.cell'], { cwd: dir });
      expect(stdout, format).not.toMatch(RAW_CONTROL);
    }
  });
});

describe('one file cannot stop the others', () => {
  it('a file Cellspec fails on is reported as internal for that file, and the rest are checked', () => {
    const dir = folder({ 'a-fails.cell': '# BOOM-MARKER\n', 'b.cell': 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n' });
    const { code, stdout } = runCellspec(['check', '--format', 'json', '.'], { cwd: dir, env: { CELLSPEC_INJECT_FAULT: 'BOOM-MARKER' } });
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { file: string; code: string }[]).map((d) => `${d.file}:${d.code}`);
    expect(found).toContain('a-fails.cell:internal');
    expect(found).toContain('b.cell:anion/mismatch');
  });

  it('a 10 KB lowercase formula in one file of a folder (a stack overflow before)', () => {
    const dir = folder({ 'a.cell': `material A { formula "${'li'.repeat(5000)}" }\n`, 'b.cell': 'material B { formula "Li2S" }\n' });
    const { code, stdout, stderr } = runCellspec(['check', '.'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/a\.cell:1:23: error \[formula\/element\] 'lilili.*…' is not an element symbol/);
    expect(stdout).toMatch(/2 files checked: 1 error/);
  });
});

describe('cellspec formula --stdin streams', () => {
  const lines = ['Li2S', 'LiCoO2', '', 'Li6PS5CI', '  NaCl  '];

  it('JSON is exactly the array of the per-formula reports, and JSON Lines one compact object a line', () => {
    const input = lines.join('\r\n');
    const { stdout } = runCellspec(['formula', '--stdin', '--format', 'json'], { input });
    const array = JSON.parse(stdout) as { input: string }[];
    // Written report by report, byte for byte what JSON.stringify gives for the whole array.
    expect(stdout).toBe(`${JSON.stringify(array, null, 2)}\n`);
    expect(array.map((r) => r.input)).toEqual(['Li2S', 'LiCoO2', 'Li6PS5CI', 'NaCl']);
    const args = JSON.parse(runCellspec(['formula', '--format', 'json', 'Li2S', 'LiCoO2', 'Li6PS5CI', 'NaCl']).stdout);
    expect(array).toEqual(args);
    const jsonl = runCellspec(['formula', '--stdin', '--format', 'jsonl'], { input }).stdout.trimEnd().split('\n');
    expect(jsonl.map((line) => JSON.parse(line))).toEqual(array);
    expect(runCellspec(['formula', '--stdin', '--format', 'json'], { input: '\n\n' }).stdout).toBe('[]\n');
  });

  it('a reader that stops early ends the batch quietly (no crash on the closed pipe)', async () => {
    // As `cellspec formula --stdin < table | head -c 100`: the reader closes after its first bytes.
    const child = spawn(process.execPath, [BIN, 'formula', '--stdin', '--format', 'jsonl']);
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdin.end(`${'LiCoO2\n'.repeat(200_000)}`);
    child.stdin.on('error', () => undefined);
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a line over the bound is one error of its length, and the next lines still count', () => {
    const input = `Li2S\n${'A'.repeat(1_200_000)}\nLiCl\n`;
    const { code, stdout } = runCellspec(['formula', '--stdin', '--format', 'jsonl'], { input });
    expect(code).toBe(1);
    const reports = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { input: string; valid: boolean; error?: { message: string } });
    expect(reports.map((r) => r.valid)).toEqual([true, false, true]);
    expect(reports[1]!.error!.message).toMatch(/^this line has 1,200,000 characters/);
  });
});

describe('cellspec check streams its diagnostics', () => {
  // Over 100 KB of diagnostics: several of the 64 KB blocks the output is written in, a charge
  // note's minus sign (beyond Latin-1) in each, and a second file after the first.
  const material = (i: number) => `material M${i} {\n  formula Li5.99PS5.1Cl0.95\n  role cathode\n  capacity 5000 mAh/g\n}\n`;
  const dir = folder({ 'many.cell': Array.from({ length: 700 }, (_, i) => material(i)).join('\n'), 'one.cell': material(0) });

  it('the text is whole lines, one a diagnostic, then the counts; the JSON is the same diagnostics as one array', () => {
    const text = runCellspec(['check', 'many.cell', 'one.cell'], { cwd: dir });
    expect(text.stdout.length).toBeGreaterThan(100_000);
    const lines = text.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const summary = lines.pop();
    expect(lines.every((line) => /^(many|one)\.cell:\d+:\d+: (error|warning|information|hint) \[[a-z/-]+\] ./.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('−'))).toBe(true);
    const warnings = lines.filter((line) => line.includes(': warning [')).length;
    const notes = lines.length - warnings;
    expect(summary).toBe(`2 files checked: 0 errors, ${warnings} warnings, ${notes} notes`);
    expect(lines.at(-1)).toMatch(/^one\.cell:/);
    const json = JSON.parse(runCellspec(['check', '--format', 'json', 'many.cell', 'one.cell'], { cwd: dir }).stdout) as { file: string; range: { start: { line: number; character: number } }; severity: string; code: string; message: string }[];
    expect(json.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} [${d.code}] ${d.message}`)).toEqual(lines);
  });

  it('no diagnostics: the empty array and the counts', () => {
    const clean = folder({ 'clean.cell': '# nothing yet\n' });
    expect(runCellspec(['check', '--format', 'json', 'clean.cell'], { cwd: clean }).stdout).toBe('[]\n');
    expect(runCellspec(['check', 'clean.cell'], { cwd: clean }).stdout).toBe('1 file checked: 0 errors, 0 warnings, 0 notes\n');
  });
});

describe('cellspec lsp', () => {
  it('a socket nobody listens on is an error with exit code 2', () => {
    const { code, stderr } = runCellspec(['lsp', '--socket=1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cellspec: lsp: cannot connect to 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
  });
});
