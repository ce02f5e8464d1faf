import { describe, expect, it } from 'vitest';
import { computeCell } from '../../../server/src/core/compute';
import { AL, cell, composite, CU, LI, LIIN, LPSCL, LTG, material, NCM811, SETTINGS, VGCF } from './models';
import { reasons, value } from './computed';

const bareNcm = composite('BareNCM', [[NCM811, 0.7, 'wt'], [LPSCL, 0.27, 'wt'], [VGCF, 0.03, 'wt']], 0.1);

describe('cell hints: areal capacity, layer masses and thicknesses, stack energy, voltage losses', () => {
  // Hand calculation for Li 20 um | Li6PS5Cl 30 um | BareNCM 15 mg/cm2 | Al 10 um at 1 C.
  const solidDensity = 1 / (0.7 / 4.7 + 0.27 / 1.84 + 0.03 / 2.0); // 3.2188 g/cm3
  const cathodeUm = (15 / (solidDensity * 0.9)) * 10; // mg/cm2 ÷ g/cm3 = 10 um per unit: 51.78 um
  const arealCapacity = (15 * 0.7 * 195) / 1000; // 2.0475 mAh/cm2
  const masses = { li: (20 * 0.534) / 10, lpscl: (30 * 1.84) / 10, cathode: 15, al: (10 * 2.7) / 10 }; // 1.068, 5.52, 15, 2.7
  const totalMass = masses.li + masses.lpscl + masses.cathode + masses.al; // 24.288 mg/cm2
  const totalUm = 20 + 30 + cathodeUm + 10; // 111.78 um
  const arealEnergy = arealCapacity * (3.86 - 0); // 7.903 mWh/cm2
  const ncmCell = cell(
    'NCMcell',
    [
      { role: 'anode', target: LI, thicknessUm: 20 },
      { role: 'separator', target: LPSCL, thicknessUm: 30 },
      { role: 'cathode', target: bareNcm, loadingMgPerCm2: 15 },
      { role: 'collector', target: AL, thicknessUm: 10 },
    ],
    { value: 1, unit: 'C' },
  );

  it('areal capacity is loading × composite capacity: 15 mg/cm2 × 136.5 mAh/g = 2.05 mAh/cm2', () => {
    expect(value(computeCell(ncmCell, SETTINGS).arealCapacityMAhPerCm2)).toBeCloseTo(arealCapacity, 12);
  });

  it('the cathode is loading / (ρ_solid·(1 − porosity)) thick: about 51.8 um', () => {
    expect(value(computeCell(ncmCell, SETTINGS).cathodeThicknessUm)).toBeCloseTo(cathodeUm, 9);
  });

  it('dense layers weigh thickness × density: 20 um of Li is 1.07 mg/cm2, 10 um of Al 2.7 mg/cm2', () => {
    const hints = computeCell(ncmCell, SETTINGS);
    expect(hints.layers.map((l) => value(l.arealMassMgPerCm2))).toEqual([
      expect.closeTo(masses.li, 12),
      expect.closeTo(masses.lpscl, 12),
      15,
      expect.closeTo(masses.al, 12),
    ]);
    expect(value(hints.totalArealMassMgPerCm2)).toBeCloseTo(totalMass, 12);
    expect(value(hints.totalThicknessUm)).toBeCloseTo(totalUm, 9);
  });

  it('the stack stores 2.05 mAh/cm2 × 3.86 V over 24.3 mg/cm2 and 112 um: about 325 Wh/kg and 707 Wh/L', () => {
    const hints = computeCell(ncmCell, SETTINGS);
    expect(value(hints.cellVoltageV)).toBeCloseTo(3.86, 12);
    // mWh/cm2 ÷ mg/cm2 × 1000 = Wh/kg; mWh/cm2 ÷ (um × 1e-4 cm) = Wh/L.
    expect(value(hints.specificEnergyWhPerKg)).toBeCloseTo((1000 * arealEnergy) / totalMass, 9); // 325.4
    expect(value(hints.energyDensityWhPerL)).toBeCloseTo((1e4 * arealEnergy) / totalUm, 9); // 707.1
  });

  it('at 1 C the ionic loss across the cathode is j·L/σ_eff = 2.05 mA/cm2 × 51.8 um / 0.242 mS/cm ≈ 0.044 V', () => {
    const hints = computeCell(ncmCell, SETTINGS);
    // The percolation law over the electrolyte's solid fraction x, then the pores (transport.ts).
    const x = (0.27 / 1.84) * solidDensity;
    const sigmaIonic = 2.05 * ((x - 0.16) / 0.84) ** 2 * 0.9 ** 1.5;
    const drop = value(hints.ionicDrop);
    expect(drop.currentDensityMAPerCm2).toBeCloseTo(arealCapacity, 12);
    expect(drop.effectiveConductivityMSPerCm).toBeCloseTo(sigmaIonic, 12);
    expect(drop.voltageDropV).toBeCloseTo((arealCapacity * cathodeUm * 1e-4) / sigmaIonic, 12); // mA/cm2 × cm / (mS/cm) = V
    expect(drop.voltageDropV).toBeLessThan(0.1);
  });

  it('a thick cathode with 20 vol% electrolyte, just above its threshold, loses volts to ion transport at 1 C: conduction-limited', () => {
    const lean = composite('Lean', [[NCM811, 0.75, 'vol'], [LPSCL, 0.2, 'vol'], [VGCF, 0.05, 'vol']]);
    const hints = computeCell(
      cell('LeanCell', [{ role: 'anode', target: LI, thicknessUm: 30 }, { role: 'separator', target: LPSCL, thicknessUm: 50 }, { role: 'cathode', target: lean, loadingMgPerCm2: 20 }], { value: 1, unit: 'C' }),
      SETTINGS,
    );
    const gramsPerCm3 = 0.75 * 4.7 + 0.2 * 1.84 + 0.05 * 2.0; // ρ_solid = Σ v·ρ = 3.993 g/cm3
    const capacity = ((0.75 * 4.7) / gramsPerCm3) * 195; // 172.1 mAh/g
    const j = (20 * capacity) / 1000; // 3.44 mA/cm2
    const thicknessCm = 20 / gramsPerCm3 / 1000; // 50.1 um
    const sigma = 2.05 * ((0.2 - 0.16) / 0.84) ** 2; // 0.00465 mS/cm
    expect(value(hints.ionicDrop).voltageDropV).toBeCloseTo((j * thicknessCm) / sigma, 9); // 3.71 V
  });

  it('a cathode whose ionic phase does not percolate has no ionic path: an infinite loss, not a large one', () => {
    const starved = composite('Starved', [[NCM811, 0.9, 'vol'], [LPSCL, 0.05, 'vol'], [VGCF, 0.05, 'vol']]);
    const hints = computeCell(
      cell('StarvedCell', [{ role: 'anode', target: LI, thicknessUm: 30 }, { role: 'separator', target: LPSCL, thicknessUm: 50 }, { role: 'cathode', target: starved, loadingMgPerCm2: 20 }], { value: 1, unit: 'C' }),
      SETTINGS,
    );
    expect(value(hints.ionicDrop).voltageDropV).toBe(Infinity);
  });

  it('a rate given in mA/cm2 is the current density itself', () => {
    const hints = computeCell({ ...ncmCell, rate: { value: 0.5, unit: 'mA/cm2' } }, SETTINGS);
    expect(value(hints.currentDensityMAPerCm2)).toBe(0.5);
  });

  it('a cathode given by thickness gets its loading from the density: 51.8 um of BareNCM is 15 mg/cm2', () => {
    const byThickness = cell('ByThickness', [
      { role: 'anode', target: LI, thicknessUm: 20 },
      { role: 'separator', target: LPSCL, thicknessUm: 30 },
      { role: 'cathode', target: bareNcm, thicknessUm: cathodeUm },
    ]);
    expect(value(computeCell(byThickness, SETTINGS).cathodeLoadingMgPerCm2)).toBeCloseTo(15, 9);
  });

  it('the homogeneous LTG cell: capacity and voltage are known, the cathode thickness needs LTG’s density', () => {
    const ltgOnly = composite('LTGonly', [[LTG, 1, 'wt']], 0.08);
    const hints = computeCell(
      cell(
        'HomogeneousCell',
        [
          { role: 'anode', target: LIIN, thicknessUm: 40 },
          { role: 'separator', target: LPSCL, thicknessUm: 30 },
          { role: 'cathode', target: ltgOnly, loadingMgPerCm2: 10 },
          { role: 'collector', target: AL, thicknessUm: 10 },
          { role: 'collector', target: CU, thicknessUm: 8 },
        ],
        { value: 0.5, unit: 'C' },
      ),
      SETTINGS,
    );
    expect(value(hints.arealCapacityMAhPerCm2)).toBeCloseTo(2.5, 12); // 10 mg/cm2 × 250 mAh/g
    expect(value(hints.cellVoltageV)).toBeCloseTo(2.55 - 0.62, 12); // vs Li–In at 0.62 V
    expect(reasons(hints.cathodeThicknessUm)).toEqual(['declare `density` of `LTG`']);
    expect(reasons(hints.specificEnergyWhPerKg)).toEqual(['declare `density` of `LiIn`']);
    expect(reasons(hints.ionicDrop)).toEqual(['declare `density` of `LTG`']);
    expect(value(hints.layers[4]!.arealMassMgPerCm2)).toBeCloseTo((8 * 8.96) / 10, 12); // Cu collector, 7.17 mg/cm2
  });

  it('with the densities declared, the LTG cell stores 2.5 mAh/cm2 × 1.93 V in every listed layer, collectors included', () => {
    const ltg = { ...LTG, density: { value: 3.1 } };
    const liIn = { ...LIIN, density: { value: 5.6 } };
    const hints = computeCell(
      cell('HomogeneousCell', [
        { role: 'anode', target: liIn, thicknessUm: 40 },
        { role: 'separator', target: LPSCL, thicknessUm: 30 },
        { role: 'cathode', target: composite('LTGonly', [[ltg, 1, 'wt']], 0.08), loadingMgPerCm2: 10 },
        { role: 'collector', target: AL, thicknessUm: 10 },
        { role: 'collector', target: CU, thicknessUm: 8 },
      ]),
      SETTINGS,
    );
    const cathodeUm = (10 / (3.1 * 0.92)) * 10; // 35.06 um
    const mass = (40 * 5.6) / 10 + (30 * 1.84) / 10 + 10 + (10 * 2.7) / 10 + (8 * 8.96) / 10; // 47.79 mg/cm2
    const energy = 2.5 * (2.55 - 0.62); // 4.825 mWh/cm2
    expect(value(hints.specificEnergyWhPerKg)).toBeCloseTo((1000 * energy) / mass, 9); // 101 Wh/kg
    expect(value(hints.energyDensityWhPerL)).toBeCloseTo((1e4 * energy) / (40 + 30 + cathodeUm + 10 + 8), 9); // 392 Wh/L
    expect(reasons(hints.ionicDrop)[0]).toMatch(/declare the `rate`/);
  });

  it('a cathode of one material (LiCoO2, σ_ion 1e-4 mS/cm) has no ionic path: an infinite voltage loss', () => {
    const lco = material('LiCoO2', { role: 'cathode', voltage: 3.9, capacity: 140, ionic: 1e-4, electronic: 0.1, density: 5.1 });
    const hints = computeCell(cell('LCOonly', [{ role: 'anode', target: LI, thicknessUm: 20 }, { role: 'cathode', target: lco, loadingMgPerCm2: 10 }], { value: 0.1, unit: 'C' }), SETTINGS);
    expect(value(hints.ionicDrop).voltageDropV).toBe(Infinity);
    // 10 mg/cm2 of dense LiCoO2 is 10/5.1 × 10 = 19.6 um; its electrons do conduct: 0.1 mS/cm over it.
    expect(value(hints.electronicDrop).voltageDropV).toBeCloseTo((1.4 * 0.1 * (10 / 5.1 / 1000)) / 0.1, 12);
  });

  it('a cell without an anode cannot have a cell voltage, and says so', () => {
    const hints = computeCell(cell('NoAnode', [{ role: 'cathode', target: bareNcm, loadingMgPerCm2: 15 }]), SETTINGS);
    expect(reasons(hints.cellVoltageV)).toEqual(['add an `anode` layer to `NoAnode`']);
    expect(value(hints.arealCapacityMAhPerCm2)).toBeCloseTo(arealCapacity, 12);
  });
});
