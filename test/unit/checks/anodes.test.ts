/**
 * Anodes beyond lithium metal (issue #14): Li4Ti5O12, Si, graphite and Li–In as anode layers,
 * with the potentials, capacities and densities that make the stack energy and the reduction
 * check work; and quick fixes that suggest an anode, an interlayer or a second separator never
 * leave a new warning (a bilayer keeps the separator the anode tolerates against it).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';
import { hintsOfCell, isKnown } from '../../../server/src/core/compute';
import { quickFixes, addsNoProblem } from '../../../server/src/core/ide/quick-fixes';
import { libraryMaterial } from '../../../server/src/core/model/library-materials';
import { hintsOfMaterial } from '../../../server/src/core/compute';
import type { Fix } from '../../../server/src/core/api';
import { analyze, only } from '../helpers/analyze';

const valueOf = (computed: { value: number | null }): number => {
  expect(computed.value).not.toBeNull();
  return computed.value!;
};

function cellHints(a: DocumentAnalysis, index = 0) {
  return hintsOfCell(a.hints, a.program.cells[index]!, a.settings);
}

function apply(text: string, fix: Fix): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

const fixesOf = (a: DocumentAnalysis, code: string) => {
  const d = only(a, code)[0]!;
  return quickFixes(a, { code: d.code, span: d.span, data: d.data });
};

const NCM = 'composite NCMCathode {\n  NCM811     70 wt%  coated LiNbO3\n  Li6PS5Cl   27 wt%\n  VGCF        3 wt%\n}\n';

describe('the anodes beyond lithium metal carry what the stack needs', () => {
  it('Li4Ti5O12 at 1.55 V, 167 mAh/g (175 theoretical, 3 electrons), 3.43 g/cm3; Si and graphite with their theoretical capacities', () => {
    const lto = libraryMaterial('Li4Ti5O12')!;
    expect([lto.voltage?.value, lto.capacity?.value, lto.electrons?.value, lto.density?.value]).toEqual([1.55, 167, 3, 3.43]);
    expect(valueOf(hintsOfMaterial(analyze('').hints, lto).theoreticalCapacityMAhPerG!)).toBeCloseTo(175.1, 1);
    expect(valueOf(hintsOfMaterial(analyze('').hints, libraryMaterial('Si')!).theoreticalCapacityMAhPerG!)).toBeCloseTo(3579, 0);
    expect(valueOf(hintsOfMaterial(analyze('').hints, libraryMaterial('Graphite')!).theoreticalCapacityMAhPerG!)).toBeCloseTo(372, 0);
    expect(libraryMaterial('In')!.capacity?.value).toBe(191);
  });

  it('an LTO composite anode: the cell voltage is NCM811’s 3.86 V less LTO’s 1.55 V, and the stack energy is hand-checked', () => {
    const text =
      'composite LTOAnode {\n  Li4Ti5O12 60 wt%\n  Li6PS5Cl 35 wt%\n  VGCF 5 wt%\n}\n' +
      NCM +
      'cell C {\n  anode LTOAnode loading 30 mg/cm2\n  separator Li6PS5Cl thickness 30 um\n  cathode NCMCathode loading 12 mg/cm2\n  collector Al thickness 10 um\n}\n';
    const hints = cellHints(analyze(text));
    // 12 mg/cm2 × 0.70 × 195 mAh/g = 1.638 mAh/cm2; the anode 30 × 0.60 × 167 = 3.006 mAh/cm2.
    expect(valueOf(hints.arealCapacityMAhPerCm2)).toBeCloseTo(1.638, 6);
    expect(valueOf(hints.capacityRatio)).toBeCloseTo(3.006 / 1.638, 6);
    expect(valueOf(hints.cellVoltageV)).toBeCloseTo(2.31, 9);
    // 30 + 30 µm × 1.84 + 12 + 10 µm × 2.70 = 50.22 mg/cm2; 1.638 × 2.31 / 50.22 = 75.34 Wh/kg.
    expect(valueOf(hints.totalArealMassMgPerCm2)).toBeCloseTo(50.22, 6);
    expect(valueOf(hints.specificEnergyWhPerKg)).toBeCloseTo((1.638 * 2.31 * 1000) / 50.22, 6);
  });

  it('Si, graphite and an indium foil as anode layers give an anode capacity, N/P and a stack energy', () => {
    for (const [anode, potential] of [['Si', 0.4], ['Graphite', 0.17], ['In', 0.62]] as const) {
      const text = NCM + `cell C {\n  anode ${anode} thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCMCathode loading 12 mg/cm2\n}\n`;
      const hints = cellHints(analyze(text));
      const density = libraryMaterial(anode)!.density!.value;
      const capacity = libraryMaterial(anode)!.capacity!.value;
      expect(valueOf(hints.anodeCapacityMAhPerCm2), anode).toBeCloseTo(20e-4 * density * capacity, 6);
      expect(valueOf(hints.anodePotentialV), anode).toBe(potential);
      expect(isKnown(hints.specificEnergyWhPerKg), anode).toBe(true);
    }
  });
});

describe('the reduction check with anodes beyond lithium metal', () => {
  const cell = (anode: string, separator: string) => `${NCM}cell C {\n  anode ${anode} thickness 40 um\n  separator ${separator} thickness 30 um\n  cathode NCMCathode loading 12 mg/cm2\n}\n`;

  it('LTO at 1.55 V is below LATP’s computed 2.17 V and reduced Ti conducts: window/reduction; the argyrodite passivates', () => {
    const [d] = only(analyze(cell('LTO', 'LATP')), 'window/reduction');
    expect(d!.message).toContain('`Li4Ti5O12` (1.55 V vs Li/Li+) is below the reduction limit of `Li1.3Al0.3Ti1.7(PO4)3`, 2.17 V');
    expect(only(analyze(cell('LTO', 'Li6PS5Cl')), 'window/reduction')).toEqual([]);
  });

  it('LTO against a chloride lithium reduces is what the library does not know (window/unknown), not silence', () => {
    expect(only(analyze(cell('LTO', 'Li3InCl6')), 'window/unknown')).toHaveLength(1);
  });

  it('its fixes: an interlayer that adds no warning, and no Li–In anode, which would lower the anode', () => {
    const a = analyze(cell('LTO', 'LATP'));
    const fixes = fixesOf(a, 'window/reduction');
    expect(fixes.map((f) => f.title)).toEqual(['Insert a passivating Li6PS5Cl interlayer against the anode']);
    const fixed = analyze(apply(a.text, fixes[0]!));
    expect(only(fixed, 'window/reduction')).toEqual([]);
    expect(addsNoProblem(a, fixed)).toBe(true);
  });
});

describe('a separator that meets a lithium anode and an oxide cathode', () => {
  const text = 'cell Y {\n  anode      Li         thickness 20 um\n  separator  Li6PS5Cl   thickness 30 um\n  cathode    NCMCathode loading 12 mg/cm2\n}\n';
  const bare = 'composite NCMCathode {\n  NCM811 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\n';

  it('the first fix is a bilayer, not a chloride the anode reduces: the argyrodite stays against Li metal', () => {
    const a = analyze(bare + text);
    const fixes = fixesOf(a, 'anion/mismatch');
    expect(fixes[0]!.isPreferred).toBe(true);
    expect(fixes[0]!.title).toMatch(/^Add \S+ \(.*\) against the cathode \(a bilayer: Li6PS5Cl stays against the anode\)$/);
    for (const fix of fixes) expect(fix.title, fix.title).not.toMatch(/Li3InCl6/);
    const fixed = apply(a.text, fixes[0]!);
    expect(fixed).toMatch(/ {2}separator {2}Li6PS5Cl {3}thickness 30 um\n {2}separator {2}\S+ {2}thickness 10 um {3}# against the cathode\n {2}cathode/);
    const after = analyze(fixed);
    expect(only(after, 'anion/mismatch')).toEqual([]);
    expect(only(after, 'window/oxidation')).toEqual([]);
    expect(only(after, 'window/reduction')).toEqual([]);
    expect(addsNoProblem(a, after)).toBe(true);
  });

  it('the message says so, and still names a swap the anode tolerates last', () => {
    const a = analyze(bare + text);
    const [d] = only(a, 'anion/mismatch');
    expect(d!.message).toMatch(/put \S+ against the cathode as a second separator \(a bilayer, Li6PS5Cl staying against the anode\), or use an electrolyte compatible with oxides, such as \S+\.$/);
  });

  it('a sodium cell gets a sodium bilayer: a closo-borate against NaCrO2, Na3PS4 staying against Na', () => {
    const a = analyze('cell S {\n  anode      Na       thickness 20 um\n  separator  Na3PS4   thickness 30 um\n  cathode    NaCrO2   loading 8 mg/cm2\n}\n');
    const fixes = fixesOf(a, 'anion/mismatch');
    expect(fixes[0]!.title).toMatch(/^Add Na4\(B12H12\)\(B10H10\) \(hydroborate, .*\) against the cathode \(a bilayer: Na3PS4 stays against the anode\)$/);
    const after = analyze(apply(a.text, fixes[0]!));
    expect(only(after, 'anion/mismatch')).toEqual([]);
    expect(addsNoProblem(a, after)).toBe(true);
  });

  it('with two separators already, no bilayer is offered', () => {
    const a = analyze(bare + 'cell Y {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 10 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCMCathode loading 12 mg/cm2\n}\n');
    expect(fixesOf(a, 'anion/mismatch').some((f) => f.title.includes('bilayer'))).toBe(false);
  });
});
