/**
 * conduction/percolation and conduction/limited in full, through documents as a user writes
 * them: the raise that would make a phase percolate, the conductor suggested (and when none
 * is), the words for one or several undeclared materials, the loss limit from both sides, and
 * which declarations a document reports. Written against the mutants mutation testing found
 * alive in checks/conduction.ts (stryker); compute/conduction-checks.test.ts has the rule's
 * cases on hand-built models.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { checkConduction } from '../../../server/src/core/checks/conduction';
import { computeProgram } from '../../../server/src/core/compute';
import { analyze, only, spanText } from '../helpers/analyze';

type Data = { phase: string; sum: number; raise?: { name: string; volumeFraction: number }; composite?: string; voltageDropV?: number; limitV?: number };
const dataOf = (d: { data?: unknown }): Data => d.data as Data;

// Each case from a cold analysis: no block's checks reused from whatever document was analysed before.
beforeEach(() => forgetPreviousAnalyses());

describe('conduction/percolation', () => {
  it('one conductor below its threshold: Σx/x_c, the raise it needs alone, and no example without an active material to suit', () => {
    const a = analyze('composite K {\n  Li6PS5Cl 5 vol%\n  VGCF 95 vol%\n}\n');
    const [d] = only(a, 'conduction/percolation');
    // 5 vol% against the default x_c of 0.29: Σ = 0.05/0.29 = 0.172, and it alone must reach 29 vol%.
    expect(d!.message).toBe(
      'the ionic phase of `K` does not percolate: Σx/x_c = 0.172 < 1 over the solid (Li6PS5Cl 5 vol% / x_c 0.29). ' +
        'Raise Li6PS5Cl above 29 vol% of the solid, or add an ion conductor (a solid electrolyte).',
    );
    expect(spanText(a, d!)).toBe('K');
    expect(dataOf(d!).sum).toBeCloseTo(0.05 / 0.29, 12);
    expect(dataOf(d!).raise).toEqual({ name: 'Li6PS5Cl', volumeFraction: 0.29 });
    expect(dataOf(d!).composite).toBe('K');
  });

  it('two conductors: the larger share is raised, by x_c·(1 − the others’ share)', () => {
    const a = analyze('composite K {\n  NCM811 85 vol%  coated LiNbO3\n  Li3InCl6 5 vol%\n  Li6PS5Cl 10 vol%\n}\n');
    const [d] = only(a, 'conduction/percolation').filter((x) => dataOf(x).phase === 'ionic');
    const others = 0.05 / 0.29;
    expect(d!.message).toContain('Σx/x_c = 0.517 < 1 over the solid (Li3InCl6 5 vol% / x_c 0.29 + Li6PS5Cl 10 vol% / x_c 0.29)');
    expect(dataOf(d!).raise!.name).toBe('Li6PS5Cl');
    expect(dataOf(d!).raise!.volumeFraction).toBeCloseTo(0.29 * (1 - others), 12); // 24 vol%
    expect(d!.message).toContain('Raise Li6PS5Cl above 24 vol% of the solid, or add an ion conductor (a solid electrolyte such as ');
  });

  it('the carbon suggested is the library’s that percolates soonest and the composite lacks; none when it holds them all', () => {
    const ins = 'material Ins {\n  formula LiFePO4\n  role cathode\n  voltage 3.4 V\n  electronic 0.000001 mS/cm\n  ionic 0.000001 mS/cm\n}\n';
    const electronic = (carbons: string) =>
      only(analyze(`${ins}composite K {\n  Ins 60 vol%\n  Li6PS5Cl 39 vol%\n${carbons}}\n`), 'conduction/percolation').find((d) => dataOf(d).phase === 'electronic')!;
    expect(electronic('').message).toMatch(/Add an electronic conductor \(a carbon such as VGCF\) above its percolation threshold/);
    expect(electronic('  VGCF 0.1 vol%\n').message).toMatch(/, or add an electronic conductor \(a carbon such as SuperP\)\.$/);
    expect(electronic('  SuperP 0.1 vol%\n').message).toMatch(/, or add an electronic conductor \(a carbon such as VGCF\)\.$/);
    expect(electronic('  VGCF 0.1 vol%\n  SuperP 0.1 vol%\n').message).toMatch(/, or add an electronic conductor \(a carbon\)\.$/);
  });

  it('no conductor at all: the materials that declare none, one or several', () => {
    const a = analyze(
      'material A {\n  formula LiCoO2\n  role cathode\n  voltage 3.9 V\n}\nmaterial B {\n  formula LiFePO4\n  role cathode\n  voltage 3.4 V\n}\n' +
        'composite K {\n  A 50 vol%\n  B 20 vol%\n  Li6PS5Cl 30 vol%\n}\n',
    );
    const [d] = only(a, 'conduction/percolation');
    expect(d!.message).toBe(
      'the electronic phase of `K` does not percolate: no component conducts electrons (σ ≥ 0.01 mS/cm) ' +
        '(`A`, `B` declare no electronic conductivity, so they count as not conducting). ' +
        'Add an electronic conductor (a carbon such as VGCF) above its percolation threshold (29 vol% of the solid unless it declares its own `percolation`).',
    );
    expect(d!.data).toEqual({ phase: 'electronic', sum: 0, terms: [], composite: 'K' });
    const one = only(analyze('material A {\n  formula LiCoO2\n  role cathode\n  voltage 3.9 V\n}\ncomposite K {\n  A 70 vol%\n  Li6PS5Cl 30 vol%\n}\n'), 'conduction/percolation');
    expect(one[0]!.message).toContain('(`A` declares no electronic conductivity, so it counts as not conducting)');
  });

  it('a threshold from the particle sizes is said to be one', () => {
    const a = analyze(
      'material A {\n  formula LiCoO2\n  role cathode\n  voltage 3.9 V\n  d50 10 um\n  electronic 1 mS/cm\n}\n' +
        'material E {\n  formula Li6PS5Cl\n  role electrolyte\n  ionic 2 mS/cm\n  d50 20 um\n}\ncomposite K {\n  A 90 vol%\n  E 10 vol%\n}\n',
    );
    expect(only(a, 'conduction/percolation')[0]!.message).toContain('(E 10 vol% / x_c 0.29 from the particle sizes)');
  });

  it('the ion conductor suggested conducts the composite’s ion, or its cells’ when its materials carry none', () => {
    const sodium = only(analyze('composite K {\n  NaCrO2 90 vol%\n  Na3PS4 5 vol%\n  VGCF 5 vol%\n}\n'), 'conduction/percolation');
    expect(sodium[0]!.message).toMatch(/or add an ion conductor \(a solid electrolyte such as Na4\(B12H12\)\(B10H10\)\)\.$/);
    const hosts = 'composite K {\n  TiS2 90 vol%\n  VGCF 10 vol%\n}\n';
    const alone = only(analyze(hosts), 'conduction/percolation').find((d) => dataOf(d).phase === 'ionic')!;
    expect(alone.message).toMatch(/\(a solid electrolyte such as Li/);
    const inSodiumCell = analyze(`${hosts}cell C {\n  anode Na thickness 30 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 10 mg/cm2\n}\n`);
    const onComposite = only(inSodiumCell, 'conduction/percolation').find((d) => dataOf(d).phase === 'ionic' && dataOf(d).composite === 'K')!;
    expect(onComposite.message).toMatch(/\(a solid electrolyte such as Na/);
  });

  it('an active material without a formula has no anion class to suit: no electrolyte is named', () => {
    const a = analyze(
      'material A {\n  role cathode\n  voltage 3.9 V\n  density 4.5 g/cm3\n  electronic 1 mS/cm\n}\ncomposite K {\n  A 90 vol%\n  Li6PS5Cl 5 vol%\n  VGCF 5 vol%\n}\n',
    );
    const [d] = only(a, 'conduction/percolation');
    expect(d!.message).toBe(
      'the ionic phase of `K` does not percolate: Σx/x_c = 0.172 < 1 over the solid (Li6PS5Cl 5 vol% / x_c 0.29) ' +
        '(`A` declares no ionic conductivity, so it counts as not conducting). Raise Li6PS5Cl above 29 vol% of the solid, or add an ion conductor (a solid electrolyte).',
    );
  });

  it('checkConduction reports only the declarations of the program’s own file', () => {
    const a = analyze(
      'composite K {\n  NCM811 90 vol%  coated LiNbO3\n  Li6PS5Cl 5 vol%\n  VGCF 5 vol%\n}\n' +
        'cell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 20 mg/cm2\n  rate 1 C\n}\n',
    );
    const hints = computeProgram(a.program, a.settings);
    const own = checkConduction(a.program, hints, a.settings);
    expect(own.map((d) => [d.code, (d.data as Data).phase])).toEqual([
      ['conduction/percolation', 'ionic'], // K
      ['conduction/percolation', 'ionic'], // LiCoO2 alone; its own σ_e of 0.1 mS/cm carries the electrons
      ['conduction/limited', 'ionic'],
      ['conduction/limited', 'electronic'],
    ]);
    // The same declarations seen from another file (they were imported there): nothing.
    expect(checkConduction({ ...a.program, file: '/ws/other.cell' }, hints, a.settings)).toEqual([]);
  });

  it('a single-material cathode is checked on its cell line, without a composite name in the data', () => {
    const a = analyze('cell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 20 mg/cm2\n  rate 1 C\n}\n');
    const [d] = only(a, 'conduction/percolation');
    expect(d!.message).toBe(
      'the ionic phase of the single-material cathode `LiCoO2` does not percolate: no component conducts ions (σ ≥ 0.01 mS/cm). ' +
        'Add an ion conductor (a solid electrolyte such as LiTaOCl4) above its percolation threshold (29 vol% of the solid unless it declares its own `percolation`).',
    );
    expect(spanText(a, d!)).toBe('LiCoO2');
    expect(d!.data).toEqual({ phase: 'ionic', sum: 0, terms: [] });
  });

  it('an imported composite is reported in its own file, not in the one that uses it', () => {
    const a = analyze('import "lib.cell"\ncell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode K loading 20 mg/cm2\n  rate 1 mA/cm2\n}\n', {
      files: { '/ws/lib.cell': 'composite K {\n  NCM811 90 vol%  coated LiNbO3\n  Li6PS5Cl 5 vol%\n  VGCF 5 vol%\n}\n' },
    });
    expect(only(a, 'conduction/percolation')).toEqual([]);
    const [limited] = only(a, 'conduction/limited');
    expect(limited!.message).toMatch(/^the ionic phase of the cathode `K` does not percolate \(σ_eff = 0\), so the ionic current of 1 mA\/cm2 at 1 mA\/cm2 cannot cross its [\d.]+ um: add an ion conductor \(a solid electrolyte such as LiTaOCl4\)\.$/);
  });
});

describe('conduction/limited', () => {
  // LiCoO2 alone at 20 mg/cm2 and 1 C: j = 20 × 140 mAh/g = 2.8 mA/cm2, L = 20 mg/cm2 / 5.1 g/cm3 = 39.2 um,
  // σ_eff = 0.1 mS/cm (its own electronic conductivity): ΔV = 2.8e-3 A/cm2 × 3.92e-3 cm / 1e-4 S/cm = 0.1098 V.
  const text = 'cell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 20 mg/cm2\n  rate 1 C\n}\n';
  const drop = (2.8e-3 * (0.02 / 5.1)) / 1e-4;
  const electronic = (limit?: number) =>
    only(analyze(text, limit === undefined ? {} : { settings: { conductionLimit: limit } }), 'conduction/limited').filter((d) => d.message.includes('electronic'));

  it('0.11 V against the 0.1 V limit: the whole message and the numbers behind it', () => {
    const [d] = electronic();
    expect(d!.message).toBe(
      'the electronic voltage loss across the cathode `LiCoO2` at 1 C is 0.11 V, above the 0.1 V limit: ΔV = j·L/σ_eff = 2.8 mA/cm2 × 39.2 um / 0.1 mS/cm. ' +
        "Raise the electronic conductor's fraction, make the cathode thinner or lower the rate.",
    );
    expect(dataOf(d!).voltageDropV).toBeCloseTo(drop, 9);
    expect(dataOf(d!).limitV).toBe(0.1);
    expect((d!.data as { cell: string }).cell).toBe('C');
  });

  it('a loss exactly at the limit is no warning; just above it is', () => {
    const [d] = electronic();
    const exact = dataOf(d!).voltageDropV!;
    expect(electronic(exact)).toEqual([]);
    expect(electronic(exact - 1e-9)).toHaveLength(1);
  });

  it('no ion conductor at all: σ_eff = 0 and no path, said in full', () => {
    const [d] = only(analyze(text), 'conduction/limited').filter((x) => x.message.includes('ionic'));
    expect(d!.message).toBe(
      'no component of the cathode `LiCoO2` conducts ions (σ_eff = 0), so the ionic current of 2.8 mA/cm2 at 1 C cannot cross its 39.2 um: ' +
        'add an ion conductor (a solid electrolyte such as LiTaOCl4).',
    );
    expect(spanText(analyze(text), d!)).toBe('cathode LiCoO2 loading 20 mg/cm2');
  });
});
