import { describe, expect, it } from 'vitest';
import { analyze, codes, only, spanText } from '../helpers/analyze';

describe('anion/mismatch: the homo-category principle', () => {
  it('an uncoated NCM811 in Li6PS5Cl is a mismatch, shown on the cathode with the electrolyte as related information', () => {
    const a = analyze('composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n');
    const [d] = only(a, 'anion/mismatch');
    expect(spanText(a, d!)).toBe('NCM811');
    expect(d!.message).toMatch(/oxide–sulfide/);
    expect(d!.message).toMatch(/space-charge/);
    expect(d!.related?.[0]?.message).toContain('Li6PS5Cl');
  });

  it('a coating lifts both the mismatch and the oxidation warning', () => {
    expect(codes(analyze('composite C {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n'))).toEqual([]);
  });

  it('an oxide cathode in a halide catholyte is compatible (similar chemical potential)', () => {
    expect(codes(analyze('composite C {\n  LiCoO2 70 wt%\n  Li3InCl6 30 wt%\n}\n'))).toEqual([]);
  });

  it('a sulfide cathode in an oxide electrolyte is a mismatch too', () => {
    expect(codes(analyze('composite C {\n  Li3CuS2 60 wt%\n  Li7La3Zr2O12 40 wt%\n}\n'))).toContain('anion/mismatch');
  });

  it('the fix data ranks compatible electrolytes whose window covers the voltage first, by conductivity', () => {
    const a = analyze('composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n');
    const data = only(a, 'anion/mismatch')[0]!.data as { candidates: { name: string; title: string }[]; coatings: string[] };
    expect(data.candidates.length).toBeGreaterThan(2);
    expect(data.candidates.map((c) => c.name)).not.toContain('Li6PS5Cl');
    expect(data.candidates.map((c) => c.name)).toContain('Li3InCl6');
    expect(data.candidates[0]!.title).toMatch(/mS\/cm/);
    expect(data.coatings[0]).toBe('LiNbO3');
  });

  it('the cell-level contact is the last separator against the cathode layer', () => {
    const a = analyze(
      'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 30 wt%\n}\ncell X {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  separator Li3InCl6 thickness 20 um\n  cathode K loading 10 mg/cm2\n}\n',
    );
    expect(codes(a)).toEqual([]);
    const swapped = analyze(
      'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 30 wt%\n}\ncell X {\n  anode LiIn thickness 40 um\n  separator Li3InCl6 thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode K loading 10 mg/cm2\n}\n',
    );
    const mismatch = only(swapped, 'anion/mismatch');
    expect(mismatch).toHaveLength(1);
    expect(spanText(swapped, mismatch[0]!)).toBe('Li6PS5Cl');
  });
});

describe('window/oxidation', () => {
  const ltg = 'material LTG {\n  formula Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3\n  role cathode\n  voltage 2.55 V\n}\ncomposite C {\n  LTG 80 wt%\n  Li6PS5Cl 20 wt%\n}\n';

  it('a sulfide cathode at 2.55 V in Li6PS5Cl (2.01 V) is within the homo-category slack', () => {
    expect(codes(analyze(ltg))).toEqual([]);
  });

  it('with the slack set to 0 V the same contact is reported, with both voltages in the message', () => {
    const a = analyze(ltg, { settings: { homoCategoryWindowSlack: 0 } });
    const [d] = only(a, 'window/oxidation');
    expect(d!.message).toContain('2.55 V');
    expect(d!.message).toContain('2.01 V');
  });

  it("a cell's cutoff maximum is the voltage the cathode reaches", () => {
    const a = analyze(`${ltg}cell X {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode C loading 10 mg/cm2\n  cutoff 1.5 V .. 3.2 V\n}\n`);
    const [d] = only(a, 'window/oxidation');
    expect(d!.message).toContain('cutoff of 3.2 V');
  });
});

