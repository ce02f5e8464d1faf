/**
 * The design solver (compute/design.ts) called directly on hand-built models, every number by
 * hand: the recipe moved with the active share (75:22:3 → 80:17.6:2.4), the largest active share
 * where a phase stops percolating (solved by hand from the densities), the cell point at a held
 * loading, thickness or both, its energies and what leaves them null, the losses at a C-rate
 * (∝ loading²) and at a fixed current (∝ loading), a loss exactly at the limit, the order in which
 * limits are named, every reason a design space cannot be built, the sweeps and the
 * all-active configuration. Models are built inside each test (hints are memoised per model
 * object). Written against the mutants of the file's first run.
 */
import { describe, expect, it } from 'vitest';
import { computeCell, computeComposite, computeMaterialLayer, type CellHints, type Computed } from '../../../server/src/core/compute';
import {
  cellDesign,
  cellDesignSpace,
  compositeDesign,
  compositeDesignSpace,
  DESIGN_LIMITS,
  solveDesign,
  type Design,
  type DesignSpaceOf,
} from '../../../server/src/core/compute/design';
import type { MaterialModel } from '../../../server/src/core/model';
import { analyze } from '../helpers/analyze';
import { cell, composite, material, SETTINGS, type LayerSpec } from '../compute/models';
import { value } from '../compute/computed';

// An insulating active material (200 mAh/g at 4 V, ρ 4), an electrolyte (1 mS/cm, ρ 2) and a
// carbon that percolates at 2 vol% (100 mS/cm, ρ 2).
const act = (capacity = 200): MaterialModel => material('Act', { formula: 'LiFePO4', role: 'cathode', capacity, voltage: 4, density: 4 });
const se = (name = 'SE'): MaterialModel => material(name, { formula: 'Li3PS4', role: 'electrolyte', ionic: 1, density: 2 });
const cb = (): MaterialModel => material('CB', { formula: 'C', role: 'carbon', electronic: 100, density: 2, percolation: 0.02 });
/** Act/SE/CB at a0 = 60 wt%, the rest 9:1. */
const recipe = (porosity?: number, capacity?: number) => composite('Mix', [[act(capacity), 0.6, 'wt'], [se(), 0.36, 'wt'], [cb(), 0.04, 'wt']], porosity);
// At an active share a the solid volume per gram is a/4 + 0.5·(1 − a): the carbon's 0.05·(1 − a) of it
// reaches 2 % down to a = 8/9, the electrolyte's 0.45·(1 − a) reaches 16 % down to a = 0.37/0.41.
const ELECTRONIC_LIMIT = 8 / 9;
const IONIC_LIMIT = 0.37 / 0.41;

function spaceOf(computed: Computed<DesignSpaceOf>): DesignSpaceOf {
  return value(computed);
}

/** Li 30 um, a 50 um separator of SE (ρ 2), the cathode; 1.602 + 10 mg/cm2 and 80 um besides the cathode. */
function lithiumCell(name: string, cathode: Partial<LayerSpec> & Pick<LayerSpec, 'target'>, rate?: { value: number; unit: 'C' | 'mA/cm2' }, others?: LayerSpec[]): CellHints {
  const layers: LayerSpec[] = others ?? [
    { role: 'anode', target: material('Li', { role: 'anode', voltage: 0, density: 0.534 }), thicknessUm: 30 },
    { role: 'separator', target: se('Sep'), thicknessUm: 50 },
  ];
  return computeCell(cell(name, [...layers, { role: 'cathode', ...cathode }], rate), SETTINGS);
}

