/**
 * Material hints (compute/material.ts) at their edges: every reason a hint is missing, in full,
 * the basis each value states, which roles get a specific energy and which conductivities a role
 * asks for, and the Nernst–Einstein estimate worked by hand for a sodium conductor. Written
 * against the mutants that survived the file's first run.
 */
import { describe, expect, it } from 'vitest';
import { computeMaterial, isKnown, nernstEinsteinMSPerCmPerCm2PerS, relevantConductivities, type MaterialHints } from '../../../server/src/core/compute';
import { analyze } from '../helpers/analyze';
import { material } from './models';
import { basis, reasons, value } from './computed';

/** CODATA 2018 (exact since 2019). */
const N_A = 6.02214076e23;
const E = 1.602176634e-19;
const K_B = 1.380649e-23;
/** F/3.6, mAh/mol. */
const F_MAH = (N_A * E) / 3.6;

/** The hints of each material a document declares, by name. */
function hintsOf(text: string): Record<string, MaterialHints> {
  const analysis = analyze(text);
  return Object.fromEntries(analysis.hints.materials.map((m) => [m.name, m]));
}

describe('which conductivities a role asks for', () => {
  it('a cathode both, an electrolyte ions, a carbon electrons, an anode, binder, coating or collector none, a role-less material both', () => {
    expect(relevantConductivities(material('A', { formula: 'LiCoO2', role: 'cathode' }))).toEqual(['ionic', 'electronic']);
    expect(relevantConductivities(material('B', { formula: 'Li6PS5Cl', role: 'electrolyte' }))).toEqual(['ionic']);
    expect(relevantConductivities(material('C', { formula: 'C', role: 'carbon' }))).toEqual(['electronic']);
    for (const role of ['anode', 'binder', 'coating', 'collector'] as const) expect(relevantConductivities(material('D', { formula: 'Li', role }))).toEqual([]);
    expect(relevantConductivities(material('E', { formula: 'LiCoO2' }))).toEqual(['ionic', 'electronic']);
  });
});

describe('a material without a usable formula', () => {
  // Each test analyses its own document: hints are memoised per model (and a document analysed again reuses its models),
  // and a mutant is run only against the tests that computed them.

  it('no formula: the molar mass, the anion class and Q1 all ask for one; the declared capacity still gives Q·V', () => {
    const h = hintsOf(`material NoFormula {\n  role cathode\n  voltage 3 V\n  capacity 150 mAh/g\n}\n`)['NoFormula']!;
    const ask = ['declare the `formula` of `NoFormula`'];
    expect(reasons(h.molarMassGPerMol)).toEqual(ask);
    expect(reasons(h.anionClass)).toEqual(ask);
    expect(reasons(h.capacityPerElectronMAhPerG)).toEqual(ask);
    expect(h.impliedElectrons && reasons(h.impliedElectrons)).toEqual(ask);
    expect(h.specificCapacityMAhPerG).toEqual({ value: 150, basis: 'declared practical capacity' });
    expect(h.specificEnergyWhPerKg).toEqual({ value: 450, basis: 'Q·V with Q the declared practical capacity' });
  });

  it('a formula that does not parse: fix it; a declared electron count then gives no capacity, and says both why and what else would', () => {
    const h = hintsOf(`material BadFormula {\n  formula Xq2O\n  role cathode\n  electrons 1\n}\n`)['BadFormula']!;
    const fix = 'fix the `formula` of `BadFormula`';
    expect(reasons(h.molarMassGPerMol)).toEqual([fix]);
    expect(reasons(h.anionClass)).toEqual([fix]);
    expect(reasons(h.theoreticalCapacityMAhPerG)).toEqual([fix]);
    expect(h.impliedElectrons).toBeUndefined();
    expect(reasons(h.specificCapacityMAhPerG)).toEqual(['declare `capacity` (mAh/g) or `electrons` of `BadFormula`', fix]);
    expect(reasons(h.specificEnergyWhPerKg)).toEqual(['declare `capacity` (mAh/g) or `electrons` of `BadFormula`', fix, 'declare `voltage` of `BadFormula`']);
  });
});

