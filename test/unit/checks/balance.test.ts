import { describe, expect, it } from 'vitest';
import type { BalanceData } from '../../../server/src/core/checks/balance';
import { computeProgram, isKnown } from '../../../server/src/core/compute';
import { analyze, only } from '../helpers/analyze';

const MATERIALS = `material Foil {
  formula  Li
  role     anode
  voltage  0 V
  capacity 3860 mAh/g
  density  0.534 g/cm3
}
material Oxide {
  formula  LiCoO2
  role     cathode
  voltage  3.9 V
  capacity 140 mAh/g
  electronic 1 mS/cm
  density  5.0 g/cm3
}
material Argyrodite {
  formula  Li6PS5Cl
  role     electrolyte
  ionic    2 mS/cm
  density  1.86 g/cm3
  window   1.71 V .. 2.01 V
  interphase passivating
}
material Titanate {
  formula  Li4Ti5O12
  role     anode
  voltage  1.55 V
  capacity 167 mAh/g
  density  3.43 g/cm3
}
composite Cathode {
  Oxide       70 wt%
  Argyrodite  30 wt%
}
`;

const cell = (anode: string) => `${MATERIALS}cell C {\n  ${anode}\n  separator Argyrodite thickness 30 um\n  cathode Cathode loading 20 mg/cm2\n}\n`;

describe('cell/balance: the anode must hold what the cathode gives (N/P ≥ 1)', () => {
  // 20 mg/cm2 × 0.7 × 140 mAh/g = 1.96 mAh/cm2.
  const cathodeQ = (20 * 0.7 * 140) / 1000;

  it('5 um of lithium under 1.96 mAh/cm2: N/P 0.53, a warning on the anode line with the thickness it needs', () => {
    const a = analyze(cell('anode Foil thickness 5 um'));
    const [d] = only(a, 'cell/balance');
    const anodeQ = (((5 * 0.534) / 10) * 3860) / 1000; // 1.03 mAh/cm2
    expect(d!.severity).toBe('warning');
    expect(a.text.slice(d!.span.start, d!.span.end)).toBe('anode Foil thickness 5 um');
    const data = d!.data as BalanceData;
    expect(data.ratio).toBeCloseTo(anodeQ / cathodeQ, 9);
    expect(data.anodeThicknessNeededUm).toBeCloseTo((5 * cathodeQ) / anodeQ, 9); // 9.5 um
    expect(d!.message).toMatch(/^N\/P of `C` is 0\.526: the anode `Foil` \(5 um\) holds 1\.03 mAh\/cm2, less than the 1\.96 mAh\/cm2/);
    expect(d!.message).toContain('at least 9.51 um thick');
  });

  it('30 um of lithium is plenty: N/P 3.2 and no warning', () => {
    const a = analyze(cell('anode Foil thickness 30 um'));
    expect(only(a, 'cell/balance')).toEqual([]);
    const hints = computeProgram(a.program, a.settings).cells[0]!;
    expect(isKnown(hints.capacityRatio) && hints.capacityRatio.value).toBeCloseTo((((30 * 0.534) / 10) * 3860) / 1000 / cathodeQ, 9);
  });

  it('an LTO composite anode counts its role-anode material: N/P 0.86 is a warning', () => {
    // 14.4 mg/cm2 of 70 wt% LTO at 167 mAh/g holds 1.68 mAh/cm2 against the cathode’s 1.96.
    const text = `${MATERIALS}composite Anode {\n  Titanate 70 wt%\n  Argyrodite 30 wt%\n}\ncell C {\n  anode Anode loading 14.4 mg/cm2\n  separator Argyrodite thickness 30 um\n  cathode Cathode loading 20 mg/cm2\n}\n`;
    const a = analyze(text);
    const anodeQ = (14.4 * 0.7 * 167) / 1000; // 1.683 mAh/cm2
    const [d] = only(a, 'cell/balance');
    expect((d!.data as BalanceData).ratio).toBeCloseTo(anodeQ / cathodeQ, 9); // 0.859
    expect((d!.data as BalanceData).anodeThicknessNeededUm).toBeUndefined();
  });

  it('an anode whose capacity is unknown gets the N/P as missing, not a warning', () => {
    const a = analyze(cell('anode Mystery thickness 20 um').replace('material Foil', 'material Mystery {\n  formula In\n  role anode\n  voltage 0.62 V\n  density 7.31 g/cm3\n}\nmaterial Foil'));
    expect(only(a, 'cell/balance')).toEqual([]);
    const ratio = computeProgram(a.program, a.settings).cells[0]!.capacityRatio;
    expect(isKnown(ratio)).toBe(false);
  });
});
