/** `cellspec compare A B`: two designs side by side, from the whole process. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCellspec } from './run-cli';

const RECIPE = (ncm: number, electrolyte: number, loading: number) =>
  `composite Cathode {\n  NCM811 ${ncm} wt%  coated LiNbO3\n  Li6PS5Cl ${electrolyte} wt%\n  VGCF 3 wt%\n}\n` +
  `cell Pouch {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 50 um\n  cathode Cathode loading ${loading} mg/cm2\n  rate 1 C\n}\n`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cellspec-compare-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('cellspec compare', () => {
  const dir = workspace({ 'thick.cell': RECIPE(75, 22, 40), 'thin.cell': RECIPE(70, 27, 12), 'other.cell': RECIPE(75, 22, 15).replace('cell Pouch', 'cell Coin') });

  it('JSON: the cells paired by name, each quantity for A and B with the relative change, the warnings of each', () => {
    const { code, stdout } = runCellspec(['compare', '--format', 'json', 'thick.cell', 'thin.cell'], { cwd: dir });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.a).toEqual({ file: 'thick.cell', errors: 0, warnings: 1 });
    expect(result.b).toEqual({ file: 'thin.cell', errors: 0, warnings: 0 });
    expect(result.cells).toHaveLength(1);
    const [cell] = result.cells;
    expect([cell.a, cell.b]).toEqual(['Pouch', 'Pouch']);
    expect(cell.values.cathodeLoading).toEqual({ a: 40, b: 12, change: -0.7 });
    expect(cell.values.specificEnergy.b).toBeLessThan(cell.values.specificEnergy.a);
    expect(cell.values.ionicDrop.a).toBeGreaterThan(0.1);
    expect(cell.values.ionicDrop.b).toBeLessThan(0.1);
    expect(cell.findings.a.map((f: { code: string }) => f.code)).toEqual(['conduction/limited']);
    expect(cell.findings.b).toEqual([]);
    expect(result.units.specificEnergy).toBe('Wh/kg');
    expect(result).not.toHaveProperty('reports');
  });

  it('text: one table per cell pair, the change marked better or worse', () => {
    const { code, stdout } = runCellspec(['compare', 'thick.cell', 'thin.cell'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Comparing thick\.cell \(A\) with thin\.cell \(B\)$/m);
    expect(stdout).toMatch(/ionic voltage loss\s+1\.25 V\s+[\d.]+ V\s+−[\d.]+ % \(better\)/);
    expect(stdout).toMatch(/warnings A: conduction\/limited\n\s+warnings B: none/);
  });

  it('two files of one cell each pair those cells whatever their names', () => {
    const { stdout } = runCellspec(['compare', '--format', 'json', 'thick.cell', 'other.cell'], { cwd: dir });
    const cells = JSON.parse(stdout).cells as { a: string; b: string }[];
    expect(cells.map((c) => [c.a, c.b])).toEqual([['Pouch', 'Coin']]);
  });

  it('HTML: one self-contained page with a table and the two stacks per cell', () => {
    const { code, stdout } = runCellspec(['compare', '--format', 'html', 'thick.cell', 'thin.cell'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).toContain('<title>Cellspec comparison: thick.cell and thin.cell</title>');
    expect(stdout).toContain('id="chart-compare-0-a"');
    expect(stdout).toContain('id="chart-compare-0-b"');
    expect(stdout).not.toMatch(/<script|<link|<img/);
  });

  it('usage errors: not two files, or a directory', () => {
    expect(runCellspec(['compare', 'thick.cell'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('name exactly two .cell files') });
    expect(runCellspec(['compare', 'thick.cell', '.'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a file') });
    expect(runCellspec(['compare', 'thick.cell', 'nope.cell'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
  });
});
