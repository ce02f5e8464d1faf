import { describe, expect, it } from 'vitest';
import { computeReport, renderJson, renderText, type Report } from '../../../server/src/core/report';
import { analyze, readExample } from '../helpers/analyze';
import { FULL } from './documents';

const reportOf = (text: string): Report => {
  const analysis = analyze(text);
  return computeReport(analysis.program, analysis.settings);
};

const byName = <T extends { name: string }>(items: readonly T[], name: string): T => {
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`no ${name} in ${items.map((i) => i.name).join(', ')}`);
  return found;
};

describe('cellspec report: the §8 JSON shape', () => {
  it('every object carries the fields docs/language.md §8 names', () => {
    const report = reportOf(FULL);
    for (const m of report.materials) expect(Object.keys(m)).toEqual(expect.arrayContaining(['name', 'molarMass', 'anionClass', 'capacityPerElectron']));
    for (const c of report.composites) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['name', 'volumeFractions', 'specificCapacity', 'ionicConductivity', 'electronicConductivity', 'bottleneck', 'dualConductive']),
      );
    }
    for (const c of report.cells) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['name', 'arealCapacity', 'cathodeThickness', 'layers', 'specificEnergy', 'energyDensity', 'ionicDrop', 'electronicDrop']),
      );
      for (const layer of c.layers) expect(Object.keys(layer)).toEqual(expect.arrayContaining(['role', 'name', 'thickness', 'arealMass']));
    }
  });

  it('survives JSON unchanged: no undefined, NaN or Infinity, every quantity a number or null', () => {
    const report = reportOf(FULL);
    expect(JSON.parse(renderJson(report))).toEqual(report);
    const walk = (value: unknown): void => {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(report);
  });

  it('the NCM cell reports the hand-calculated stack: 2.05 mAh/cm2, 51.8 um, 325 Wh/kg, 707 Wh/L', () => {
    const cell = byName(reportOf(FULL).cells, 'NCMcell');
    const solidDensity = 1 / (0.7 / 4.7 + 0.27 / 1.84 + 0.03 / 2.0); // 3.2188 g/cm3
    const cathodeUm = (15 / (solidDensity * 0.9)) * 10; // 51.78 um
    const capacity = (15 * 0.7 * 195) / 1000; // 2.0475 mAh/cm2
    const mass = (20 * 0.534) / 10 + (30 * 1.84) / 10 + 15 + (10 * 2.7) / 10; // 24.288 mg/cm2
    const thickness = 20 + 30 + cathodeUm + 10; // 111.78 um
    expect(cell.arealCapacity).toBeCloseTo(capacity, 4);
    expect(cell.cathodeThickness).toBeCloseTo(cathodeUm, 3);
    expect(cell.layers).toEqual([
      { role: 'anode', name: 'LiMetal', thickness: 20, arealMass: 1.068, density: 0.534 },
      { role: 'separator', name: 'Li6PS5Cl', thickness: 30, arealMass: 5.52, density: 1.84 },
      { role: 'cathode', name: 'BareNCM', thickness: expect.closeTo(cathodeUm, 3), arealMass: 15, density: expect.closeTo(solidDensity * 0.9, 4) },
      { role: 'collector', name: 'Alu', thickness: 10, arealMass: 2.7, density: 2.7 },
    ]);
    expect(cell.specificEnergy).toBeCloseTo((1000 * capacity * 3.86) / mass, 2); // 325.4 Wh/kg
    expect(cell.energyDensity).toBeCloseTo((1e4 * capacity * 3.86) / thickness, 2); // 707.1 Wh/L
    // The percolation law over the electrolyte's solid fraction, default threshold 0.29, then the pores.
    const x = (0.27 / 1.84) * solidDensity; // 0.4723
    const sigmaIonic = 2.05 * ((x - 0.29) / 0.71) ** 2 * 0.9 ** 1.5; // 0.1157 mS/cm
    expect(cell.ionicDrop).toBeCloseTo((capacity * cathodeUm * 1e-4) / sigmaIonic, 6); // 0.0916 V
    // N/P: 20 um of lithium holds 20 × 0.534 / 10 × 3860 / 1000 = 4.12 mAh/cm2, twice the cathode's 2.05.
    expect(cell.anodeCapacity).toBeCloseTo((((20 * 0.534) / 10) * 3860) / 1000, 4);
    expect(cell.capacityRatio).toBeCloseTo((((20 * 0.534) / 10) * 3860) / 1000 / capacity, 4);
    expect(cell.missing).toEqual([]);
  });

  it('the starved composite reports its volume fractions as given, and a non-percolating ionic phase', () => {
    const starved = byName(reportOf(FULL).composites, 'Starved');
    expect(starved.volumeFractions).toEqual({ NCM811: 0.9, Li6PS5Cl: 0.05, VGCF: 0.05, porosity: 0 });
    expect(starved.percolation.ionic).toMatchObject({ sum: expect.closeTo(0.05 / 0.29, 6), percolates: false });
    // Not connected: no effective conductivity, and no ionic path through the cell's cathode.
    expect(starved.ionicConductivity).toBe(0);
    expect(starved.bottleneck).toBe('ionic');
    expect(byName(reportOf(FULL).cells, 'StarvedCell').ionicDrop).toBeNull();
  });

  it('the LTG-only composite is dual-conductive on its own; BareNCM is not', () => {
    const report = reportOf(FULL);
    expect(byName(report.composites, 'LTGonly')).toMatchObject({ dualConductive: true, dualConductiveMaterial: 'LTG', volumeFractions: { LTG: 0.92, porosity: 0.08 } });
    expect(byName(report.composites, 'BareNCM').dualConductive).toBe(false);
  });
});

