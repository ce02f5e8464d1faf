/**
 * Composite hints (compute/composite.ts) at their edges: every reason a fraction, a density, a
 * capacity, a conductivity or a voltage is missing, in full and in order; which materials are
 * active, which conduct (0.01 mS/cm from both sides), which are undeclared or assumed by role;
 * percolation exactly at Σ x/x_c = 1; the threshold of each source (the material's own, the
 * particle sizes with a deformable electrolyte, the setting); the bottleneck's tie; dual
 * conduction at its threshold; the mass-weighted role voltage. Models are built inside each test:
 * hints are memoised per model object, and a mutant is run only against the tests that computed
 * them. Written against the mutants that survived the file's first run.
 */
import { describe, expect, it } from 'vitest';
import {
  computeComposite,
  computeMaterialLayer,
  computeMixture,
  isKnown,
  mixtureOfComposite,
  mixtureOfMaterial,
  roleVoltage,
} from '../../../server/src/core/compute';
import type { CompositeModel, FractionBasis, MaterialModel } from '../../../server/src/core/model';
import { composite, FILE, material, SETTINGS } from './models';
import { reasons, value } from './computed';

const AT = { start: 0, end: 0 };
/** q = φc/(1 − φc) of the size rule (particle-size.ts) at the default 0.16. */
const q = 0.16 / 0.84;
/** x_c of a weight w of the size rule: w/(1 + w). */
const fromWeight = (w: number): number => w / (1 + w);
/** The percolation law of transport.ts: ((x − xc)/(1 − xc))². */
const law = (x: number, xc: number): number => (x > xc ? ((x - xc) / (1 - xc)) ** 2 : 0);

const ncm = () => material('NCM811', { formula: 'LiNi0.8Co0.1Mn0.1O2', role: 'cathode', voltage: 3.86, capacity: 195, ionic: 1e-4, electronic: 0.05, density: 4.7 });
const lpscl = () => material('Li6PS5Cl', { role: 'electrolyte', ionic: 2.05, density: 1.84 });
const carbon = () => material('VGCF', { formula: 'C', role: 'carbon', electronic: 1e5, density: 2.0, percolation: 0.03 });
const sized = (m: MaterialModel, d50: number): MaterialModel => ({ ...m, d50: { value: d50, file: FILE, span: AT } });

/** A composite whose components may lack a material or a fraction (models.ts's always have both). */
function rawComposite(name: string, parts: readonly [string, MaterialModel | undefined, { value: number; basis: FractionBasis } | undefined][], porosity?: number): CompositeModel {
  const base = composite(name, [], porosity);
  return {
    ...base,
    components: parts.map(([text, m, fraction]) => ({
      syntax: { kind: 'component', material: { text, span: AT }, span: AT },
      ...(m ? { material: m } : {}),
      ...(fraction ? { fraction } : {}),
    })),
  };
}