describe('window/reduction', () => {
  const cell = (anode: string, separator: string) =>
    `cell X {\n  anode ${anode} thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('lithium metal against Li3InCl6 is reported on the anode, with the interlayer as data and no Li–In anode, which reduces it too', () => {
    const a = analyze(cell('Li', 'Li3InCl6'));
    const [d] = only(a, 'window/reduction');
    expect(spanText(a, d!)).toBe('Li');
    // The best-ranked interlayer: a sulfide Li passivates, conducting ≥ 1 mS/cm, with the lowest known reduction limit.
    expect((d!.data as { interlayers: string[] }).interlayers[0]).toBe('Li6PS5Cl');
    expect((d!.data as { alloyAnode?: unknown }).alloyAnode).toBeUndefined();
    expect(d!.message).not.toMatch(/Li–In anode/);
  });

  it('Li–In, Si and graphite against Li3InCl6 are window/reduction: In/InLi reduces it (Kochetkov et al. 2022), into a mixed interphase', () => {
    for (const [anode, potential] of [['LiIn', '0.62'], ['Si', '0.4'], ['Graphite', '0.17']] as const) {
      const a = analyze(cell(anode, 'Li3InCl6'));
      const [d] = only(a, 'window/reduction');
      expect(d, anode).toBeDefined();
      expect(d!.message).toContain(`the anode \`${anode === 'LiIn' ? 'LiIn' : anode}\` (${potential} V vs Li/Li+) is at or below In/InLi (0.62 V vs Li/Li+), which reduces \`Li3InCl6\`, as Kochetkov et al. 2022 reports`);
      expect(only(a, 'window/unknown'), anode).toEqual([]);
    }
  });

  it('LTO (1.55 V) above In/InLi learns nothing from it: what is not known about Li3InCl6 is said, with what is', () => {
    const [d] = only(analyze(cell('LTO', 'Li3InCl6')), 'window/unknown');
    expect(d!.severity).toBe('information');
    expect(d!.message).toMatch(/^`Li3InCl6` is reduced by In\/InLi \(0\.62 V vs Li\/Li\+\) \(Kochetkov et al\. 2022\) into a non-passivating interphase .* whether the anode `Li4Ti5O12` \(1\.55 V vs Li\/Li\+\) also reduces it is unknown/);
  });

  it('Li–In against a chloride lithium reduces but nothing says Li–In does (Li3ErCl6) is not a warning, but what is not known is said', () => {
    const a = analyze(cell('LiIn', 'Li3ErCl6'));
    expect(only(a, 'window/reduction')).toEqual([]);
    const [d] = only(a, 'window/unknown');
    expect(d!.severity).toBe('information');
    expect(d!.message).toMatch(/^`Li3ErCl6` is reduced by lithium metal .* its reduction limit is not known to Cellspec, so whether the anode `LiIn` \(0\.62 V vs Li\/Li\+\) also reduces it is unknown/);
  });

  it('the reducing anode applies to the other chlorides a source names: Li2.5Y0.5Zr0.5Cl6 at In/InLi, Li3ScCl6 at Li–In', () => {
    expect(only(analyze(cell('LiIn', 'LYZC')), 'window/reduction')).toHaveLength(1);
    const [d] = only(analyze(cell('LiIn', 'Li3ScCl6')), 'window/reduction');
    expect(d!.message).toContain('Li-In alloy (0.62 V vs Li/Li+), which reduces `Li3ScCl6`, as Zhou, PhD thesis 2021 reports');
  });

  it('LLZO and LiPON pass against lithium metal (passivating); LATP, LLTO and LAGP are reduced by it into a mixed interphase', () => {
    for (const se of ['LLZO', 'LLZTO', 'Li6.26Al0.24La3Zr2O12', 'LiPON', 'Li6PS5Cl', 'Li7P3S11']) {
      const a = analyze(cell('Li', se));
      expect(codes(a).filter((c) => c === 'window/reduction' || c === 'window/unknown'), se).toEqual([]);
    }
    for (const [se, limit] of [['LATP', '2.17'], ['LLTO', '1.75'], ['LAGP', '2.7']] as const) {
      const [d] = only(analyze(cell('Li', se)), 'window/reduction');
      expect(d!.message, se).toContain(`below the reduction limit of`);
      expect(d!.message, se).toContain(`${limit} V (computed, Zhu et al. 2015)`);
    }
  });

  it('an anode above a known reduction limit gets nothing, even where the interphase is mixed (LTO, 1.55 V, on Li3YCl6, measured 0.65 V)', () => {
    expect(codes(analyze(cell('LTO', 'Li3YCl6'))).filter((c) => c === 'window/reduction' || c === 'window/unknown')).toEqual([]);
  });

  it('an electrolyte whose interphase is unknown gets window/unknown below its limit (Li3PS4 at Li metal and at LTO, 1.55 V < 1.71 V)', () => {
    const [d] = only(analyze(cell('Li', 'Li3PS4')), 'window/unknown');
    expect(d!.message).toContain('below the reduction limit of `Li3PS4`, 1.71 V');
    expect(d!.message).toContain('what its reduction products do');
    expect(codes(analyze(cell('LTO', 'Li3PS4'))).filter((c) => c === 'window/reduction' || c === 'window/unknown')).toEqual(['window/unknown']);
  });

  it('an electrolyte whose interphase and reduction limit are both unknown gets a note, not silence', () => {
    const a = analyze(`material MysterySE {\n  formula Li3PO4\n  role electrolyte\n  ionic 1 mS/cm\n}\n${cell('Li', 'MysterySE')}`);
    const [d] = only(a, 'window/unknown');
    expect(d!.message).toMatch(/^neither the reduction limit nor the interphase of `MysterySE` against the anode `Li` \(0 V vs Li\/Li\+\) is known/);
  });

  it('an anode below a known reduction limit, with the interphase unknown, gets a note', () => {
    const a = analyze(`material Windowed {\n  formula Li3PO4\n  role electrolyte\n  ionic 1 mS/cm\n  window 1.5 V .. 4 V\n}\n${cell('Li', 'Windowed')}`);
    expect(only(a, 'window/reduction')).toEqual([]);
    expect(only(a, 'window/unknown')[0]!.message).toContain('below the reduction limit of `Windowed`, 1.5 V');
  });

  it('lithium metal against Li6PS5Cl is accepted: its reduction products passivate', () => {
    expect(only(analyze(cell('Li', 'Li6PS5Cl')), 'window/reduction')).toEqual([]);
  });

  it('lithium metal against Li3YCl6 is below its measured 0.65 V reduction limit', () => {
    const [d] = only(analyze(cell('Li', 'Li3YCl6')), 'window/reduction');
    expect(d!.message).toContain('0.65 V');
  });
});

