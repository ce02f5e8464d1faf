import { describe, expect, it } from 'vitest';
import { computeComposite, computeMixture, isKnown, mixtureOfMaterial } from '../../../server/src/core/compute';
import { composite, LPSCL, LTG, material, NCM811, SETTINGS, VGCF } from './models';
import { value } from './computed';

// A BareNCM-like cathode: NCM811 70 wt% (ρ 4.7), Li6PS5Cl 27 wt% (ρ 1.84), VGCF 3 wt% (ρ 2.0), 10 vol% pores.
const bareNcm = composite('BareNCM', [[NCM811, 0.7, 'wt'], [LPSCL, 0.27, 'wt'], [VGCF, 0.03, 'wt']], 0.1);
// Volume per gram of solid, Σ w/ρ:
const volumePerGram = 0.7 / 4.7 + 0.27 / 1.84 + 0.03 / 2.0; // 0.148936 + 0.146739 + 0.015 = 0.310675 cm3/g
// Fractions of the solid (what percolation compares), then of the layer (× 0.9).
const x = {
  ncm: 0.7 / 4.7 / volumePerGram, // 0.47940
  lpscl: 0.27 / 1.84 / volumePerGram, // 0.47233
  vgcf: 0.03 / 2.0 / volumePerGram, // 0.048282
};
const phi = { ncm: x.ncm * 0.9, lpscl: x.lpscl * 0.9, vgcf: x.vgcf * 0.9 };
/** The percolation law of transport.ts, by hand: ((x − xc)/(1 − xc))², and the pores' (1 − p)^1.5. */
const law = (fraction: number, threshold: number): number => (fraction > threshold ? ((fraction - threshold) / (1 - threshold)) ** 2 : 0);
const pores = 0.9 ** 1.5;