describe('what the fractions of a composite ask for', () => {
  it('an unresolved component and components without a fraction: every hint that needs the fractions asks, part by part', () => {
    const ghostless = rawComposite('Partial', [
      ['Ghost', undefined, undefined],
      ['Li6PS5Cl', lpscl(), undefined],
      ['NCM811', ncm(), { value: 0.7, basis: 'wt' }],
    ]);
    const hints = computeComposite(ghostless, SETTINGS);
    const ask = ['resolve `Ghost` (not a known material)', 'give `Ghost` a fraction (wt% or vol%)', 'give `Li6PS5Cl` a fraction (wt% or vol%)'];
    for (const c of hints.components) {
      expect(reasons(c.massFraction)).toEqual(ask);
      expect(reasons(c.volumeFraction)).toEqual(ask);
      expect(reasons(c.solidVolumeFraction)).toEqual(ask);
    }
    expect(reasons(hints.solidDensityGPerCm3)).toEqual(ask);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(ask);
    expect(reasons(hints.ionic.percolation)).toEqual(ask);
    expect(reasons(hints.ionic.effectiveConductivity)).toEqual(ask);
    expect(reasons(hints.electronic.effectiveConductivity)).toEqual(ask);
    expect(reasons(hints.bottleneck)).toEqual(ask);
    expect(reasons(hints.dualConductive)).toEqual(ask);
    // The unresolved component has no material and no hints; it is neither a conductor nor undeclared.
    expect(hints.components[0]).toStrictEqual({
      name: 'Ghost',
      material: undefined,
      materialHints: undefined,
      active: false,
      massFraction: { value: null, missing: ask },
      volumeFraction: { value: null, missing: ask },
      solidVolumeFraction: { value: null, missing: ask },
    });
    expect(hints.components.map((c) => c.active)).toEqual([false, false, true]);
    expect(hints.ionic.conductors).toEqual(['Li6PS5Cl']);
    expect(hints.ionic.undeclared).toEqual([]);
    expect(hints.electronic.conductors).toEqual(['NCM811']);
    expect(hints.electronic.undeclared).toEqual([]);
  });

  it('the mixture of a composite names only what is declared: no material, fraction or porosity that is not', () => {
    const lps = lpscl();
    const raw = rawComposite('Raw', [
      ['Ghost', undefined, undefined],
      ['Li6PS5Cl', lps, { value: 1, basis: 'vol' }],
    ]);
    // Every part has the same fields (one hidden class in V8); what is not declared is undefined.
    expect(mixtureOfComposite(raw)).toStrictEqual({
      name: 'Raw',
      parts: [
        { name: 'Ghost', material: undefined, fraction: undefined },
        { name: 'Li6PS5Cl', material: lps, fraction: { value: 1, basis: 'vol' } },
      ],
      porosity: undefined,
    });
    expect(mixtureOfComposite(rawComposite('Porous', [], 0.2))).toStrictEqual({ name: 'Porous', parts: [], porosity: 0.2 });
    expect(mixtureOfMaterial(lps)).toStrictEqual({ name: 'Li6PS5Cl', parts: [{ name: 'Li6PS5Cl', material: lps, fraction: { value: 1, basis: 'vol' } }], singleMaterial: true });
  });

  it('a porosity of 0 is declared; none is 0 undeclared', () => {
    const declared = computeComposite(composite('Dense', [[lpscl(), 1, 'vol']], 0), SETTINGS);
    expect(declared.porosity).toBe(0);
    expect(declared.porosityDeclared).toBe(true);
    expect(declared.singleMaterial).toBe(false);
    const undeclared = computeComposite(composite('Plain', [[lpscl(), 1, 'vol']]), SETTINGS);
    expect(undeclared.porosity).toBe(0);
    expect(undeclared.porosityDeclared).toBe(false);
  });

  it('a lone component is all of the solid at its given fraction, without a density; ρ_solid is then its density', () => {
    const hints = computeComposite(composite('Half', [[ncm(), 0.5, 'wt']], 0.2), SETTINGS);
    expect(value(hints.components[0]!.massFraction)).toBe(0.5);
    expect(value(hints.components[0]!.solidVolumeFraction)).toBe(0.5);
    expect(value(hints.components[0]!.volumeFraction)).toBeCloseTo(0.5 * 0.8, 15);
    expect(value(hints.solidDensityGPerCm3)).toBeCloseTo(4.7, 12);
  });

  it('wt% without densities: the masses stand, the volumes ask for every missing density in order', () => {
    const a = material('CatA', { formula: 'LiCoO2', role: 'cathode', capacity: 140, electronic: 1 });
    const b = material('SEB', { formula: 'Li3YCl6', role: 'electrolyte', ionic: 0.5 });
    const hints = computeComposite(composite('NoRho', [[a, 0.6, 'wt'], [b, 0.3, 'wt'], [carbon(), 0.1, 'wt']]), SETTINGS);
    const ask = ['declare `density` of `CatA`', 'declare `density` of `SEB`'];
    expect(hints.components.map((c) => value(c.massFraction))).toEqual([0.6, 0.3, 0.1]);
    expect(reasons(hints.components[2]!.volumeFraction)).toEqual(ask);
    expect(reasons(hints.components[2]!.solidVolumeFraction)).toEqual(ask);
    expect(reasons(hints.solidDensityGPerCm3)).toEqual(ask);
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(0.6 * 140, 12);
    expect(reasons(hints.ionic.percolation)).toEqual(ask);
  });

  it('vol% without densities: the volumes stand (and percolate), the masses ask', () => {
    const a = material('CatA', { formula: 'LiCoO2', role: 'cathode', capacity: 140, electronic: 1 });
    const hints = computeComposite(composite('NoRhoVol', [[a, 0.6, 'vol'], [lpscl(), 0.4, 'vol']], 0.1), SETTINGS);
    const ask = ['declare `density` of `CatA`'];
    expect(reasons(hints.components[1]!.massFraction)).toEqual(ask);
    expect(value(hints.components[1]!.solidVolumeFraction)).toBe(0.4);
    expect(value(hints.components[1]!.volumeFraction)).toBeCloseTo(0.36, 15);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(ask);
    expect(reasons(hints.solidDensityGPerCm3)).toEqual(ask);
    expect(value(hints.ionic.percolation).sum).toBeCloseTo(0.4 / 0.16, 12);
  });

  it('wt% and vol% mixed without densities: neither side stands', () => {
    const a = material('CatA', { formula: 'LiCoO2', role: 'cathode', capacity: 140, electronic: 1 });
    const hints = computeComposite(composite('NoRhoMixed', [[a, 0.6, 'wt'], [lpscl(), 0.4, 'vol']]), SETTINGS);
    const ask = ['declare `density` of `CatA`'];
    expect(reasons(hints.components[0]!.massFraction)).toEqual(ask);
    expect(reasons(hints.components[0]!.solidVolumeFraction)).toEqual(ask);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(ask);
  });

  it('all fractions zero in wt%: the masses stand (a capacity of 0), the volumes and ρ_solid ask for a non-zero fraction', () => {
    const hints = computeComposite(composite('Zero', [[ncm(), 0, 'wt'], [lpscl(), 0, 'wt']]), SETTINGS);
    const ask = ['give `Zero` a non-zero fraction'];
    expect(hints.components.map((c) => value(c.massFraction))).toEqual([0, 0]);
    expect(reasons(hints.components[0]!.volumeFraction)).toEqual(ask);
    expect(reasons(hints.solidDensityGPerCm3)).toEqual(ask);
    expect(value(hints.specificCapacityMAhPerG)).toBe(0);
  });

  it('all fractions zero in vol%: the volumes stand, the masses ask', () => {
    const hints = computeComposite(composite('ZeroVol', [[ncm(), 0, 'vol'], [lpscl(), 0, 'vol']]), SETTINGS);
    const ask = ['give `ZeroVol` a non-zero fraction'];
    expect(hints.components.map((c) => value(c.solidVolumeFraction))).toEqual([0, 0]);
    expect(reasons(hints.components[1]!.massFraction)).toEqual(ask);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(ask);
    expect(value(hints.ionic.percolation)).toMatchObject({ sum: 0, percolates: false });
  });

  it('vol% components that fill the solid leave no room for the wt% ones: neither side stands', () => {
    const hints = computeComposite(composite('Overfull', [[ncm(), 0.7, 'wt'], [lpscl(), 1, 'vol']]), SETTINGS);
    const ask = ['the vol% components of `Overfull` leave no volume for the wt% ones; give all fractions in one unit'];
    expect(reasons(hints.components[0]!.massFraction)).toEqual(ask);
    expect(reasons(hints.components[0]!.solidVolumeFraction)).toEqual(ask);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(ask);
  });

  it('mixed bases convert: 0.6 wt% NCM811 with 40 vol% Li6PS5Cl', () => {
    const hints = computeComposite(composite('Mix', [[ncm(), 0.6, 'wt'], [lpscl(), 0.4, 'vol']]), SETTINGS);
    // The wt% part fills the 60 % of the volume left: 0.6/4.7 cm3 per gram of solid is 0.6 of it.
    const volumePerGram = 0.6 / 4.7 / 0.6;
    expect(value(hints.components[0]!.solidVolumeFraction)).toBeCloseTo(0.6, 12);
    expect(value(hints.components[1]!.massFraction)).toBeCloseTo(0.4 * 1.84 * volumePerGram, 12);
    expect(value(hints.solidDensityGPerCm3)).toBeCloseTo((0.6 + 0.4 * 1.84 * volumePerGram) / (0.6 / 4.7 + 0.4 * volumePerGram), 12);
  });
});