describe('the composite alone: percolation limits the active share', () => {
  it('60:36:4 rises to 8/9 active, where the carbon stops percolating; the recipe moves in proportion', () => {
    const design = value(compositeDesign(computeComposite(recipe(), SETTINGS), SETTINGS));
    expect(design.constraints).toEqual(['ionic-percolation', 'electronic-percolation']);
    expect(design.missing).toEqual([]);
    expect(design.current).toMatchObject({ activeWt: 0.6, massFractions: [0.6, 0.36, 0.04], percolates: { ionic: true, electronic: true }, fails: null });
    expect(design.current).not.toHaveProperty('cell');
    expect(design.maxActive!.activeWt).toBeCloseTo(ELECTRONIC_LIMIT, 7);
    expect(design.maxActive!.fails).toBeNull();
    const [a, s, c] = design.maxActive!.massFractions;
    expect(a).toBeCloseTo(ELECTRONIC_LIMIT, 7);
    expect(s).toBeCloseTo(0.9 * (1 - ELECTRONIC_LIMIT), 7);
    expect(c).toBeCloseTo(0.1 * (1 - ELECTRONIC_LIMIT), 7);
    expect(design.limitedBy).toBe('electronic-percolation');
    expect(design.loadingLimit).toBeNull();
    expect(design.loadingLimitAtMaxActive).toBeNull();
  });

  it('the design space: the active flags, the share, the recipe at any share, the sweep, no loading sweep or all-active design', () => {
    const { space } = spaceOf(compositeDesignSpace(computeComposite(recipe(), SETTINGS), SETTINGS));
    expect(space.activeFlags).toEqual([true, false, false]);
    expect(space.currentActive).toBe(0.6);
    expect(space.adjustable).toBe(true);
    const at80 = space.massFractionsAt(0.8);
    expect(at80[0]).toBeCloseTo(0.8, 15);
    expect(at80[1]).toBeCloseTo(0.18, 15);
    expect(at80[2]).toBeCloseTo(0.02, 15);
    expect(space.at(0.8).massFractions).toEqual(at80);
    expect(space.at(0.8).activeWt).toBeCloseTo(0.8, 15);
    expect(space.sweepActive(4).map((p) => p.activeWt)).toEqual([0.25, 0.5, expect.closeTo(0.75, 15), 1]);
    expect(space.sweepActive()).toHaveLength(60);
    expect(space.sweepLoading()).toEqual([]);
    expect(space.allActive()).toBeUndefined();
  });

  it('each failing point names its first limit: electrons between 8/9 and 0.9024, ions first above', () => {
    const { space } = spaceOf(compositeDesignSpace(computeComposite(recipe(), SETTINGS), SETTINGS));
    expect(space.at(0.88).fails).toBeNull();
    expect(space.at(0.895).percolates).toEqual({ ionic: true, electronic: false });
    expect(space.at(0.895).fails).toBe('electronic-percolation');
    expect(space.at(0.95).percolates).toEqual({ ionic: false, electronic: false });
    expect(space.at(0.95).fails).toBe('ionic-percolation');
    expect(IONIC_LIMIT).toBeGreaterThan(0.9);
  });

  it('nothing feasible: the limit named is the one at the current share, not above it', () => {
    // An active material that conducts electrons only above 90 vol% of the solid (a ≥ 0.947): the
    // electrolyte stops percolating above a = 0.42/0.46 = 0.913. At 91 wt% the electrons fail; from
    // the next grid point (92 %) on, the ions do.
    const conductingActive = material('Act', { formula: 'LiFePO4', role: 'cathode', capacity: 200, electronic: 10, density: 4, percolation: 0.9 });
    const hints = computeComposite(composite('NoWindow', [[conductingActive, 0.91, 'wt'], [se(), 0.09, 'wt']]), SETTINGS);
    const { space } = spaceOf(compositeDesignSpace(hints, SETTINGS));
    expect(space.at(0.92).fails).toBe('ionic-percolation');
    const design = value(compositeDesign(hints, SETTINGS));
    expect(design.current.fails).toBe('electronic-percolation');
    expect(design.maxActive).toBeNull();
    expect(design.limitedBy).toBe('electronic-percolation');
    expect(design.loadingLimitAtMaxActive).toBeNull();
  });

  it('nothing feasible, from above: at 96 wt% the ions fail, though at the lowest shares the electrons do', () => {
    const conductingActive = material('Act', { formula: 'LiFePO4', role: 'cathode', capacity: 200, electronic: 10, density: 4, percolation: 0.9 });
    const hints = computeComposite(composite('NoWindowAbove', [[conductingActive, 0.96, 'wt'], [se(), 0.04, 'wt']]), SETTINGS);
    const { space } = spaceOf(compositeDesignSpace(hints, SETTINGS));
    expect(space.at(0.02).fails).toBe('electronic-percolation');
    const design = value(compositeDesign(hints, SETTINGS));
    expect(design.maxActive).toBeNull();
    expect(design.limitedBy).toBe('ionic-percolation');
  });

  it('a feasible window between two grid points: found from the current share, by bisection upwards', () => {
    // Act conducts electrons from x = 0.8265 of the solid (a/(2 − a) ≥ p: a ≥ 2p/(1 + p) = 0.905);
    // the electrolyte percolates up to a = 0.42/0.46 = 0.91304. No grid point (0.90, 0.92) is
    // feasible; the current 91 wt% is.
    const p = 0.905 / (2 - 0.905);
    const conductingActive = material('Act', { formula: 'LiFePO4', role: 'cathode', capacity: 200, electronic: 10, density: 4, percolation: p });
    const design = value(compositeDesign(computeComposite(composite('Window', [[conductingActive, 0.91, 'wt'], [se(), 0.09, 'wt']]), SETTINGS), SETTINGS));
    expect(design.current.fails).toBeNull();
    expect(design.maxActive!.activeWt).toBeCloseTo(0.42 / 0.46, 7);
    expect(design.limitedBy).toBe('ionic-percolation');
  });

  it('only the lowest share feasible: it is the limit’s lower end', () => {
    // Act 1 wt%, the rest SE:CB with SE a share s = 0.1612 of it: x_SE = 2s(1 − a)/(2 − a) reaches
    // 0.16 at a = (2s − 0.32)/(2s − 0.16) = 0.01478, below the first grid point (0.02).
    const share = 0.1612;
    const mix = composite('Scarce', [[act(), 0.01, 'wt'], [se(), 0.99 * share, 'wt'], [cb(), 0.99 * (1 - share), 'wt']]);
    const design = value(compositeDesign(computeComposite(mix, SETTINGS), SETTINGS));
    expect(design.current.fails).toBeNull();
    expect(design.maxActive!.activeWt).toBeCloseTo((2 * share - 0.32) / (2 * share - 0.16), 7);
    expect(design.limitedBy).toBe('ionic-percolation');
  });

  it('all of the solid active: nothing to trade; feasible as it is, or not at all', () => {
    const dual = material('Dual', { formula: 'LiFePO4', role: 'cathode', capacity: 150, ionic: 1, electronic: 5, density: 2.5 });
    const alone = value(compositeDesign(computeComposite(composite('Alone', [[dual, 1, 'wt']]), SETTINGS), SETTINGS));
    expect(alone.maxActive!.activeWt).toBe(1);
    expect(alone.limitedBy).toBeNull();
    const { space } = spaceOf(compositeDesignSpace(computeComposite(composite('Alone2', [[material('Dual', { formula: 'LiFePO4', role: 'cathode', capacity: 150, ionic: 1, electronic: 5, density: 2.5 }), 1, 'wt']]), SETTINGS), SETTINGS));
    expect(space.adjustable).toBe(false);
    expect(space.sweepActive()).toEqual([]);
    const insulating = value(compositeDesign(computeComposite(composite('Insulating', [[act(), 1, 'wt']]), SETTINGS), SETTINGS));
    expect(insulating.maxActive).toBeNull();
    expect(insulating.limitedBy).toBe('ionic-percolation');
  });

  it('no active material at all: a share of 0 is not adjustable either', () => {
    const zero = composite('ZeroActive', [[act(), 0, 'wt'], [se(), 0.9, 'wt'], [cb(), 0.1, 'wt']]);
    const { space } = spaceOf(compositeDesignSpace(computeComposite(zero, SETTINGS), SETTINGS));
    expect(space.currentActive).toBe(0);
    expect(space.adjustable).toBe(false);
    // It is designed as it is: feasible at 0 %, nothing above it searched.
    const design = value(compositeDesign(computeComposite(composite('ZeroActive2', [[act(), 0, 'wt'], [se(), 0.9, 'wt'], [cb(), 0.1, 'wt']]), SETTINGS), SETTINGS));
    expect(design.maxActive!.activeWt).toBe(0);
    expect(design.maxActive!.massFractions).toEqual([0, 0.9, 0.1]);
    expect(design.limitedBy).toBeNull();
  });

  it('what a composite design cannot be built without: the fractions, an active material', () => {
    const noDensity = material('X', { formula: 'LiCoO2', role: 'cathode', capacity: 150 });
    const missingDensity = compositeDesign(computeComposite(composite('M', [[noDensity, 0.7, 'wt'], [se(), 0.3, 'wt']]), SETTINGS), SETTINGS);
    expect(missingDensity).toEqual({ value: null, missing: ['declare `density` of `X`'] });
    // In vol% the volumes stand without the densities; the masses the design moves do not.
    const byVolume = compositeDesign(computeComposite(composite('V', [[material('X', { formula: 'LiCoO2', role: 'cathode', capacity: 150 }), 0.7, 'vol'], [se(), 0.3, 'vol']]), SETTINGS), SETTINGS);
    expect(byVolume).toEqual({ value: null, missing: ['declare `density` of `X`'] });
    const inactive = compositeDesign(computeComposite(composite('SEC', [[se(), 0.9, 'wt'], [cb(), 0.1, 'wt']]), SETTINGS), SETTINGS);
    expect(inactive).toEqual({ value: null, missing: ["no component of `SEC` has `role cathode`; declare the active material's role"] });
  });

  it('the porosity declared stays declared at every share; none stays none', () => {
    const { space } = spaceOf(compositeDesignSpace(computeComposite(recipe(0.2), SETTINGS), SETTINGS));
    expect(space.at(0.7).composite).toMatchObject({ porosity: 0.2, porosityDeclared: true });
    const { space: dense } = spaceOf(compositeDesignSpace(computeComposite(recipe(), SETTINGS), SETTINGS));
    expect(dense.at(0.7).composite).toMatchObject({ porosity: 0, porosityDeclared: false });
  });
});