describe('composite hints: volume fractions, capacity, percolation and effective conductivity', () => {
  it('wt% becomes vol% through the densities (φ ∝ w/ρ), scaled by (1 − porosity)', () => {
    const hints = computeComposite(bareNcm, SETTINGS);
    const [ncm, lpscl, vgcf] = hints.components.map((c) => value(c.volumeFraction));
    expect(ncm).toBeCloseTo(phi.ncm, 12);
    expect(lpscl).toBeCloseTo(phi.lpscl, 12);
    expect(vgcf).toBeCloseTo(phi.vgcf, 12);
    expect(ncm! + lpscl! + vgcf! + hints.porosity).toBeCloseTo(1, 12);
    expect(value(hints.solidDensityGPerCm3)).toBeCloseTo(1 / volumePerGram, 12); // 3.2188 g/cm3
  });

  it('a gram of BareNCM holds 0.7 × 195 = 136.5 mAh: only the cathode-role material counts', () => {
    expect(value(computeComposite(bareNcm, SETTINGS).specificCapacityMAhPerG)).toBeCloseTo(136.5, 12);
  });

  it('the effective ionic conductivity follows the percolation law over the electrolyte alone: 2.05 × ((0.4723 − 0.16)/0.84)² × 0.9^1.5 ≈ 0.242 mS/cm', () => {
    const hints = computeComposite(bareNcm, SETTINGS);
    // NCM811's 1e-4 mS/cm is below the 0.01 mS/cm that counts as conducting.
    expect(hints.ionic.conductors).toEqual(['Li6PS5Cl']);
    expect(value(hints.ionic.effectiveConductivity).representative).toBeCloseTo(2.05 * law(x.lpscl, 0.16) * pores, 12);
    // Electrons: NCM811 (0.05 mS/cm) and VGCF (1e5 mS/cm) both conduct, each through its own network.
    expect(value(hints.electronic.effectiveConductivity).representative).toBeCloseTo((0.05 * law(x.ncm, 0.16) + 1e5 * law(x.vgcf, 0.03)) * pores, 9);
    expect(value(hints.bottleneck)).toBe('ionic');
    expect(value(hints.dualConductive)).toEqual({ dualConductive: false });
  });

  it('each phase percolates: Σ x/xc over the solid, with VGCF at its own fibre threshold of 0.03', () => {
    const hints = computeComposite(bareNcm, SETTINGS);
    const ionic = value(hints.ionic.percolation);
    const electronic = value(hints.electronic.percolation);
    expect(ionic.sum).toBeCloseTo(x.lpscl / 0.16, 12); // 2.952
    expect(ionic.percolates).toBe(true);
    expect(electronic.sum).toBeCloseTo(x.ncm / 0.16 + x.vgcf / 0.03, 12); // 2.996 + 1.609
    expect(electronic.terms.find((t) => t.name === 'VGCF')).toMatchObject({ threshold: 0.03, thresholdFrom: 'material', solidVolumeFraction: x.vgcf });
    expect(electronic.terms.find((t) => t.name === 'VGCF')!.volumeFraction).toBeCloseTo(phi.vgcf, 12);
  });

  it('a phase that does not percolate has no effective conductivity, not a small one', () => {
    const starved = composite('Starved', [[NCM811, 0.9, 'vol'], [LPSCL, 0.05, 'vol'], [VGCF, 0.05, 'vol']]);
    const sigma = value(computeComposite(starved, SETTINGS).ionic.effectiveConductivity);
    expect(sigma).toEqual({ low: 0, high: 0, representative: 0 });
  });

  it('two electrolytes each below the threshold percolate together, as one network bounded by the poorer one', () => {
    const other = material('OtherSE', { formula: 'Li3YCl6', role: 'electrolyte', ionic: 0.5, density: 2.4 });
    const mix = composite('TwoCatholytes', [[NCM811, 0.7, 'vol'], [LPSCL, 0.12, 'vol'], [other, 0.12, 'vol'], [VGCF, 0.06, 'vol']]);
    const hints = computeComposite(mix, SETTINGS);
    expect(value(hints.ionic.percolation).sum).toBeCloseTo(0.24 / 0.16, 12);
    // X = 0.24, X_c = X / Σ(x/xc) = 0.16: σ_min · ((0.24 − 0.16)/0.84)².
    expect(value(hints.ionic.effectiveConductivity).representative).toBeCloseTo(0.5 * law(0.24, 0.16), 12);
  });

  it('5 vol% of Li6PS5Cl does not percolate: Σ x/xc = 0.05/0.16 = 0.3125 < 1', () => {
    const starved = composite('Starved', [[NCM811, 0.9, 'vol'], [LPSCL, 0.05, 'vol'], [VGCF, 0.05, 'vol']]);
    const hints = computeComposite(starved, SETTINGS);
    const ionic = value(hints.ionic.percolation);
    expect(ionic.sum).toBeCloseTo(0.3125, 12);
    expect(ionic.percolates).toBe(false);
    expect(value(hints.electronic.percolation).percolates).toBe(true);
    // vol% → wt% for the capacity: w ∝ v·ρ = 4.23 : 0.092 : 0.1.
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(((0.9 * 4.7) / (0.9 * 4.7 + 0.05 * 1.84 + 0.05 * 2.0)) * 195, 9); // 186.5
    // No porosity declared: vol% of the solid is vol% of the layer.
    expect(hints.porosityDeclared).toBe(false);
    expect(value(hints.components[1]!.volumeFraction)).toBe(0.05);
  });

  it('the settings decide the default threshold: at φc = 0.04, 5 vol% of electrolyte percolates', () => {
    const starved = composite('Starved', [[NCM811, 0.9, 'vol'], [LPSCL, 0.05, 'vol'], [VGCF, 0.05, 'vol']]);
    expect(value(computeComposite(starved, { percolationThreshold: 0.04 }).ionic.percolation).sum).toBeCloseTo(0.05 / 0.04, 12);
  });

  it('LTG alone (100 wt%, 8 vol% pores) is dual-conductive on its own: the review’s ICDC cathode', () => {
    const ltgOnly = composite('LTGonly', [[LTG, 1, 'wt']], 0.08);
    const hints = computeComposite(ltgOnly, SETTINGS);
    // A lone component needs no density: it is all of the solid.
    expect(value(hints.components[0]!.volumeFraction)).toBeCloseTo(0.92, 12);
    expect(value(hints.dualConductive)).toEqual({ dualConductive: true, material: 'LTG' });
    // All of the solid: the pores alone reduce it, (1 − 0.08)^1.5.
    expect(value(hints.ionic.effectiveConductivity).representative).toBeCloseTo(Math.sqrt(0.22 * 0.66) * 0.92 ** 1.5, 12); // 0.336
    expect(value(hints.ionic.effectiveConductivity).low).toBeCloseTo(0.22 * 0.92 ** 1.5, 12);
    expect(value(hints.electronic.effectiveConductivity).high).toBeCloseTo(412 * 0.92 ** 1.5, 9);
    expect(value(hints.bottleneck)).toBe('ionic');
    expect(value(hints.specificCapacityMAhPerG)).toBe(250);
    // ρ_solid needs LTG's density.
    expect(hints.solidDensityGPerCm3.value).toBeNull();
    expect(!isKnown(hints.solidDensityGPerCm3) && hints.solidDensityGPerCm3.missing).toEqual(['declare `density` of `LTG`']);
  });

  it('without the densities, wt% still gives the specific capacity but not the volume fractions', () => {
    const fecl3 = material('FeCl3Cathode', { formula: 'FeCl3', role: 'cathode', voltage: 3.65, capacity: 159 });
    const hints = computeComposite(composite('FeCl3Composite', [[fecl3, 0.4, 'wt'], [LPSCL, 0.5, 'wt'], [VGCF, 0.1, 'wt']]), SETTINGS);
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(0.4 * 159, 12);
    const phase = hints.ionic.effectiveConductivity;
    expect(!isKnown(phase) && phase.missing).toEqual(['declare `density` of `FeCl3Cathode`']);
    expect(hints.dualConductive.value).toBeNull();
  });

  it('a composite mixing wt% and vol% converts consistently when every density is known', () => {
    // BareNCM again, with the electrolyte given by its solid volume share (0.146739/0.310675 = 47.23 vol%).
    const lpsclVolume = 0.27 / 1.84 / volumePerGram;
    const mixed = composite('Mixed', [[NCM811, 0.7, 'wt'], [LPSCL, lpsclVolume, 'vol'], [VGCF, 0.03, 'wt']], 0.1);
    const hints = computeComposite(mixed, SETTINGS);
    expect(value(hints.components[1]!.massFraction)).toBeCloseTo(0.27, 12);
    expect(value(hints.components[0]!.volumeFraction)).toBeCloseTo(phi.ncm, 12);
  });

  it('a single material as a layer is a composite of that one material at 100 %, its role taken from the layer', () => {
    const hints = computeMixture(mixtureOfMaterial(LPSCL), SETTINGS);
    expect(hints.singleMaterial).toBe(true);
    expect(value(hints.components[0]!.volumeFraction)).toBe(1);
    expect(value(hints.ionic.effectiveConductivity).representative).toBe(2.05);
    // Li6PS5Cl conducts no electrons (none declared for an electrolyte): no electronic path at all.
    expect(value(hints.electronic.effectiveConductivity).representative).toBe(0);
    expect(value(hints.electronic.percolation).percolates).toBe(false);
  });
});