describe('which materials are active', () => {
  it('a composite anode (no cathode-role material): the anode-role material holds the capacity', () => {
    const lto = material('LTO', { formula: 'Li4Ti5O12', role: 'anode', capacity: 175, density: 3.5 });
    const hints = computeComposite(composite('LTOmix', [[lto, 0.6, 'wt'], [lpscl(), 0.35, 'wt'], [carbon(), 0.05, 'wt']]), SETTINGS);
    expect(hints.components.map((c) => c.active)).toEqual([true, false, false]);
    expect(hints.specificCapacityMAhPerG).toEqual({ value: expect.closeTo(0.6 * 175, 12), basis: 'Σ w_i·Q_i over the active materials' });
  });

  it('a composite of anode materials only: all of them hold the capacity', () => {
    const graphite = material('Graphite', { formula: 'C6', role: 'anode', capacity: 372, density: 2.2 });
    const silicon = material('Si', { role: 'anode', capacity: 3579, density: 2.33 });
    const hints = computeComposite(composite('GrSi', [[graphite, 0.8, 'wt'], [silicon, 0.2, 'wt']]), SETTINGS);
    expect(hints.components.map((c) => c.active)).toEqual([true, true]);
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(0.8 * 372 + 0.2 * 3579, 12);
  });

  it('with both a cathode and an anode material, only the cathode counts', () => {
    const lto = material('LTO', { formula: 'Li4Ti5O12', role: 'anode', capacity: 175, density: 3.5 });
    const hints = computeComposite(composite('Both', [[lto, 0.3, 'wt'], [ncm(), 0.5, 'wt'], [lpscl(), 0.2, 'wt']]), SETTINGS);
    expect(hints.components.map((c) => c.active)).toEqual([false, true, false]);
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(0.5 * 195, 12);
  });

  it('several active materials: Σ w_i·Q_i; their missing capacities in order', () => {
    const lco = material('LCO', { formula: 'LiCoO2', role: 'cathode', capacity: 140, density: 5.0 });
    const hints = computeComposite(composite('TwoCat', [[ncm(), 0.5, 'wt'], [lco, 0.3, 'wt'], [lpscl(), 0.2, 'wt']]), SETTINGS);
    expect(value(hints.specificCapacityMAhPerG)).toBeCloseTo(0.5 * 195 + 0.3 * 140, 12);
    const bare = (name: string) => material(name, { formula: 'LiCoO2', role: 'cathode', density: 5.0 });
    const noCapacity = computeComposite(composite('NoQ', [[bare('X1'), 0.5, 'wt'], [bare('X2'), 0.3, 'wt'], [lpscl(), 0.2, 'wt']]), SETTINGS);
    expect(reasons(noCapacity.specificCapacityMAhPerG)).toEqual([
      'declare `capacity` (mAh/g) or `electrons` of `X1`',
      'declare `capacity` (mAh/g) or `electrons` of `X2`',
    ]);
  });

  it('no cathode or anode material: the capacity asks for a role', () => {
    const hints = computeComposite(composite('SEC', [[lpscl(), 0.9, 'wt'], [carbon(), 0.1, 'wt']]), SETTINGS);
    expect(hints.components.map((c) => c.active)).toEqual([false, false]);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(['no component of `SEC` has `role cathode` (or `role anode`); declare the active material\'s role']);
  });

  it('a layer of one material is active whatever its role, so its capacity is asked of it', () => {
    const hints = computeMaterialLayer(lpscl(), SETTINGS);
    expect(hints.singleMaterial).toBe(true);
    expect(hints.components[0]!.active).toBe(true);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(['declare `capacity` (mAh/g) or `electrons` of `Li6PS5Cl`']);
    const li = computeMaterialLayer(material('Li', { role: 'anode', voltage: 0, capacity: 3860, density: 0.534 }), SETTINGS);
    expect(value(li.specificCapacityMAhPerG)).toBe(3860);
    expect(value(li.solidDensityGPerCm3)).toBeCloseTo(0.534, 12);
  });

  it('a hand-made one-material mixture without its material asks to resolve it for the capacity too', () => {
    const hints = computeMixture({ name: 'Lone', parts: [{ name: 'Ghost' }], singleMaterial: true }, SETTINGS);
    expect(hints.components[0]!.active).toBe(true);
    expect(reasons(hints.specificCapacityMAhPerG)).toEqual(['resolve `Ghost` (not a known material)', 'give `Ghost` a fraction (wt% or vol%)', 'resolve `Ghost`']);
  });
});