describe('a cell: the cathode at its held loading or thickness', () => {
  it('the current point by hand: loading 10 mg/cm2, 10 % pores, 0.5 C', () => {
    const hints = lithiumCell('C', { target: recipe(0.1), loadingMgPerCm2: 10 }, { value: 0.5, unit: 'C' });
    const { space, constraints, missing } = spaceOf(cellDesignSpace(hints, SETTINGS));
    expect(constraints).toEqual(DESIGN_LIMITS);
    expect(missing).toEqual([]);
    const point = space.at(0.6);
    // ρ_solid = 1/(0.6/4 + 0.36/2 + 0.04/2) = 1/0.35; the layer 0.9 of it.
    const density = 0.9 / 0.35;
    const thickness = 10 / density / 0.1;
    const capacity = (10 * 0.6 * 200) / 1000; // 1.2 mAh/cm2
    const sigma = (phase: 'ionic' | 'electronic') => value(point.composite[phase].effectiveConductivity).representative;
    expect(point.cell).toEqual({
      loadingMgPerCm2: 10,
      thicknessUm: expect.closeTo(thickness, 12),
      arealCapacityMAhPerCm2: expect.closeTo(capacity, 12),
      currentDensityMAPerCm2: expect.closeTo(0.5 * capacity, 12),
      drops: { ionic: expect.closeTo((0.6 * thickness * 1e-4) / sigma('ionic'), 12), electronic: expect.closeTo((0.6 * thickness * 1e-4) / sigma('electronic'), 12) },
      // 4 V × 1.2 mAh/cm2 over 10 + 1.602 + 10 mg/cm2 and 38.9 + 30 + 50 um.
      specificEnergyWhPerKg: expect.closeTo((1000 * 4 * capacity) / (10 + 30 * 0.534 * 0.1 + 50 * 2 * 0.1), 9),
      energyDensityWhPerL: expect.closeTo((1e4 * 4 * capacity) / (thickness + 80), 9),
    });
    expect(point.fails).toBeNull();
    // At twice the loading: twice the capacity and current, and twice the path.
    const twice = space.at(0.6, 2).cell!;
    expect(twice.loadingMgPerCm2).toBe(20);
    expect(twice.thicknessUm).toBeCloseTo(2 * thickness, 12);
    expect(twice.currentDensityMAPerCm2).toBeCloseTo(2 * 0.5 * capacity, 12);
  });

  it('a held thickness stays; the loading follows the density of each recipe', () => {
    const hints = lithiumCell('C', { target: recipe(), thicknessUm: 40 }, { value: 1, unit: 'mA/cm2' });
    const { space } = spaceOf(cellDesignSpace(hints, SETTINGS));
    const now = space.at(0.6).cell!;
    expect(now.thicknessUm).toBe(40);
    expect(now.loadingMgPerCm2).toBeCloseTo((40 * 0.1) / 0.35, 12);
    expect(now.currentDensityMAPerCm2).toBe(1);
    // At 80 wt%: 1/(0.2 + 0.09 + 0.01) = 1/0.3 g/cm3.
    const at80 = space.at(0.8, 1.5).cell!;
    expect(at80.thicknessUm).toBe(60);
    expect(at80.loadingMgPerCm2).toBeCloseTo((60 * 0.1) / 0.3, 12);
    expect(at80.currentDensityMAPerCm2).toBe(1);
  });

  it('a loading and a thickness both given: both scale, as declared, whatever the recipe', () => {
    const hints = lithiumCell('C', { target: recipe(), thicknessUm: 40, loadingMgPerCm2: 9 }, { value: 1, unit: 'C' });
    const { space } = spaceOf(cellDesignSpace(hints, SETTINGS));
    expect(space.at(0.8).cell).toMatchObject({ loadingMgPerCm2: 9, thicknessUm: 40 });
    expect(space.at(0.8, 0.5).cell).toMatchObject({ loadingMgPerCm2: 4.5, thicknessUm: 20 });
  });

  it('energies: none without a cell voltage; each needs the other layers’ masses or thicknesses', () => {
    const noVoltage = lithiumCell('NoV', { target: recipe(), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }, [
      { role: 'anode', target: material('Li', { role: 'anode', density: 0.534 }), thicknessUm: 30 },
    ]);
    expect(spaceOf(cellDesignSpace(noVoltage, SETTINGS)).space.at(0.6).cell).toMatchObject({ specificEnergyWhPerKg: null, energyDensityWhPerL: null });
    // A separator given by loading without a density: its mass is known, its thickness not.
    const byLoading = cell('ByLoading', [
      { role: 'anode', target: material('Li', { role: 'anode', voltage: 0, density: 0.534 }), thicknessUm: 30 },
      { role: 'separator', target: material('Sep', { formula: 'Li3PS4', role: 'electrolyte', ionic: 1 }), loadingMgPerCm2: 5 },
      { role: 'cathode', target: recipe(), loadingMgPerCm2: 10 },
    ], { value: 1, unit: 'C' });
    const massOnly = spaceOf(cellDesignSpace(computeCell(byLoading, SETTINGS), SETTINGS)).space.at(0.6).cell!;
    expect(massOnly.specificEnergyWhPerKg).toBeCloseTo((1000 * 4 * 1.2) / (10 + 1.602 + 5), 9);
    expect(massOnly.energyDensityWhPerL).toBeNull();
    // A separator given by thickness without a density: its thickness is known, its mass not.
    const byThickness = cell('ByThickness', [
      { role: 'anode', target: material('Li', { role: 'anode', voltage: 0, density: 0.534 }), thicknessUm: 30 },
      { role: 'separator', target: material('Sep', { formula: 'Li3PS4', role: 'electrolyte', ionic: 1 }), thicknessUm: 50 },
      { role: 'cathode', target: recipe(), loadingMgPerCm2: 10 },
    ], { value: 1, unit: 'C' });
    const thicknessOnly = spaceOf(cellDesignSpace(computeCell(byThickness, SETTINGS), SETTINGS)).space.at(0.6).cell!;
    expect(thicknessOnly.specificEnergyWhPerKg).toBeNull();
    expect(thicknessOnly.energyDensityWhPerL).toBeCloseTo((1e4 * 4 * 1.2) / (10 * 0.35 * 10 + 80), 9);
  });

  it('the sweep of the loading: 0.1 to 3 times the held one, at the current recipe', () => {
    const hints = lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' });
    const { space } = spaceOf(cellDesignSpace(hints, SETTINGS));
    const sweep = space.sweepLoading(3);
    expect(sweep.map((p) => p.cell!.loadingMgPerCm2)).toEqual([1, expect.closeTo(15.5, 12), expect.closeTo(30, 12)]);
    expect(sweep.map((p) => p.activeWt)).toEqual([0.6, 0.6, 0.6]);
    expect(space.sweepLoading()).toHaveLength(60);
  });

  it('the all-active cathode holds the same areal capacity: 60 % of the loading at 100 % active', () => {
    const hints = lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' });
    const pure = spaceOf(cellDesignSpace(hints, SETTINGS)).space.allActive()!;
    expect(pure.activeWt).toBe(1);
    expect(pure.massFractions).toEqual([1, 0, 0]);
    expect(pure.cell!.loadingMgPerCm2).toBeCloseTo(6, 12);
    expect(pure.cell!.arealCapacityMAhPerCm2).toBeCloseTo(1.2, 12);
    // An active material of no capacity has no all-active equivalent.
    const empty = lithiumCell('Empty', { target: recipe(undefined, 0), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' });
    expect(spaceOf(cellDesignSpace(empty, SETTINGS)).space.allActive()).toBeUndefined();
  });

  it('a one-material cathode layer stays one (its material active whatever its role)', () => {
    const sulfur = material('Li2S', { formula: 'Li2S', capacity: 1166, voltage: 2.2, ionic: 0.001, electronic: 0.001, density: 1.66 });
    const hints = lithiumCell('C', { target: sulfur, loadingMgPerCm2: 2 }, { value: 0.1, unit: 'C' });
    expect(computeMaterialLayer(sulfur, SETTINGS).singleMaterial).toBe(true);
    const design = value(cellDesign(hints, SETTINGS));
    expect(design.current.composite.singleMaterial).toBe(true);
    expect(design.current.cell!.arealCapacityMAhPerCm2).toBeCloseTo(2 * 1.166, 12);
  });
});

describe('the losses and the loading limit', () => {
  it('at a C-rate the loss grows as the loading squared: the limit is where the larger loss reaches 0.1 V', () => {
    const hints = lithiumCell('C', { target: recipe(), loadingMgPerCm2: 30 }, { value: 2, unit: 'C' });
    const design = value(cellDesign(hints, SETTINGS));
    const { ionic, electronic } = design.current.cell!.drops;
    const worst = Math.max(ionic, electronic);
    expect(worst).toBeGreaterThan(0.1);
    const limit = design.loadingLimit!;
    expect(limit.limitedBy).toBe(ionic > electronic ? 'ionic-drop' : 'electronic-drop');
    expect(limit.loadingMgPerCm2).toBeCloseTo(30 * Math.sqrt(0.1 / worst), 9);
    expect(limit.thicknessUm).toBeCloseTo(limit.point!.cell!.thicknessUm, 12);
    expect(Math.max(limit.point!.cell!.drops.ionic, limit.point!.cell!.drops.electronic)).toBeCloseTo(0.1, 12);
  });

  it('at a fixed current the loss grows linearly with the thickness', () => {
    const hints = lithiumCell('C', { target: recipe(), thicknessUm: 400 }, { value: 20, unit: 'mA/cm2' });
    const design = value(cellDesign(hints, SETTINGS));
    const { ionic, electronic } = design.current.cell!.drops;
    const worst = Math.max(ionic, electronic);
    expect(worst).toBeGreaterThan(0.1);
    expect(design.current.fails).toBe(ionic > 0.1 ? 'ionic-drop' : 'electronic-drop');
    const limit = design.loadingLimit!;
    expect(limit.thicknessUm).toBeCloseTo((400 * 0.1) / worst, 9);
    expect(limit.loadingMgPerCm2).toBeCloseTo(((400 * 0.1) / worst) * 0.1 / 0.35, 9);
  });

  it('a loss exactly at the limit is within it; the ionic loss is named before the electronic', () => {
    const first = value(cellDesign(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }), SETTINGS));
    const { ionic, electronic } = first.current.cell!.drops;
    const limitAt = (limit: number) => value(cellDesign(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }), { ...SETTINGS, conductionLimit: limit })).current.fails;
    const [low, high] = ionic < electronic ? [ionic, electronic] : [electronic, ionic];
    const [lowLimit, highLimit] = ionic < electronic ? (['ionic-drop', 'electronic-drop'] as const) : (['electronic-drop', 'ionic-drop'] as const);
    expect(limitAt(high)).toBeNull();
    expect(limitAt(high * (1 - 1e-9))).toBe(highLimit);
    expect(limitAt(low)).toBe(highLimit);
    // Both above the limit: ions first.
    expect(limitAt(low * (1 - 1e-9))).toBe('ionic-drop');
    expect(lowLimit).not.toBe(highLimit);
  });

  it('an electrolyte counted by role without its number: the ionic loss is infinite and fails', () => {
    const bare = material('BareSE', { formula: 'Li3PS4', role: 'electrolyte', density: 2 });
    const mix = composite('Mix', [[act(), 0.6, 'wt'], [bare, 0.36, 'wt'], [cb(), 0.04, 'wt']]);
    const design = value(cellDesign(lithiumCell('C', { target: mix, loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }), SETTINGS));
    expect(design.current.percolates).toEqual({ ionic: true, electronic: true });
    expect(design.current.cell!.drops.ionic).toBe(Infinity);
    expect(design.current.fails).toBe('ionic-drop');
  });

  it('no current: nothing limits the loading', () => {
    for (const unit of ['C', 'mA/cm2'] as const) {
      const design = value(cellDesign(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 0, unit }), SETTINGS));
      expect(design.current.cell!.drops).toEqual({ ionic: 0, electronic: 0 });
      expect(design.loadingLimit).toEqual({ loadingMgPerCm2: null, thicknessUm: null, limitedBy: null, point: null });
    }
  });

  it('a recipe that does not percolate has no loading limit, only the phase that fails', () => {
    const starvedIons = composite('NoIons', [[act(), 0.9, 'wt'], [se(), 0.05, 'wt'], [cb(), 0.05, 'wt']]);
    const ions = value(cellDesign(lithiumCell('C', { target: starvedIons, loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }), SETTINGS));
    expect(ions.loadingLimit).toEqual({ loadingMgPerCm2: null, thicknessUm: null, limitedBy: 'ionic-percolation', point: null });
    const starvedElectrons = composite('NoElectrons', [[act(), 0.6, 'wt'], [se(), 0.399, 'wt'], [cb(), 0.001, 'wt']]);
    const electrons = value(cellDesign(lithiumCell('C', { target: starvedElectrons, loadingMgPerCm2: 10 }, { value: 1, unit: 'C' }), SETTINGS));
    expect(electrons.current.fails).toBe('electronic-percolation');
    expect(electrons.loadingLimit).toEqual({ loadingMgPerCm2: null, thicknessUm: null, limitedBy: 'electronic-percolation', point: null });
  });

  it('the loading limit at the largest share is computed there', () => {
    const design = value(cellDesign(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }, { value: 0.05, unit: 'C' }), SETTINGS));
    const at = design.loadingLimitAtMaxActive!;
    expect(at.point!.activeWt).toBe(design.maxActive!.activeWt);
    expect(design.limitedBy).not.toBeNull();
  });
});

