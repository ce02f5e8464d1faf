import { describe, expect, it } from 'vitest';
import { checkConduction, type LimitedData, type PercolationData } from '../../../server/src/core/checks/conduction';
import { computeProgram } from '../../../server/src/core/compute';
import type { Program } from '../../../server/src/core/model';
import { analyze, readExample, spanText } from '../helpers/analyze';
import { cell, composite, FILE, LI, LPSCL, material, NCM811, SETTINGS, VGCF } from './models';

const program = (parts: Pick<Program, 'composites' | 'cells'>): Program => ({ file: FILE, materials: [], ...parts }) as unknown as Program;
const check = (p: Program, settings = SETTINGS) => checkConduction(p, computeProgram(p, settings), settings);

describe('conduction/percolation and conduction/limited', () => {
  const starved = composite('Starved', [[NCM811, 0.9, 'vol'], [LPSCL, 0.05, 'vol'], [VGCF, 0.05, 'vol']]);

  it('5 vol% of Li6PS5Cl leaves the ionic phase unconnected: a warning on the composite name with the Σx/x_c and the fix', () => {
    const diagnostics = check(program({ composites: [starved], cells: [] }));
    expect(diagnostics.map((d) => d.code)).toEqual(['conduction/percolation']);
    const [d] = diagnostics;
    expect(d!.severity).toBe('warning');
    expect(d!.span).toEqual(starved.nameSpan);
    expect(d!.message).toContain('ionic phase of `Starved` does not percolate');
    expect(d!.message).toContain('Σx/x_c = 0.313 < 1 over the solid');
    expect(d!.message).toContain('Li6PS5Cl 5 vol% / x_c 0.16');
    // The fix names the composite's own conductor first, then a library electrolyte it lacks that suits the oxide cathode.
    expect(d!.message).toContain('Raise Li6PS5Cl above 16 vol% of the solid, or add an ion conductor (a solid electrolyte such as LiTaOCl4)');
    const data = d!.data as PercolationData;
    expect(data.phase).toBe('ionic');
    expect(data.sum).toBeCloseTo(0.05 / 0.16, 12);
    expect(data.raise).toEqual({ name: 'Li6PS5Cl', volumeFraction: 0.16 });
  });

  it('a composite with 30 vol% of electrolyte percolates in both phases: no warning', () => {
    const fine = composite('Fine', [[NCM811, 0.65, 'vol'], [LPSCL, 0.3, 'vol'], [VGCF, 0.05, 'vol']]);
    expect(check(program({ composites: [fine], cells: [] }))).toEqual([]);
  });

  it('a composite without any electronic conductor names the missing carbon', () => {
    const insulating = material('LiFePO4', { role: 'cathode', voltage: 3.4, capacity: 160, electronic: 1e-6, ionic: 1e-6, density: 3.6 });
    const noCarbon = composite('NoCarbon', [[insulating, 0.7, 'vol'], [LPSCL, 0.3, 'vol']]);
    const [d] = check(program({ composites: [noCarbon], cells: [] }));
    expect(d!.code).toBe('conduction/percolation');
    expect(d!.message).toContain('no component conducts electrons');
    expect(d!.message).toContain('Add an electronic conductor (a carbon such as VGCF)');
  });

  // 20 vol% of electrolyte, just above the 0.16 threshold: connected, but thinly (σ_eff ≈ 0.00465 mS/cm).
  const lean = composite('Lean', [[NCM811, 0.75, 'vol'], [LPSCL, 0.2, 'vol'], [VGCF, 0.05, 'vol']]);

  it('a 3.7 V ionic loss at 1 C exceeds the 0.1 V limit: a warning on the cathode layer with ΔV, j, L and σ_eff', () => {
    const leanCell = cell(
      'LeanCell',
      [
        { role: 'anode', target: LI, thicknessUm: 30 },
        { role: 'separator', target: LPSCL, thicknessUm: 50 },
        { role: 'cathode', target: lean, loadingMgPerCm2: 20 },
      ],
      { value: 1, unit: 'C' },
    );
    const limited = check(program({ composites: [], cells: [leanCell] })).filter((d) => d.code === 'conduction/limited');
    expect(limited).toHaveLength(1);
    const [d] = limited;
    expect(d!.span).toEqual(leanCell.layers[2]!.syntax.span);
    expect(d!.message).toContain('ionic voltage loss across the cathode `Lean` at 1 C is 3.71 V, above the 0.1 V limit');
    expect(d!.message).toContain('3.44 mA/cm2 × 50.1 um / 0.00465 mS/cm');
    expect((d!.data as LimitedData).limitV).toBe(0.1);
  });

  it('the limit comes from the settings: at 5 V the same cell is fine', () => {
    const leanCell = cell('LeanCell', [{ role: 'anode', target: LI, thicknessUm: 30 }, { role: 'cathode', target: lean, loadingMgPerCm2: 20 }], {
      value: 1,
      unit: 'C',
    });
    expect(check(program({ composites: [], cells: [leanCell] }), { ...SETTINGS, conductionLimit: 5 })).toEqual([]);
  });

  it('a cathode whose ionic phase does not percolate says so on the cell line: no ionic path at all', () => {
    const starvedCell = cell('StarvedCell', [{ role: 'anode', target: LI, thicknessUm: 30 }, { role: 'cathode', target: starved, loadingMgPerCm2: 20 }], {
      value: 1,
      unit: 'C',
    });
    const [d] = check(program({ composites: [], cells: [starvedCell] })).filter((x) => x.code === 'conduction/limited');
    expect(d!.message).toMatch(/^the ionic phase of the cathode `Starved` does not percolate \(σ_eff = 0\), so the ionic current of 3\.73 mA\/cm2 at 1 C cannot cross its 45\.2 um/);
  });

  it('in a document, the percolation warning sits on the composite name and the loss warning on the cathode line', () => {
    const text = [
      'composite Starved {',
      '  NCM811     90 vol%',
      '  Li6PS5Cl    5 vol%',
      '  VGCF        5 vol%',
      '}',
      'cell StarvedCell {',
      '  anode      Li         thickness 30 um',
      '  separator  Li6PS5Cl   thickness 50 um',
      '  cathode    Starved    loading 20 mg/cm2',
      '  rate       1 C',
      '}',
      '',
    ].join('\n');
    const analysis = analyze(text);
    const diagnostics = checkConduction(analysis.program, computeProgram(analysis.program, analysis.settings), analysis.settings);
    expect(diagnostics.map((d) => [d.code, spanText(analysis, d)])).toEqual([
      ['conduction/percolation', 'Starved'],
      ['conduction/limited', 'cathode    Starved    loading 20 mg/cm2'],
    ]);
  });

  it('the homogeneous LTG example has nothing to warn about: LTG carries both paths', () => {
    const analysis = analyze(readExample('homogeneous-ltg.cell').replace('  role       cathode', '  role       cathode\n  density    3.1 g/cm3'));
    const hints = computeProgram(analysis.program, analysis.settings);
    expect(hints.cells[0]!.ionicDrop.value).not.toBeNull();
    expect(checkConduction(analysis.program, hints, analysis.settings)).toEqual([]);
  });
});