describe('conductors, undeclared and assumed materials of a phase', () => {
  it('0.01 mS/cm conducts; 0.0099 does not', () => {
    const at = material('AtLimit', { formula: 'Li3YCl6', role: 'electrolyte', ionic: 0.01, density: 2.4 });
    const below = material('Below', { formula: 'Li3InCl6', role: 'electrolyte', ionic: 0.0099, density: 2.6 });
    const hints = computeComposite(composite('Limits', [[ncm(), 0.5, 'vol'], [at, 0.25, 'vol'], [below, 0.25, 'vol']]), SETTINGS);
    expect(hints.ionic.conductors).toEqual(['AtLimit']);
    expect(value(hints.ionic.percolation).sum).toBeCloseTo(0.25 / 0.16, 12);
  });

  it('a cathode without σ_ion is undeclared; a carbon without one is not; a role-less material is in both phases', () => {
    const cat = material('Cat', { formula: 'LiCoO2', role: 'cathode', capacity: 140, electronic: 1, density: 5.0 });
    const plain = material('Plain', { formula: 'Li2S', density: 1.66 });
    const black = material('Black', { formula: 'C', role: 'carbon', electronic: 10, density: 1.9 });
    const hints = computeComposite(composite('Gaps', [[cat, 0.5, 'vol'], [lpscl(), 0.3, 'vol'], [plain, 0.1, 'vol'], [black, 0.1, 'vol']]), SETTINGS);
    expect(hints.ionic.conductors).toEqual(['Li6PS5Cl']);
    expect(hints.ionic.undeclared).toEqual(['Cat', 'Plain']);
    expect(hints.electronic.conductors).toEqual(['Cat', 'Black']);
    expect(hints.electronic.undeclared).toEqual(['Plain']);
  });

  it('an electrolyte counted by role is not undeclared; a cathode beside it without σ_ion still is', () => {
    const cat = material('Cat', { formula: 'LiCoO2', role: 'cathode', capacity: 140, electronic: 1, density: 5.0 });
    const se = material('SE', { formula: 'Li3PS4', role: 'electrolyte', density: 1.9 });
    const hints = computeComposite(composite('Both', [[cat, 0.6, 'vol'], [se, 0.4, 'vol']]), SETTINGS);
    expect(hints.ionic.conductors).toEqual(['SE']);
    expect(hints.ionic.undeclared).toEqual(['Cat']);
  });

  it('an electrolyte and a carbon without a number count by role: they percolate, σ_eff asks for the number', () => {
    const se = material('SE', { formula: 'Li3PS4', role: 'electrolyte', density: 1.9 });
    const superP = material('SuperP', { formula: 'C', role: 'carbon', density: 1.9 });
    const hints = computeComposite(composite('ByRole', [[ncm(), 0.6, 'vol'], [se, 0.3, 'vol'], [superP, 0.1, 'vol']]), SETTINGS);
    expect(hints.ionic.conductors).toEqual(['SE']);
    expect(hints.ionic.undeclared).toEqual([]);
    expect(value(hints.ionic.percolation)).toMatchObject({ sum: expect.closeTo(0.3 / 0.16, 12), percolates: true });
    expect(reasons(hints.ionic.effectiveConductivity)).toEqual(['declare `ionic` (mS/cm) of `SE`']);
    // The carbon joins NCM811 (a declared conductor) after it.
    expect(hints.electronic.conductors).toEqual(['NCM811', 'SuperP']);
    expect(reasons(hints.electronic.effectiveConductivity)).toEqual(['declare `electronic` (mS/cm) of `SuperP`']);
    // Both phases missing: the ionic reason first.
    expect(reasons(hints.bottleneck)).toEqual(['declare `ionic` (mS/cm) of `SE`', 'declare `electronic` (mS/cm) of `SuperP`']);
  });

  it('an assumed electrolyte that does not percolate: nothing crosses, whatever its number', () => {
    const se = material('SE', { formula: 'Li3PS4', role: 'electrolyte', density: 1.9 });
    const hints = computeComposite(composite('Thin', [[ncm(), 0.9, 'vol'], [se, 0.1, 'vol']]), SETTINGS);
    expect(hints.ionic.effectiveConductivity).toEqual({ value: { low: 0, high: 0, representative: 0 }, basis: 'the phase does not percolate' });
    // Electrons: NCM811 alone percolates, so the bottleneck is the ionic path (0 < 0.05·…).
    expect(value(hints.bottleneck)).toBe('ionic');
  });

  it('the ionic phase missing alone: the bottleneck asks for it', () => {
    const se = material('SE', { formula: 'Li3PS4', role: 'electrolyte', density: 1.9 });
    const hints = computeComposite(composite('OneGap', [[ncm(), 0.6, 'vol'], [se, 0.4, 'vol']]), SETTINGS);
    expect(value(hints.electronic.effectiveConductivity).representative).toBeCloseTo(0.05 * law(0.6, 0.16), 12);
    expect(reasons(hints.bottleneck)).toEqual(['declare `ionic` (mS/cm) of `SE`']);
  });

  it('σ_eff is an estimate when one conductor’s σ is; the basis names the regime', () => {
    const estimated = material('EstSE', { formula: 'Li6PS5Cl', role: 'electrolyte', diffusivity: 1e-8, density: 1.84 });
    const hints = computeComposite(composite('Est', [[ncm(), 0.4, 'vol'], [estimated, 0.3, 'vol'], [lpscl(), 0.3, 'vol']]), SETTINGS);
    const ionic = hints.ionic.effectiveConductivity;
    expect(isKnown(ionic) && ionic.estimated).toBe(true);
    // 0.3 + 0.3 of the solid in one network beats each one's own: the joint network.
    expect(isKnown(ionic) && ionic.basis).toBe('percolation law, joint network of the conductors');
    // Electrons through NCM811 alone: declared, not estimated.
    expect(hints.electronic.effectiveConductivity).toEqual({
      value: { low: expect.closeTo(0.05 * law(0.4, 0.16), 12), high: expect.closeTo(0.05 * law(0.4, 0.16), 12), representative: expect.closeTo(0.05 * law(0.4, 0.16), 12) },
      basis: 'percolation law, Σ σ_i·((x_i − x_c,i)/(1 − x_c,i))^2',
    });
  });

  it('two electrolytes each below the threshold: the joint network, named as such', () => {
    const other = material('OtherSE', { formula: 'Li3YCl6', role: 'electrolyte', ionic: 0.5, density: 2.4 });
    const hints = computeComposite(composite('Joint', [[ncm(), 0.76, 'vol'], [lpscl(), 0.12, 'vol'], [other, 0.12, 'vol']]), SETTINGS);
    expect(hints.ionic.effectiveConductivity).toEqual({
      value: { low: expect.closeTo(0.5 * law(0.24, 0.16), 12), high: expect.closeTo(0.5 * law(0.24, 0.16), 12), representative: expect.closeTo(0.5 * law(0.24, 0.16), 12) },
      basis: 'percolation law, joint network of the conductors',
    });
  });
});

