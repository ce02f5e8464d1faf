/**
 * cell/balance and cell/incomplete in full: the N/P threshold from both sides, the whole message
 * with and without a thickness to scale, its data; which layers a cell lacks and where that is
 * shown. Written against the mutants mutation testing found alive in checks/balance.ts and
 * checks/cell-structure.ts (stryker).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { analyze, only, spanText } from '../helpers/analyze';

// Each case from a cold analysis: no block's checks reused from whatever document was analysed before.
beforeEach(() => forgetPreviousAnalyses());

const MATERIALS =
  'material Host {\n  formula Li4Ti5O12\n  role anode\n  voltage 1.55 V\n  capacity 140 mAh/g\n  density 3.5 g/cm3\n}\n' +
  'material Oxide {\n  formula LiCoO2\n  role cathode\n  voltage 3.9 V\n  capacity 140 mAh/g\n  density 5.0 g/cm3\n}\n';
const cell = (anode: string, cathode = 'Oxide loading 20 mg/cm2') =>
  `${MATERIALS}cell C {\n  anode ${anode}\n  separator Li6PS5Cl thickness 30 um\n  cathode ${cathode}\n}\n`;

describe('cell/balance: N/P below 1, and only below', () => {
  it('N/P exactly 1 (the same loading of the same capacity on both sides) is no warning', () => {
    expect(only(analyze(cell('Host loading 20 mg/cm2')), 'cell/balance')).toEqual([]);
  });

  it('N/P 0.995 is: the whole message, and no thickness to scale for an anode given by its loading', () => {
    const a = analyze(cell('Host loading 19.9 mg/cm2'));
    const [d] = only(a, 'cell/balance');
    // 19.9 mg/cm2 × 140 mAh/g = 2.786 mAh/cm2 against 20 × 140 = 2.8.
    expect(d!.message).toBe(
      'N/P of `C` is 0.995: the anode `Host` holds 2.79 mAh/cm2, less than the 2.8 mAh/cm2 the cathode gives on charge, ' +
        'so the rest has nowhere to go (lithium plates, or the foil runs out). Raise the anode loading or lower the cathode loading.',
    );
    expect(spanText(a, d!)).toBe('anode Host loading 19.9 mg/cm2');
    expect(d!.severity).toBe('warning');
    const data = d!.data as Record<string, number>;
    expect(Object.keys(data).sort()).toEqual(['anodeMAhPerCm2', 'cathodeMAhPerCm2', 'ratio']);
    expect(data.anodeMAhPerCm2).toBeCloseTo(2.786, 12);
    expect(data.cathodeMAhPerCm2).toBeCloseTo(2.8, 12);
    expect(data.ratio).toBeCloseTo(2.786 / 2.8, 12);
  });

  it('a lithium foil given by its thickness: its size, and the thickness N/P 1 needs', () => {
    const a = analyze(
      'material Foil {\n  formula Li\n  role anode\n  voltage 0 V\n  capacity 3860 mAh/g\n  density 0.534 g/cm3\n}\n' +
        MATERIALS +
        'cell C {\n  anode Foil thickness 5 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Oxide loading 14 mg/cm2\n}\n',
    );
    const [d] = only(a, 'cell/balance');
    // 5 um × 0.534 g/cm3 = 0.267 mg/cm2 × 3860 mAh/g = 1.0306 mAh/cm2; the cathode 14 × 140 = 1.96.
    const anodeQ = 0.267 * 3.86;
    const needed = (5 * 1.96) / anodeQ; // 9.51 um
    expect(d!.message).toBe(
      'N/P of `C` is 0.526: the anode `Foil` (5 um) holds 1.03 mAh/cm2, less than the 1.96 mAh/cm2 the cathode gives on charge, ' +
        'so the rest has nowhere to go (lithium plates, or the foil runs out). Make the anode at least 9.51 um thick (N/P 1), better 10–20 % more, or lower the cathode loading.',
    );
    expect((d!.data as { anodeThicknessNeededUm: number }).anodeThicknessNeededUm).toBeCloseTo(needed, 9);
  });

  it('an anode of no capacity (its active material at 0 wt%): N/P 0, and no thickness would do', () => {
    const a = analyze(
      `${MATERIALS}composite A {\n  Host 0 wt%\n  Li6PS5Cl 100 wt%\n}\ncell C {\n  anode A thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Oxide loading 20 mg/cm2\n}\n`,
    );
    const [d] = only(a, 'cell/balance');
    expect(d!.message).toBe(
      'N/P of `C` is 0: the anode `A` (30 um) holds 0 mAh/cm2, less than the 2.8 mAh/cm2 the cathode gives on charge, ' +
        'so the rest has nowhere to go (lithium plates, or the foil runs out). Raise the anode loading or lower the cathode loading.',
    );
    const data = d!.data as Record<string, number>;
    expect(Object.keys(data).sort()).toEqual(['anodeMAhPerCm2', 'cathodeMAhPerCm2', 'ratio']);
    expect([data.ratio, data.anodeMAhPerCm2]).toEqual([0, 0]);
    expect(data.cathodeMAhPerCm2).toBeCloseTo(2.8, 12);
  });

  it('a sodium cell says sodium plates', () => {
    const [d] = only(analyze('cell C {\n  anode Na thickness 1 um\n  separator Na3PS4 thickness 30 um\n  cathode NaCrO2 loading 20 mg/cm2\n}\n'), 'cell/balance');
    expect(d!.message).toContain('so the rest has nowhere to go (sodium plates, or the foil runs out).');
    expect(d!.message).toMatch(/^N\/P of `C` is [\d.]+: the anode `Na` \(1 um\) holds /);
  });
});

describe('cell/incomplete: the layers a cell lacks', () => {
  it('names each missing role in stacking order, on the cell’s name, with the list as data', () => {
    const text =
      'cell A {\n  separator Li6PS5Cl thickness 30 um\n}\n' +
      'cell B {\n  anode Li thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n' +
      'cell D {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n';
    const a = analyze(text);
    const found = only(a, 'cell/incomplete');
    expect(found.map((d) => spanText(a, d))).toEqual(['A', 'B']);
    expect(found[0]!.message).toBe('cell `A` has no anode, no cathode; a cell stacks an anode, one or more separators and a cathode (anode side first)');
    expect(found[0]!.data).toEqual({ missing: ['anode', 'cathode'] });
    expect(found[1]!.message).toBe('cell `B` has no separator; a cell stacks an anode, one or more separators and a cathode (anode side first)');
    expect(found[1]!.data).toEqual({ missing: ['separator'] });
  });

  it('an empty cell without a name: all three, on the `cell` keyword', () => {
    const a = analyze('cell {\n}\n');
    const [d] = only(a, 'cell/incomplete');
    expect(spanText(a, d!)).toBe('cell');
    expect(d!.data).toEqual({ missing: ['anode', 'separator', 'cathode'] });
    expect(d!.message).toMatch(/has no anode, no separator, no cathode; /);
  });
});
