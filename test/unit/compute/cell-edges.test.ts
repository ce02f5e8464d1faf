/**
 * Cell hints (compute/cell.ts) at their edges: every reason a stack value is missing, in full
 * (no cathode, no anode, a layer without a material or with an unknown one, a layer with neither
 * thickness nor loading), the basis each value states (N/P, the current density at a C-rate or
 * given, ΔV), and an estimated conductivity carried into ΔV. Models are built inside each test:
 * hints are memoised per model object, and a mutant is run only against the tests that computed
 * them. Written against the mutants that survived the file's first run.
 */
import { describe, expect, it } from 'vitest';
import { computeCell, isKnown } from '../../../server/src/core/compute';
import { analyze } from '../helpers/analyze';
import { cell, composite, material, SETTINGS } from './models';
import { basis, reasons, value } from './computed';

// NCM811 as in models.ts, and a graphite anode: 372 mAh/g at 0.1 V, 2.2 g/cm3.
const ncm = () => material('NCM811', { formula: 'LiNi0.8Co0.1Mn0.1O2', role: 'cathode', voltage: 3.86, capacity: 195, ionic: 1e-4, electronic: 0.05, density: 4.7 });
const graphite = () => material('Graphite', { formula: 'C6', role: 'anode', voltage: 0.1, capacity: 372, density: 2.2 });

describe('what a missing layer asks for', () => {
  it('no cathode: the loading, the thickness, the areal capacity and N/P all ask for one', () => {
    const hints = computeCell(cell('NoCathode', [{ role: 'anode', target: graphite(), thicknessUm: 50 }]), SETTINGS);
    const ask = ['add a `cathode` layer to `NoCathode`'];
    expect(reasons(hints.cathodeLoadingMgPerCm2)).toEqual(ask);
    expect(reasons(hints.cathodeThicknessUm)).toEqual(ask);
    expect(reasons(hints.arealCapacityMAhPerCm2)).toEqual(ask);
    expect(reasons(hints.capacityRatio)).toEqual(ask);
    expect(reasons(hints.cathodeVoltageV)).toEqual(ask);
  });

  it('no anode: its capacity and potential ask for one, once', () => {
    const hints = computeCell(cell('NoAnode', [{ role: 'cathode', target: ncm(), loadingMgPerCm2: 15 }]), SETTINGS);
    const ask = ['add an `anode` layer to `NoAnode`'];
    expect(reasons(hints.anodeCapacityMAhPerCm2)).toEqual(ask);
    expect(reasons(hints.anodePotentialV)).toEqual(ask);
    expect(reasons(hints.capacityRatio)).toEqual(ask);
  });

  it('a layer without a material asks for one to be named; an unknown one to be resolved', () => {
    const analysis = analyze('cell C {\n  anode thickness 30 um\n  cathode Foo loading 10 mg/cm2\n}\n');
    const [anode, cathode] = analysis.hints.cells[0]!.layers;
    expect(reasons(anode!.densityGPerCm3)).toEqual(["name the anode's material"]);
    expect(reasons(anode!.arealMassMgPerCm2)).toEqual(["name the anode's material"]);
    expect(value(anode!.thicknessUm)).toBe(30);
    expect(reasons(cathode!.densityGPerCm3)).toEqual(['resolve `Foo` (not a known material or composite)']);
    expect(reasons(cathode!.thicknessUm)).toEqual(['resolve `Foo` (not a known material or composite)']);
    expect(value(cathode!.arealMassMgPerCm2)).toBe(10);
    const hints = analysis.hints.cells[0]!;
    expect(reasons(hints.anodePotentialV)).toEqual(["name the anode's material or composite"]);
    expect(reasons(hints.cathodeVoltageV)).toEqual(['resolve `Foo` (not a known material or composite)']);
  });

  it('a layer with neither thickness nor loading: a cathode may take either, another layer a thickness', () => {
    const hints = computeCell(
      cell('Bare', [
        { role: 'anode', target: graphite() },
        { role: 'cathode', target: ncm() },
      ]),
      SETTINGS,
    );
    const [anode, cathode] = hints.layers;
    // Both densities are known: only the missing size stops the thickness and the mass.
    expect(value(anode!.densityGPerCm3)).toBe(2.2);
    expect(reasons(anode!.thicknessUm)).toEqual(['give the anode `Graphite` a `thickness` (um)']);
    expect(reasons(anode!.arealMassMgPerCm2)).toEqual(['give the anode `Graphite` a `thickness` (um)']);
    expect(reasons(cathode!.thicknessUm)).toEqual(['give the cathode `NCM811` a `loading` (mg/cm2) or a `thickness` (um)']);
    expect(reasons(cathode!.arealMassMgPerCm2)).toEqual(['give the cathode `NCM811` a `loading` (mg/cm2) or a `thickness` (um)']);
  });
});