describe('percolation: the sum, its edge and the thresholds', () => {
  it('Σ x/x_c exactly 1 percolates (σ_eff by the law, 0 at the threshold); just under does not', () => {
    const at = computeComposite(composite('AtOne', [[ncm(), 0.84, 'vol'], [lpscl(), 0.16, 'vol']], 0.25), SETTINGS);
    expect(value(at.ionic.percolation)).toEqual({
      sum: 1,
      percolates: true,
      terms: [{ name: 'Li6PS5Cl', volumeFraction: expect.closeTo(0.16 * 0.75, 15), solidVolumeFraction: 0.16, threshold: 0.16, thresholdFrom: 'default', share: 1 }],
    });
    expect(at.ionic.effectiveConductivity).toEqual({ value: { low: 0, high: 0, representative: 0 }, basis: 'percolation law, Σ σ_i·((x_i − x_c,i)/(1 − x_c,i))^2' });
    const under = computeComposite(composite('Under', [[ncm(), 0.841, 'vol'], [lpscl(), 0.159, 'vol']]), SETTINGS);
    expect(value(under.ionic.percolation).percolates).toBe(false);
    expect(under.ionic.effectiveConductivity).toEqual({ value: { low: 0, high: 0, representative: 0 }, basis: 'the phase does not percolate' });
  });

  it('two hard sized solids: each threshold from the other’s size, w = q·(d_self/d_other)', () => {
    const big = sized(ncm(), 10);
    const fine = sized(material('LLZO', { formula: 'Li7La3Zr2O12', role: 'electrolyte', ionic: 0.5, density: 5.1 }), 1);
    const hints = computeComposite(composite('Sized', [[big, 0.5, 'vol'], [fine, 0.5, 'vol']]), SETTINGS);
    const ionicTerm = value(hints.ionic.percolation).terms[0]!;
    expect(ionicTerm).toMatchObject({ name: 'LLZO', thresholdFrom: 'particle-size' });
    expect(ionicTerm.threshold).toBeCloseTo(fromWeight(q * 0.1), 12);
    const electronicTerm = value(hints.electronic.percolation).terms[0]!;
    expect(electronicTerm).toMatchObject({ name: 'NCM811', thresholdFrom: 'particle-size' });
    expect(electronicTerm.threshold).toBeCloseTo(fromWeight(q * 10), 12);
    // σ_eff uses the sized threshold.
    expect(value(hints.ionic.effectiveConductivity).representative).toBeCloseTo(0.5 * law(0.5, fromWeight(q * 0.1)), 12);
  });

  it('a sulfide electrolyte deforms into the hard particles’ gaps: its size counts as theirs at most', () => {
    const hard = sized(ncm(), 2);
    const soft = sized(material('LPS', { formula: 'Li3PS4', role: 'electrolyte', ionic: 0.2, density: 1.9 }), 5);
    const hints = computeComposite(composite('Soft', [[hard, 0.5, 'vol'], [soft, 0.5, 'vol']]), SETTINGS);
    // Effective size of LPS = min(5, 2) = 2: both weights are q, so both thresholds are q/(1 + q) = 0.16.
    expect(value(hints.ionic.percolation).terms[0]!.threshold).toBeCloseTo(0.16, 12);
    expect(value(hints.electronic.percolation).terms[0]!.threshold).toBeCloseTo(0.16, 12);
  });

  it('a material’s own threshold wins and keeps it out of the others’ size rule; a lone size falls back to the setting', () => {
    const big = sized(ncm(), 10);
    const oxide = sized(material('LLZO', { formula: 'Li7La3Zr2O12', role: 'electrolyte', ionic: 0.5, density: 5.1 }), 1);
    const fibre = sized(carbon(), 0.1);
    const hints = computeComposite(composite('Own', [[big, 0.5, 'vol'], [oxide, 0.4, 'vol'], [fibre, 0.1, 'vol']]), SETTINGS);
    const electronic = value(hints.electronic.percolation).terms;
    expect(electronic.map((t) => [t.name, t.thresholdFrom])).toEqual([['NCM811', 'particle-size'], ['VGCF', 'material']]);
    // NCM811 against LLZO alone (the fibre is left out): w = q·(0.4/1)/0.4·10.
    expect(electronic[0]!.threshold).toBeCloseTo(fromWeight(q * 10), 12);
    expect(electronic[1]!.threshold).toBe(0.03);
    const lone = computeComposite(composite('Lone', [[sized(ncm(), 10), 0.5, 'vol'], [lpscl(), 0.5, 'vol']]), SETTINGS);
    expect(value(lone.electronic.percolation).terms[0]).toMatchObject({ threshold: 0.16, thresholdFrom: 'default' });
  });
});