describe('cellspec report on examples/homogeneous-ltg.cell', () => {
  const report = reportOf(readExample('homogeneous-ltg.cell'));

  it("LTG's 250 mAh/g implies about six electrons per formula unit", () => {
    const ltg = byName(report.materials, 'LTG');
    expect(ltg.impliedElectrons).toBeCloseTo(6, 0);
    expect(ltg.impliedElectrons).toBeCloseTo(6.02, 2);
    expect(ltg.molarMass).toBeCloseTo(644.9, 0);
    expect(ltg.capacityPerElectron).toBeCloseTo(41.56, 1);
    expect(ltg.specificEnergy).toBeCloseTo(637.5, 6);
    expect(ltg.anionClass).toBe('sulfide');
    expect(ltg.theoreticalCapacity).toBeUndefined();
  });

  it('the cathode thickness is missing until LTG declares a density, and the report says so', () => {
    const cell = byName(report.cells, 'HomogeneousCell');
    expect(cell.cathodeThickness).toBeNull();
    expect(cell.missingBy.cathodeThickness).toEqual(['declare `density` of `LTG`']);
    expect(cell.missing).toContain('declare `density` of `LTG`');
    expect(cell.arealCapacity).toBe(2.5);
    expect(cell.cellVoltage).toBeCloseTo(1.93, 9);
  });

  it('lists the library materials the file uses after its own, with where each comes from', () => {
    expect(report.materials.map((m) => [m.name, m.origin])).toEqual([
      ['LTG', 'document'],
      ['LiIn', 'library'],
      ['Li6PS5Cl', 'library'],
      ['Al', 'library'],
      ['Cu', 'library'],
    ]);
  });

  it('the text rendering shows the implied electrons and what to declare', () => {
    const text = renderText(report);
    expect(text).toMatch(/implied electrons\s+6\.02 per formula unit/);
    expect(text).toMatch(/cathode thickness\s+—/);
    expect(text).toContain('missing: declare `density` of `LTG`');
    expect(text).toMatch(/dual-conductive on its own\s+yes \(LTG\)/);
  });
});

describe('cellspec report: values that cannot be computed', () => {
  it('a cathode of one material that conducts no ions reports a null ionic loss with the reason', () => {
    const report = reportOf(`
material LCO {
  formula LiCoO2
  role cathode
  voltage 3.9 V
  capacity 140 mAh/g
  ionic 1e-4 mS/cm
  electronic 0.1 mS/cm
  density 5.1 g/cm3
}
cell OnlyLCO {
  anode     Li        thickness 20 um
  separator Li6PS5Cl  thickness 30 um
  cathode   LCO       loading 10 mg/cm2
  rate      0.1 C
}
`);
    const cell = byName(report.cells, 'OnlyLCO');
    expect(cell.ionicDrop).toBeNull();
    expect(cell.missingBy.ionicDrop?.[0]).toMatch(/no component of the cathode conducts ions/);
    expect(cell.electronicDrop).toBeCloseTo((1.4 * 0.1 * ((10 / 5.1) * 10) * 1e-4) / 0.1, 6);
  });
});

describe('Q1 is shown for what stores lithium', () => {
  const report = reportOf(readExample('oxide-on-sulfide.cell'));
  const text = renderText(report);
  const section = (name: string): string => {
    const start = text.indexOf(`\n  ${name}  (`);
    return text.slice(start, text.indexOf('\n\n', start + 1));
  };

  it('the text report gives the cathode and the anode their Q1, and no electrolyte, carbon or coating one', () => {
    expect(section('NCM811')).toMatch(/Q1 \(1 e⁻ per formula unit\) +276 mAh\/g/);
    expect(section('LiIn')).toContain('Q1 (1 e⁻ per formula unit)');
    for (const name of ['Li6PS5Cl', 'VGCF', 'LiNbO3']) expect(section(name)).not.toContain('Q1');
  });

  it('the JSON keeps the number for every material, as docs/language.md §8 lists it', () => {
    expect(byName(report.materials, 'Li6PS5Cl').capacityPerElectron).toBeCloseTo(26801.4 / 268.0, 0);
  });
});