describe('window/oxidation at the cutoff of a cell', () => {
  const composite = 'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\n';
  const cell = (cutoff: string) =>
    `${composite}cell X {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 20 um\n  separator Li3InCl6 thickness 30 um\n  cathode K loading 8 mg/cm2\n  cutoff ${cutoff}\n}\n`;

  it('LiCoO2 in Li3InCl6 charged to 3.6 V against Li–In (4.22 V vs Li/Li+) stays inside the chloride window (4.3 V)', () => {
    expect(codes(analyze(cell('1.9 V .. 3.6 V')))).toEqual([]);
  });

  it('a cutoff is a cell voltage: 4.2 V against Li–In puts the cathode at 4.82 V vs Li/Li+, past the chloride', () => {
    const a = analyze(cell('2.5 V .. 4.2 V'));
    const found = only(a, 'window/oxidation');
    expect(found).toHaveLength(2);
    expect(found.map((d) => spanText(a, d)).sort()).toEqual(['K', 'Li3InCl6']);
    expect(found.every((d) => d.message.includes('cutoff of 4.2 V vs LiIn (4.82 V vs Li/Li+)'))).toBe(true);
  });

  it('against lithium metal the cutoff is the cathode potential itself', () => {
    const text = cell('2.5 V .. 4.5 V').replace('anode LiIn thickness 40 um', 'anode Li thickness 40 um');
    const found = only(analyze(text), 'window/oxidation');
    expect(found).toHaveLength(2);
    expect(found.every((d) => d.message.includes('cutoff of 4.5 V,'))).toBe(true);
  });
});

