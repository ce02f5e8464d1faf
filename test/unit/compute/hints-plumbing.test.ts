/**
 * The plumbing under every hint (compute/computed.ts, memo.ts, program.ts): reasons deduplicated
 * in order, estimates propagated, hints computed once per model and again when the setting
 * changes, and the materials a document's hints cover, each once, in order. Models are built
 * inside each test: hints are memoised per model object, and a mutant is run only against the
 * tests that computed them. Written against the mutants that survived the files' first run.
 */
import { describe, expect, it } from 'vitest';
import { combine, known, missing, missingOf } from '../../../server/src/core/compute/computed';
import { computeComposite, computeMaterial, computeCell, forgetHintsOf, hintsOfCell, hintsOfComposite, hintsOfMaterial, materialsOf } from '../../../server/src/core/compute';
import { analyze } from '../helpers/analyze';
import { cell, composite, LI, material } from './models';

describe('computed values', () => {
  it('missing keeps its reasons in order, each once', () => {
    expect(missing('a')).toEqual({ value: null, missing: ['a'] });
    expect(missing('a', 'a')).toEqual({ value: null, missing: ['a'] });
    expect(missing('a', 'b', 'a')).toEqual({ value: null, missing: ['a', 'b'] });
    expect(missing()).toEqual({ value: null, missing: [] });
  });

  it('missingOf gathers the reasons of the missing inputs only, in order, each once', () => {
    expect(missingOf(known(1), undefined)).toEqual([]);
    expect(missingOf(missing('a'), known(1))).toEqual(['a']);
    expect(missingOf(missing('a'), missing('a'))).toEqual(['a']);
    expect(missingOf(missing('b', 'a'), missing('a', 'c'))).toEqual(['b', 'a', 'c']);
  });

  it('combine runs only on known inputs, and its result is an estimate when either input is', () => {
    const add = (a: number, b: number) => a + b;
    expect(combine(known(1), known(2), add)).toEqual({ value: 3 });
    expect(combine(known(1, { estimated: true }), known(2), add)).toEqual({ value: 3, estimated: true });
    expect(combine(known(1), known(2, { estimated: true }), add)).toEqual({ value: 3, estimated: true });
    expect(combine(known(1), missing('x'), add)).toEqual({ value: null, missing: ['x'] });
    expect(combine(missing('x'), missing('x'), add)).toEqual({ value: null, missing: ['x'] });
  });

  it('known carries its basis', () => {
    expect(known(1, { basis: 'b' })).toEqual({ value: 1, basis: 'b' });
    expect(known(1)).toEqual({ value: 1 });
  });
});

describe('memoised hints', () => {
  it('a material is computed once per model object', () => {
    const m = material('LCO', { formula: 'LiCoO2', role: 'cathode', ionic: 1e-4 });
    expect(computeMaterial(m)).toBe(computeMaterial(m));
    expect(computeMaterial({ ...m })).not.toBe(computeMaterial(m));
  });

  it('a composite once per model and setting, and again when the setting changes', () => {
    const se = material('SE', { formula: 'Li6PS5Cl', role: 'electrolyte', ionic: 2, density: 1.84 });
    const c = composite('C', [[se, 0.05, 'vol'], [material('Cat', { formula: 'LiCoO2', role: 'cathode', density: 5 }), 0.95, 'vol']]);
    const at16 = computeComposite(c, { percolationThreshold: 0.16 });
    expect(computeComposite(c, { percolationThreshold: 0.16 })).toBe(at16);
    const at04 = computeComposite(c, { percolationThreshold: 0.04 });
    expect(at04).not.toBe(at16);
    expect(at16.ionic.percolation).toMatchObject({ value: { percolates: false } });
    expect(at04.ionic.percolation).toMatchObject({ value: { percolates: true } });
    // The last setting is kept: back at 0.16 the composite is computed again, and is the same again after.
    const again = computeComposite(c, { percolationThreshold: 0.16 });
    expect(again.ionic.percolation).toMatchObject({ value: { percolates: false } });
    expect(computeComposite(c, { percolationThreshold: 0.16 })).toBe(again);
  });
});