describe('bottleneck and dual conduction', () => {
  const mixed = (name: string, ionic: number, electronic: number, percolation?: number) =>
    material(name, { formula: 'Li2TiS3', role: 'cathode', capacity: 200, ionic, electronic, density: 3, ...(percolation !== undefined ? { percolation } : {}) });

  it('the lower σ_eff is the bottleneck; a tie is called ionic', () => {
    expect(value(computeMaterialLayer(mixed('Tie', 1, 1), SETTINGS).bottleneck)).toBe('ionic');
    expect(value(computeMaterialLayer(mixed('PoorE', 1, 0.5), SETTINGS).bottleneck)).toBe('electronic');
    expect(value(computeMaterialLayer(mixed('PoorI', 0.5, 1), SETTINGS).bottleneck)).toBe('ionic');
  });

  it('dual conduction needs both σ ≥ 0.01 mS/cm and the material at or above its threshold', () => {
    const binder = () => material('Binder', { formula: 'C2H2F2', role: 'binder', density: 1.78 });
    const at = computeComposite(composite('AtXc', [[mixed('MIEC', 0.01, 0.01), 0.16, 'vol'], [binder(), 0.84, 'vol']]), SETTINGS);
    expect(value(at.dualConductive)).toEqual({ dualConductive: true, material: 'MIEC' });
    const under = computeComposite(composite('UnderXc', [[mixed('MIEC', 1, 1), 0.15, 'vol'], [binder(), 0.85, 'vol']]), SETTINGS);
    expect(value(under.dualConductive)).toEqual({ dualConductive: false });
    const poorIonic = computeComposite(composite('PoorIonic', [[mixed('MIEC', 0.0099, 1), 0.5, 'vol'], [binder(), 0.5, 'vol']]), SETTINGS);
    expect(value(poorIonic.dualConductive)).toEqual({ dualConductive: false });
    const poorElectronic = computeComposite(composite('PoorElectronic', [[mixed('MIEC', 1, 0.0099), 0.5, 'vol'], [binder(), 0.5, 'vol']]), SETTINGS);
    expect(value(poorElectronic.dualConductive)).toEqual({ dualConductive: false });
  });

  it('dual conduction uses the material’s own threshold, and names the first such material', () => {
    const binder = material('Binder', { formula: 'C2H2F2', role: 'binder', density: 1.78 });
    const own = computeComposite(composite('OwnXc', [[mixed('Fibrous', 1, 1, 0.1), 0.12, 'vol'], [binder, 0.88, 'vol']]), SETTINGS);
    expect(value(own.dualConductive)).toEqual({ dualConductive: true, material: 'Fibrous' });
    const two = computeComposite(composite('Two', [[mixed('First', 1, 1), 0.5, 'vol'], [mixed('Second', 1, 1), 0.5, 'vol']]), SETTINGS);
    expect(value(two.dualConductive)).toEqual({ dualConductive: true, material: 'First' });
  });
});