describe('sulfur cathodes', () => {
  it('elemental sulfur in Li6PS5Cl is homo-category: no mismatch, and the slack applies', () => {
    const a = analyze('material Sulfur {\n  formula S\n  role cathode\n  voltage 2.1 V\n}\ncomposite C {\n  Sulfur 60 wt%\n  Li6PS5Cl 30 wt%\n  VGCF 10 wt%\n}\n');
    expect(codes(a).filter((c) => c.startsWith('anion') || c.startsWith('window'))).toEqual([]);
  });
});

describe('review fixes: advice a reviewer would give', () => {
  const cell = (anode: string, separator: string) =>
    `cell X {\n  anode ${anode} thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('garnet against lithium metal is not reported: nothing says its interphase grows', () => {
    expect(only(analyze(cell('Li', 'LLZO')), 'window/reduction')).toEqual([]);
  });

  it('an Li–In anode against LGPS is reported without advising an Li–In anode', () => {
    const a = analyze(cell('LiIn', 'LGPS'));
    const [d] = only(a, 'window/reduction');
    expect(d!.message).not.toMatch(/use a Li–In anode/);
    expect((d!.data as { alloyAnode?: unknown }).alloyAnode).toBeUndefined();
  });

  it('no electrolyte is recommended that fails the voltage the message names', () => {
    const a = analyze(
      'composite K {\n  NCM811 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\ncell X {\n  anode LiIn thickness 40 um\n  separator Li3InCl6 thickness 30 um\n  cathode K loading 15 mg/cm2\n  cutoff 2.6 V .. 4.6 V\n}\n',
    );
    const found = only(a, 'window/oxidation');
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      const [best] = (d.data as { candidates: { name: string; coversVoltage: boolean }[] }).candidates;
      // 4.6 V against Li–In is 5.22 V vs Li/Li+: beyond every library electrolyte, slack or not.
      if (best?.coversVoltage) expect(d.message).toContain(`such as ${best.name}`);
      else expect(d.message).toMatch(/no library electrolyte compatible with it is known to be stable to 5\.22 V/);
    }
    const strict = analyze(a.text, { settings: { homoCategoryWindowSlack: 0 } });
    for (const d of only(strict, 'window/oxidation')) expect(d.message).toMatch(/no library electrolyte compatible with it is known to be stable to 5\.22 V/);
  });

  it('the coating advised is the standard LiNbO3', () => {
    const [d] = only(analyze('composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n'), 'anion/mismatch');
    expect(d!.message).toContain('coated LiNbO3');
  });
});

describe('a voltage given as a range', () => {
  const doc = (voltage: string) =>
    `material Wide {\n  formula LiCoO2\n  role cathode\n  voltage ${voltage}\n}\ncomposite K {\n  Wide 70 wt%\n  Li3InCl6 30 wt%\n}\n`;

  it('is checked against the oxidation limit by its top: 2.0–4.4 V runs past the chloride’s 4.3 V', () => {
    const [d] = only(analyze(doc('2.0 V .. 4.4 V')), 'window/oxidation');
    expect(d!.message).toContain('its voltage, 4.4 V');
  });

  it('its midpoint is the average voltage', () => {
    const a = analyze(doc('2.0 V .. 4.0 V'));
    expect(only(a, 'window/oxidation')).toEqual([]);
    expect(a.program.materials[0]!.voltage!.value).toBe(3);
    expect(a.program.materials[0]!.voltageRange).toEqual({ low: 2, high: 4 });
  });
});
