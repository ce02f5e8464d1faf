import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCellspec, REPO } from './run-cli';

describe('cellspec check', () => {
  it('prints the JSON of docs/language.md §8 and exits 1 when there are errors', () => {
    const { code, stdout } = runCellspec(['check', '--format', 'json', 'examples/mistakes.cell']);
    expect(code).toBe(1);
    const diagnostics = JSON.parse(stdout) as { file: string; range: { start: { line: number; character: number } }; severity: string; code: string; message: string }[];
    expect(diagnostics[0]).toEqual({
      file: 'examples/mistakes.cell',
      range: { start: { line: 3, character: 13 }, end: { line: 3, character: 14 } },
      severity: 'error',
      code: 'formula/element',
      message: expect.stringContaining('Li2S'),
    });
    expect(diagnostics.map((d) => d.code)).toContain('cell/incomplete');
  });

  it('exits 0 on a file with warnings only, and prints file:line:col in text', () => {
    const { code, stdout } = runCellspec(['check', 'examples/oxide-on-sulfide.cell']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^examples\/oxide-on-sulfide\.cell:7:3: warning \[anion\/mismatch\]/m);
    expect(stdout).toMatch(/1 file checked: 0 errors, 4 warnings/);
  });

  it('checks every .cell file below a directory', () => {
    const { stdout } = runCellspec(['check', '--format', 'json', 'examples']);
    const files = new Set((JSON.parse(stdout) as { file: string }[]).map((d) => d.file));
    expect(files).toContain(path.join('examples', 'halide-cathode.cell'));
  });

  it('a named file that cannot be read is named on stderr (exit 2) once the others are checked; their JSON stays whole', () => {
    // /dev/null is listed (it exists) but is no regular file: the host reads nothing from it.
    const { code, stdout, stderr } = runCellspec(['check', '--format', 'json', '/dev/null', 'examples/oxide-on-sulfide.cell']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('cellspec: check: cannot read /dev/null');
    const diagnostics = JSON.parse(stdout) as { file: string; code: string }[];
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['examples/oxide-on-sulfide.cell']));
    const text = runCellspec(['check', 'examples/oxide-on-sulfide.cell', '/dev/null']);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/1 file checked: 0 errors, 4 warnings/);
  });

  it('reads cellspec.json beside the file: a severity override', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cellspec-'));
    writeFileSync(path.join(dir, 'a.cell'), 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n');
    writeFileSync(path.join(dir, 'cellspec.json'), JSON.stringify({ severity: { 'anion/mismatch': 'error', 'window/oxidation': 'off' } }));
    const { code, stdout } = runCellspec(['check', '--format', 'json', 'a.cell'], { cwd: dir });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { code: string; severity: string }[]).map((d) => `${d.code}:${d.severity}`)).toEqual(['anion/mismatch:error']);
  });

  it('a bad cellspec.json is one clear line and exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cellspec-'));
    writeFileSync(path.join(dir, 'a.cell'), '');
    writeFileSync(path.join(dir, 'cellspec.json'), '{"conductionLimit": -1}');
    const { code, stderr } = runCellspec(['check', 'a.cell'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cellspec: .*conductionLimit/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the package version with --version', () => {
    const { code, stdout } = runCellspec(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  it.each([
    [['check', 'nowhere.cell'], /no such file or directory: nowhere\.cell/],
    [['check', '--colour', 'examples'], /check: .*--colour/],
    [["check", "--format", "xml", "examples"], /--format must be text, json or sarif/],
    [['frobnicate'], /unknown command `frobnicate`/],
    [['formula'], /name at least one FORMULA/],
  ])('bad usage %j is one line on stderr and exit 2', (args, message) => {
    const { code, stderr } = runCellspec(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('cellspec formula', () => {
  it('says which library material a formula looks like (text and JSON), and exits 0: the formula is valid', () => {
    const json = runCellspec(['formula', '--format', 'jsonl', 'LiCo02', 'Li6PS5Cl']);
    expect(json.code).toBe(0);
    const [typo, real] = json.stdout.trim().split('\n').map((line) => JSON.parse(line) as { lookalike?: { replacement: string } });
    expect(typo!.lookalike).toEqual({ replacement: 'LiCoO2', slip: 'confusable' });
    expect(real).not.toHaveProperty('lookalike');
    expect(runCellspec(['formula', 'Li6PS5CI']).stdout).toContain('looks like           Li6PS5Cl of the library');
  });

  it('check reports ref/lookalike where a typo made a library name into a formula', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cellspec-lookalike-'));
    writeFileSync(path.join(dir, 'typo.cell'), 'composite C {\n  NCM811 70 wt%\n  Li6PS5CI 27 wt%\n  VGCF 3 wt%\n}\n');
    const { code, stdout } = runCellspec(['check', 'typo.cell'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/typo\.cell:3:3: warning \[ref\/lookalike\] .*did you mean `Li6PS5Cl`\?/);
  });

  it('prints the JSON of docs/language.md §8', () => {
    const { code, stdout } = runCellspec(['formula', '--format', 'json', 'Li6PS5Cl', 'LiCoO3']);
    expect(code).toBe(0);
    const [argyrodite, impossible] = JSON.parse(stdout);
    expect(argyrodite).toMatchObject({ input: 'Li6PS5Cl', valid: true, elements: { Li: 6, P: 1, S: 5, Cl: 1 }, anionClass: 'sulfide', chargeBalanced: true });
    expect(argyrodite.molarMass).toBeCloseTo(6 * 6.94 + 30.974 + 5 * 32.06 + 35.45, 2);
    expect(argyrodite.capacityPerElectron).toBeCloseTo(26801.48 / argyrodite.molarMass, 2);
    expect(impossible).toMatchObject({ valid: true, chargeBalanced: false });
  });

  it('reads one formula a line with --stdin, and exits 1 when one is invalid', () => {
    const { code, stdout } = runCellspec(['formula', '--stdin', '--format', 'json'], { input: 'Li2S\n\n75Li2S-25P2S5\nLiIn\n' });
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { input: string; valid: boolean }) => [r.input, r.valid])).toEqual([
      ['Li2S', true],
      ['75Li2S-25P2S5', false],
      ['LiIn', true],
    ]);
    expect(reports[2].chargeBalanced).toBeNull();
  });

  it('text output points at the fault', () => {
    const { stdout } = runCellspec(['formula', 'LI2S']);
    expect(stdout).toContain('did you mean Li2S');
  });
});

describe('cellspec report', () => {
  it('prints the JSON of docs/language.md §8 for one file', () => {
    const { code, stdout } = runCellspec(['report', '--format', 'json', 'examples/bilayer-halide-catholyte.cell']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.cells[0]).toMatchObject({ name: 'BilayerCell' });
    expect(report.cells[0].arealCapacity).toBeCloseTo(15 * 0.7 * 195 / 1000, 2);
    expect(report.composites[0].volumeFractions).toHaveProperty('NCM811');
  });

  it('a directory is a usage error, not a report of its first file', () => {
    const { code, stderr } = runCellspec(['report', 'examples']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is a directory/);
  });

  it('says on stderr when the file has errors', () => {
    const { code, stderr } = runCellspec(['report', 'examples/mistakes.cell']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/mistakes\.cell has \d+ errors/);
  });
});
