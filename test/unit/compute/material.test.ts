import { describe, expect, it } from 'vitest';
import { computeMaterial } from '../../../server/src/core/compute';
import { LTG, NCM811, LPSCL, material } from './models';
import { reasons, value } from './computed';

/** IUPAC 2021 abridged standard atomic weights, g/mol. */
const W = { Li: 6.94, Ti: 47.867, Ge: 72.63, P: 30.974, S: 32.06, Se: 78.971, Ni: 58.693, Co: 58.933, Mn: 54.938, O: 15.999 };
/** F/3.6 with F = N_A·e = 96485.33212 C/mol (CODATA 2018), mAh/mol. */
const F_MAH = 96485.33212 / 3.6;

describe('material hints (docs/language.md §6)', () => {
  // Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3 = Li1.75 Ti2 Ge0.75 P2.25 S11.4 Se0.6.
  const ltgMolarMass = 1.75 * W.Li + 2 * W.Ti + 0.75 * W.Ge + 2.25 * W.P + 11.4 * W.S + 0.6 * W.Se; // ≈ 644.9
  const ltgQ1 = F_MAH / ltgMolarMass; // ≈ 41.56 mAh/g

  it('LTG weighs about 645 g/mol, so one electron per formula unit is worth about 41.6 mAh/g', () => {
    const hints = computeMaterial(LTG);
    expect(value(hints.molarMassGPerMol)).toBeCloseTo(ltgMolarMass, 2);
    expect(value(hints.capacityPerElectronMAhPerG)).toBeCloseTo(ltgQ1, 3);
    expect(value(hints.capacityPerElectronMAhPerG)).toBeCloseTo(26801.4 / 645, 1);
  });

  it("LTG's declared 250 mAh/g implies about six electrons per formula unit", () => {
    const hints = computeMaterial(LTG);
    const electrons = value(hints.impliedElectrons);
    expect(electrons).toBeCloseTo(250 / ltgQ1, 6); // 250 / 41.56 = 6.016
    expect(Math.round(electrons)).toBe(6);
    expect(hints.theoreticalCapacityMAhPerG).toBeUndefined();
  });

  it('LTG stores Q·V = 250 mAh/g × 2.55 V = 637.5 Wh/kg of active material', () => {
    expect(value(computeMaterial(LTG).specificEnergyWhPerKg)).toBeCloseTo(250 * 2.55, 9);
  });

  it("LTG's conductivity ranges stay ranges, represented by their geometric means, electronic about three orders above ionic", () => {
    const hints = computeMaterial(LTG);
    const ionic = value(hints.ionicConductivity);
    const electronic = value(hints.electronicConductivity);
    expect(ionic).toMatchObject({ low: 0.22, high: 0.66 });
    expect(ionic.representative).toBeCloseTo(Math.sqrt(0.22 * 0.66), 12); // 0.381
    expect(electronic.representative).toBeCloseTo(Math.sqrt(242 * 412), 9); // 315.8
    const ratio = value(hints.conductivityRatio);
    expect(ratio.ratio).toBeCloseTo(Math.sqrt(242 * 412) / Math.sqrt(0.22 * 0.66), 6);
    expect(ratio.ordersOfMagnitude).toBeCloseTo(Math.log10(Math.sqrt(242 * 412) / Math.sqrt(0.22 * 0.66)), 9); // 2.92
  });

  it('NCM811 with one declared electron has a theoretical capacity of about 275 mAh/g, and no implied electron count', () => {
    const m = W.Li + 0.8 * W.Ni + 0.1 * W.Co + 0.1 * W.Mn + 2 * W.O; // 97.28 g/mol
    const hints = computeMaterial(NCM811);
    expect(value(hints.theoreticalCapacityMAhPerG)).toBeCloseTo(F_MAH / m, 3); // 275.5
    expect(hints.impliedElectrons).toBeUndefined();
    // The declared practical capacity, not the theoretical one, sets the specific energy.
    expect(value(hints.specificEnergyWhPerKg)).toBeCloseTo(195 * 3.86, 9);
  });

  it('without a practical capacity, the specific energy uses the theoretical n·Q1', () => {
    const fecl3 = material('FeCl3Cathode', { formula: 'FeCl3', role: 'cathode', voltage: 3.65, electrons: 1 });
    const m = 55.845 + 3 * 35.45; // 162.2 g/mol
    expect(value(computeMaterial(fecl3).specificEnergyWhPerKg)).toBeCloseTo((F_MAH / m) * 3.65, 6); // 603 Wh/kg
  });

  it('the Nernst–Einstein estimate turns a LiCoO2 diffusivity into σ = c·e²·D/(k_B·T), marked as an estimate', () => {
    const lco = material('LCO', { formula: 'LiCoO2', role: 'cathode', diffusivity: 1e-11, density: 5.1 });
    const molarMass = W.Li + W.Co + 2 * W.O; // 97.87 g/mol
    const carriersPerCm3 = 1 * (5.1 / molarMass) * 6.02214076e23; // 3.138e22 Li+/cm3
    const siemensPerCm = (carriersPerCm3 * 1.602176634e-19 ** 2 * 1e-11) / (1.380649e-23 * 298.15); // 1.96e-6 S/cm
    const ionic = computeMaterial(lco).ionicConductivity;
    expect(value(ionic).representative).toBeCloseTo(siemensPerCm * 1000, 9); // 1.96e-3 mS/cm
    expect(value(ionic).representative / (siemensPerCm * 1000)).toBeCloseTo(1, 9);
    expect(ionic.value !== null && ionic.estimated).toBe(true);
    expect(ionic.value !== null && ionic.basis).toMatch(/Nernst–Einstein/);
  });

  it('a diffusivity without a density cannot give a conductivity: declare the density', () => {
    const lco = material('LCO', { formula: 'LiCoO2', role: 'cathode', diffusivity: 1e-11 });
    expect(reasons(computeMaterial(lco).ionicConductivity).join(' ')).toMatch(/declare `density` of `LCO`/);
  });

  it('a declared ionic conductivity wins over the diffusivity estimate', () => {
    const lco = material('LCO', { formula: 'LiCoO2', role: 'cathode', ionic: 1e-4, diffusivity: 1e-11, density: 5.1 });
    const ionic = computeMaterial(lco).ionicConductivity;
    expect(value(ionic).representative).toBe(1e-4);
    expect(ionic.value !== null && ionic.estimated).toBeFalsy();
  });

  it('an electrolyte has no specific energy, and its class comes from the formula (Li6PS5Cl is a sulfide)', () => {
    const hints = computeMaterial(LPSCL);
    expect(hints.specificEnergyWhPerKg).toBeUndefined();
    expect(value(hints.anionClass)).toBe('sulfide');
  });

  it('a cathode without voltage or capacity shows its specific energy as missing, saying what to declare', () => {
    const bare = material('Li3NiS4', { role: 'cathode' });
    const missing = reasons(computeMaterial(bare).specificEnergyWhPerKg).join(' ');
    expect(missing).toMatch(/declare `capacity`/);
    expect(missing).toMatch(/declare `voltage`/);
  });
});