describe('what a cell design needs', () => {
  it('no cathode layer, or one that does not resolve', () => {
    const noCathode = computeCell(cell('Empty', [{ role: 'anode', target: material('Li', { role: 'anode', voltage: 0, density: 0.534 }), thicknessUm: 30 }]), SETTINGS);
    expect(cellDesign(noCathode, SETTINGS)).toEqual({ value: null, missing: ['add a `cathode` layer to `Empty`'] });
    const unresolved = analyze('cell C {\n  cathode Foo loading 10 mg/cm2\n}\n').hints.cells[0]!;
    expect(cellDesign(unresolved, SETTINGS)).toEqual({ value: null, missing: ['resolve the cathode `Foo`'] });
  });

  it('without a rate, a loading or a thickness, and densities: percolation only, and what would add the losses', () => {
    const noRate = value(cellDesignSpace(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }), SETTINGS));
    expect(noRate.constraints).toEqual(['ionic-percolation', 'electronic-percolation']);
    expect(noRate.missing).toEqual(['declare the `rate` of `C` to include the voltage losses']);
    expect(noRate.space.at(0.6)).not.toHaveProperty('cell');
    expect(noRate.space.sweepLoading()).toEqual([]);
    expect(noRate.space.allActive()).toBeUndefined();
    const design = solveDesign(noRate);
    expect(design.loadingLimit).toBeNull();
    expect(design.maxActive!.activeWt).toBeCloseTo(ELECTRONIC_LIMIT, 7);
    const unsized = value(cellDesignSpace(lithiumCell('D', { target: recipe() }), SETTINGS));
    expect(unsized.missing).toEqual(['declare the `rate` of `D` to include the voltage losses', 'give the cathode `Mix` a `loading` (mg/cm2) or a `thickness` (um)']);
    const sizedNoRate = value(cellDesignSpace(lithiumCell('E', { target: recipe(), thicknessUm: 50 }, { value: 1, unit: 'C' }), SETTINGS));
    expect(sizedNoRate.missing).toEqual([]);
  });

  it('a cathode whose densities are missing: no design space at all, and its reasons', () => {
    const noDensity = material('X', { formula: 'LiCoO2', role: 'cathode', capacity: 150 });
    const hints = lithiumCell('C', { target: composite('M', [[noDensity, 0.7, 'wt'], [se(), 0.3, 'wt']]), loadingMgPerCm2: 10 }, { value: 1, unit: 'C' });
    expect(cellDesignSpace(hints, SETTINGS)).toEqual({ value: null, missing: ['declare `density` of `X`'] });
  });

  it('a cathode given by thickness whose capacity is missing: the losses wait for it', () => {
    const noCapacity = material('Y', { formula: 'LiCoO2', role: 'cathode', density: 5 });
    const mix = composite('N', [[noCapacity, 0.6, 'wt'], [se(), 0.36, 'wt'], [cb(), 0.04, 'wt']]);
    const space = value(cellDesignSpace(lithiumCell('C', { target: mix, thicknessUm: 50 }, { value: 1, unit: 'C' }), SETTINGS));
    expect(space.constraints).toEqual(['ionic-percolation', 'electronic-percolation']);
    expect(space.missing).toEqual(['declare `capacity` (mAh/g) or `electrons` of `Y`']);
  });
});

describe('the design of a composite and of a cell agree on percolation', () => {
  it('the same recipe reaches the same share alone and in a cell without a rate', () => {
    const alone: Design = value(compositeDesign(computeComposite(recipe(), SETTINGS), SETTINGS));
    const inCell: Design = value(cellDesign(lithiumCell('C', { target: recipe(), loadingMgPerCm2: 10 }), SETTINGS));
    expect(inCell.maxActive!.activeWt).toBe(alone.maxActive!.activeWt);
    expect(inCell.limitedBy).toBe(alone.limitedBy);
  });
});