describe('the bases the stack values state', () => {
  it('N/P: graphite 50 um (11 mg/cm2 × 372 = 4.092 mAh/cm2) over NCM811 15 mg/cm2 (2.925 mAh/cm2) = 1.399', () => {
    const hints = computeCell(
      cell('NP', [
        { role: 'anode', target: graphite(), thicknessUm: 50 },
        { role: 'cathode', target: ncm(), loadingMgPerCm2: 15 },
      ]),
      SETTINGS,
    );
    expect(value(hints.anodeCapacityMAhPerCm2)).toBeCloseTo(50 * 2.2 * 0.1 * 0.372, 12);
    expect(basis(hints.anodeCapacityMAhPerCm2)).toBe('areal mass × specific capacity of the anode');
    expect(value(hints.capacityRatio)).toBeCloseTo((11 * 372) / (15 * 195), 12);
    expect(basis(hints.capacityRatio)).toBe('N/P = anode areal capacity / cathode areal capacity');
    expect(value(hints.cellVoltageV)).toBeCloseTo(3.76, 12);
  });

  it('the current density: at 0.5 C half the areal capacity; at a given 2 mA/cm2 that', () => {
    const layers = () => [{ role: 'cathode' as const, target: ncm(), loadingMgPerCm2: 15 }];
    const atC = computeCell(cell('AtC', layers(), { value: 0.5, unit: 'C' }), SETTINGS).currentDensityMAPerCm2;
    expect(atC).toEqual({ value: expect.closeTo(0.5 * 2.925, 12), basis: 'j = areal capacity × 0.5 C' });
    const given = computeCell(cell('Given', layers(), { value: 2, unit: 'mA/cm2' }), SETTINGS).currentDensityMAPerCm2;
    expect(given).toEqual({ value: 2, basis: 'given current density' });
  });

  it('ΔV through a cathode whose electrolyte conductivity is a Nernst–Einstein estimate is an estimate too', () => {
    // An argyrodite with a diffusivity only: σ_ion is estimated, so the ionic ΔV is; the electronic one is not.
    const se = material('SE', { formula: 'Li6PS5Cl', role: 'electrolyte', diffusivity: 1e-8, density: 1.84 });
    const cathode = composite('Cat', [[ncm(), 0.5, 'vol'], [se, 0.5, 'vol']]);
    const hints = computeCell(cell('Est', [{ role: 'cathode', target: cathode, thicknessUm: 50 }], { value: 1, unit: 'mA/cm2' }), SETTINGS);
    const ionic = hints.ionicDrop;
    expect(isKnown(ionic) && ionic.estimated).toBe(true);
    expect(basis(ionic)).toBe('ΔV = j·L/σ_eff');
    expect(value(ionic)).toMatchObject({ phase: 'ionic', currentDensityMAPerCm2: 1, thicknessUm: 50 });
    expect(value(ionic).voltageDropV).toBeCloseTo((1 * 50e-4) / value(ionic).effectiveConductivityMSPerCm, 12);
    const electronic = hints.electronicDrop;
    expect(electronic).toEqual({ value: expect.objectContaining({ phase: 'electronic' }), basis: 'ΔV = j·L/σ_eff' });
  });
});