describe('the voltage of a role', () => {
  it('mass-weighted over the materials of the role, named when several', () => {
    const a = material('HighV', { formula: 'LiCoO2', role: 'cathode', voltage: 4.0, capacity: 140, density: 5.0 });
    const b = material('LowV', { formula: 'LiFePO4', role: 'cathode', voltage: 3.0, capacity: 160, density: 3.6 });
    const hints = computeComposite(composite('Blend', [[a, 0.6, 'wt'], [b, 0.2, 'wt'], [lpscl(), 0.2, 'wt']]), SETTINGS);
    expect(roleVoltage(hints, 'cathode')).toEqual({ value: expect.closeTo((0.6 * 4 + 0.2 * 3) / 0.8, 12), basis: 'mass-weighted over HighV, LowV' });
    const one = computeComposite(composite('One', [[ncm(), 0.7, 'wt'], [lpscl(), 0.3, 'wt']]), SETTINGS);
    // One material: its voltage (0.7·3.86/0.7), no basis to state.
    expect(roleVoltage(one, 'cathode')).toEqual({ value: expect.closeTo(3.86, 12) });
  });

  it('no material of the role; a one-material layer plays any role', () => {
    const hints = computeComposite(composite('SEonly', [[ncm(), 0.7, 'wt'], [lpscl(), 0.3, 'wt']]), SETTINGS);
    expect(reasons(roleVoltage(hints, 'anode'))).toEqual(['no component of `SEonly` has `role anode`']);
    const layer = computeMaterialLayer(material('LiIn', { role: 'anode', voltage: 0.62 }), SETTINGS);
    expect(roleVoltage(layer, 'cathode')).toStrictEqual({ value: 0.62 });
  });

  it('every missing voltage, then the fractions’ reasons', () => {
    const bare = (name: string) => material(name, { formula: 'LiCoO2', role: 'cathode', capacity: 140 });
    const hints = computeComposite(composite('NoV', [[bare('V1'), 0.5, 'vol'], [bare('V2'), 0.3, 'vol'], [lpscl(), 0.2, 'vol']]), SETTINGS);
    expect(reasons(roleVoltage(hints, 'cathode'))).toEqual(['declare `voltage` of `V1`', 'declare `voltage` of `V2`', 'declare `density` of `V1`', 'declare `density` of `V2`']);
  });

  it('an unresolved component: the fractions’ reasons; a hand-made one-material mixture without its material: its voltage too', () => {
    const partial = computeComposite(
      rawComposite('Partial', [
        ['Ghost', undefined, { value: 0.3, basis: 'wt' }],
        ['NCM811', ncm(), { value: 0.7, basis: 'wt' }],
      ]),
      SETTINGS,
    );
    expect(reasons(roleVoltage(partial, 'cathode'))).toEqual(['resolve `Ghost` (not a known material)']);
    const lone = computeMixture({ name: 'Lone', parts: [{ name: 'Ghost' }], singleMaterial: true }, SETTINGS);
    expect(reasons(roleVoltage(lone, 'anode'))).toEqual(['declare `voltage` of `Ghost`', 'resolve `Ghost` (not a known material)', 'give `Ghost` a fraction (wt% or vol%)']);
  });

  it('a role material at 0 wt% has no voltage to weigh', () => {
    const hints = computeComposite(composite('ZeroCat', [[ncm(), 0, 'wt'], [lpscl(), 1, 'wt']]), SETTINGS);
    expect(reasons(roleVoltage(hints, 'cathode'))).toEqual(['give the cathode material of `ZeroCat` a non-zero fraction']);
  });
});