describe('the bases a value states', () => {
  it('Q1 = F/(3.6·M), and the theoretical capacity n·Q1 naming n', () => {
    // LiFePO4: M = 6.94 + 55.845 + 30.974 + 4 × 15.999 = 157.755 g/mol, Q1 = 169.9 mAh/g.
    const lfp = computeMaterial(material('LFP', { formula: 'LiFePO4', role: 'cathode', voltage: 3.4, electrons: 1 }));
    const m = 6.94 + 55.845 + 30.974 + 4 * 15.999;
    expect(value(lfp.capacityPerElectronMAhPerG)).toBeCloseTo(F_MAH / m, 6);
    expect(basis(lfp.capacityPerElectronMAhPerG)).toBe('Q1 = F / (3.6·M)');
    expect(value(lfp.specificCapacityMAhPerG)).toBeCloseTo(F_MAH / m, 6);
    expect(basis(lfp.specificCapacityMAhPerG)).toBe('theoretical capacity n·Q1 with n = 1');
    expect(value(lfp.specificEnergyWhPerKg)).toBeCloseTo((F_MAH / m) * 3.4, 6);
    expect(basis(lfp.specificEnergyWhPerKg)).toBe('Q·V with Q the theoretical capacity n·Q1 with n = 1');
    // Two electrons (Li2FeSiO4-like): twice Q1, and the basis says so.
    const two = computeMaterial(material('LFS', { formula: 'Li2FeSiO4', role: 'cathode', electrons: 2 }));
    expect(basis(two.specificCapacityMAhPerG)).toBe('theoretical capacity n·Q1 with n = 2');
    expect(value(two.theoreticalCapacityMAhPerG)).toBeCloseTo(2 * value(two.capacityPerElectronMAhPerG), 9);
  });

  it('a cathode with a voltage but no capacity: Q·V is missing, saying what to declare', () => {
    const h = computeMaterial(material('LFP', { formula: 'LiFePO4', role: 'cathode', voltage: 3.4 }));
    expect(reasons(h.specificEnergyWhPerKg)).toEqual(['declare `capacity` (mAh/g) or `electrons` of `LFP`']);
  });
});

describe('which materials get a specific energy', () => {
  it('a cathode always; a role-less material when it declares a voltage or a capacity; never an anode or an electrolyte', () => {
    expect(computeMaterial(material('Cath', { formula: 'LiCoO2', role: 'cathode' })).specificEnergyWhPerKg).toBeDefined();
    expect(value(computeMaterial(material('V', { formula: 'LiCoO2', voltage: 3.9, capacity: 140 })).specificEnergyWhPerKg)).toBeCloseTo(3.9 * 140, 9);
    expect(reasons(computeMaterial(material('VOnly', { formula: 'LiCoO2', voltage: 3.9 })).specificEnergyWhPerKg)).toEqual([
      'declare `capacity` (mAh/g) or `electrons` of `VOnly`',
    ]);
    expect(reasons(computeMaterial(material('QOnly', { formula: 'LiCoO2', capacity: 140 })).specificEnergyWhPerKg)).toEqual(['declare `voltage` of `QOnly`']);
    expect(computeMaterial(material('Neither', { formula: 'LiCoO2' })).specificEnergyWhPerKg).toBeUndefined();
    expect(computeMaterial(material('Gr', { formula: 'C6', role: 'anode', voltage: 0.1, capacity: 372 })).specificEnergyWhPerKg).toBeUndefined();
    expect(computeMaterial(material('SE', { formula: 'Li6PS5Cl', role: 'electrolyte', voltage: 2 })).specificEnergyWhPerKg).toBeUndefined();
  });
});