describe('forgotten hints (a check that reads a document once lets them go)', () => {
  it('are computed again, equal but not the same object, for that model only, in every memo', () => {
    const se = material('SE', { formula: 'Li6PS5Cl', role: 'electrolyte', ionic: 2, density: 1.84 });
    const cat = material('Cat', { formula: 'LiCoO2', role: 'cathode', density: 5 });
    const c = composite('C', [[se, 0.3, 'vol'], [cat, 0.7, 'vol']]);
    const settings = { percolationThreshold: 0.29 };
    const [seHints, catHints, cHints] = [computeMaterial(se), computeMaterial(cat), computeComposite(c, settings)];
    forgetHintsOf(c);
    const cAgain = computeComposite(c, settings);
    expect(cAgain).not.toBe(cHints);
    expect(cAgain).toEqual(cHints);
    expect(computeMaterial(se)).toBe(seHints);
    forgetHintsOf(cat);
    expect(computeMaterial(cat)).not.toBe(catHints);
    expect(computeMaterial(cat)).toEqual(catHints);
    expect(computeMaterial(se)).toBe(seHints);
    expect(computeComposite(c, settings)).toBe(cAgain);
  });
});

describe('the hints of a document', () => {
  const settings = { percolationThreshold: 0.29 };

  it('its own materials first, then those its composites (coatings included) and cells use, each once, in order', () => {
    const analysis = analyze(
      [
        'material Cat {\n  formula LiCoO2\n  role cathode\n  density 5 g/cm3\n}',
        'composite Mix {\n  Cat 70 wt%  coated LiNbO3\n  Li6PS5Cl 30 wt%\n}',
        'cell C {\n  anode Li thickness 30 um\n  separator Li3PS4 thickness 50 um\n  cathode Mix loading 10 mg/cm2\n  collector Al thickness 10 um\n}',
        'cell D {\n  anode LiIn thickness 30 um\n  separator Li6PS5Cl thickness 50 um\n  cathode Mix loading 10 mg/cm2\n}',
      ].join('\n'),
    );
    expect(analysis.hints.materials.map((m) => m.name)).toEqual(['Cat', 'LiNbO3', 'Li6PS5Cl', 'Li', 'Li3PS4', 'Al', 'LiIn']);
    expect(analysis.hints.composites.map((c) => c.name)).toEqual(['Mix']);
    expect(analysis.hints.cells.map((c) => c.name)).toEqual(['C', 'D']);
  });

  it("a cell's imported composite brings its materials too", () => {
    const analysis = analyze('import "parts.cell"\ncell C {\n  anode Li thickness 30 um\n  cathode Mix loading 10 mg/cm2\n}\n', {
      files: { '/ws/parts.cell': 'composite Mix {\n  LiCoO2 70 wt%\n  Li6PS5Cl 30 wt%\n}\n' },
    });
    expect(analysis.hints.composites).toEqual([]);
    expect(analysis.hints.materials.map((m) => m.name)).toEqual(['Li', 'LiCoO2', 'Li6PS5Cl']);
    expect(materialsOf(analysis.program).map((m) => m.name)).toEqual(['Li', 'LiCoO2', 'Li6PS5Cl']);
  });

  it('hints of a model the document did not compute are computed on demand', () => {
    const analysis = analyze('material Cat {\n  formula LiCoO2\n  role cathode\n}\n');
    const own = analysis.program.materials[0]!;
    expect(hintsOfMaterial(analysis.hints, own)).toBe(analysis.hints.byMaterial.get(own));
    const other = material('Other', { formula: 'LiCoO2', role: 'cathode' });
    expect(hintsOfMaterial(analysis.hints, other)).toBe(computeMaterial(other));
    const c = composite('Loose', [[other, 1, 'wt']]);
    expect(hintsOfComposite(analysis.hints, c, settings)).toBe(computeComposite(c, settings));
    const stack = cell('Loose', [{ role: 'anode', target: LI, thicknessUm: 20 }]);
    expect(hintsOfCell(analysis.hints, stack, settings)).toBe(computeCell(stack, settings));
    expect(hintsOfCell(analysis.hints, stack, settings).name).toBe('Loose');
  });
});