describe('conductivities', () => {
  it('the ratio σ_e/σ_ion and its orders of magnitude: 10 mS/cm over 0.1 is 100, two orders', () => {
    const h = computeMaterial(material('Mixed', { formula: 'LiCoO2', role: 'cathode', ionic: 0.1, electronic: 10 }));
    expect(value(h.conductivityRatio).ratio).toBeCloseTo(100, 12);
    expect(value(h.conductivityRatio).ordersOfMagnitude).toBeCloseTo(2, 12);
    const below = computeMaterial(material('Below', { formula: 'LiCoO2', role: 'cathode', ionic: 1, electronic: 0.001 }));
    expect(value(below.conductivityRatio).ordersOfMagnitude).toBeCloseTo(-3, 12);
  });

  it('without σ_e the ratio is missing and says so; without σ_ion too', () => {
    const h = computeMaterial(material('LCO', { formula: 'LiCoO2', role: 'cathode', ionic: 1e-4 }));
    expect(reasons(h.electronicConductivity)).toEqual(['declare `electronic` (mS/cm) of `LCO`']);
    expect(reasons(h.conductivityRatio)).toEqual(['declare `electronic` (mS/cm) of `LCO`']);
    const none = computeMaterial(material('LCO', { formula: 'LiCoO2', role: 'cathode' }));
    expect(reasons(none.ionicConductivity)).toEqual(['declare `ionic` (mS/cm) of `LCO`, or its `diffusivity` and `density`']);
  });

  it('a diffusivity without a formula gives no estimate: the formula is what is missing', () => {
    const h = hintsOf(`material Unknown {\n  role electrolyte\n  diffusivity 1e-8 cm2/s\n  density 2 g/cm3\n}\n`)['Unknown']!;
    expect(reasons(h.ionicConductivity)).toEqual(['declare the `formula` of `Unknown`']);
  });

  it('a diffusivity without a density: declare the density, or the conductivity', () => {
    const h = computeMaterial(material('LCO', { formula: 'LiCoO2', role: 'cathode', diffusivity: 1e-11 }));
    expect(reasons(h.ionicConductivity)).toEqual(['declare `density` of `LCO` (to estimate σ_ion from its diffusivity), or its `ionic` conductivity']);
  });

  it('a diffusivity of a formula without Li or Na gives no carrier density', () => {
    const h = computeMaterial(material('FeS2', { formula: 'FeS2', role: 'cathode', diffusivity: 1e-11, density: 5.0 }));
    expect(reasons(h.ionicConductivity)).toEqual(['`FeS2` has neither Li nor Na in its formula, so its diffusivity gives no carrier density; declare `ionic`']);
  });

  it('Na3PS4, D = 1e-8–4e-8 cm2/s, 1.9 g/cm3: three Na per formula unit, about 0.94–3.75 mS/cm, stated as an estimate', () => {
    // M = 3 × 22.99 + 30.974 + 4 × 32.06 = 228.184 g/mol; c = 3 × (1.9/228.184) × N_A = 1.504e22 cm⁻³.
    const m = 3 * 22.99 + 30.974 + 4 * 32.06;
    const c = 3 * (1.9 / m) * N_A;
    const perD = ((c * E ** 2) / (K_B * 298.15)) * 1000; // (mS/cm) per (cm2/s)
    expect(nernstEinsteinMSPerCmPerCm2PerS(3, 1.9, m)).toBeCloseTo(perD, 6);
    const h = computeMaterial(material('NPS', { formula: 'Na3PS4', role: 'electrolyte', diffusivity: [1e-8, 4e-8], density: 1.9 }));
    const sigma = h.ionicConductivity;
    expect(value(sigma).low).toBeCloseTo(1e-8 * perD, 9); // 0.938
    expect(value(sigma).high).toBeCloseTo(4e-8 * perD, 9); // 3.75
    expect(value(sigma).representative).toBeCloseTo(2e-8 * perD, 9); // √(1e-8 · 4e-8) = 2e-8
    expect(isKnown(sigma) && sigma.estimated).toBe(true);
    expect(basis(sigma)).toBe(
      'Nernst–Einstein σ = c·e²·D/(k_B·T), c = 3 Na × (ρ/M)·N_A = 1.5e22 cm⁻³, T = 298.15 K (CODATA 2018 constants); ' +
        'an order-of-magnitude estimate: every Na counted as a carrier, no correlation (Haven ratio 1)',
    );
  });
});
