/**
 * anion/mismatch in full — message, advice, related information and fix data — as a user reads
 * them. Written against the mutants mutation testing found alive in checks/anion.ts (stryker):
 * each case pins a decision the older tests (interfaces.test.ts) left free: which contacts are
 * reported, the advice with none, one or two alternatives besides the coating, and which fields
 * the quick fixes get.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { compatibleElectrolytes } from '../../../server/src/core/fixes/compatible-electrolytes';
import { reducedContinuously } from '../../../server/src/core/compute/reduction';
import { libraryMaterial } from '../../../server/src/core/model/library-materials';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { analyze, MAIN_FILE, only, spanText } from '../helpers/analyze';

interface MismatchData {
  cathode: string;
  electrolyte: string;
  cathodeClass: string;
  electrolyteClass: string;
  upperVoltage?: number;
  electrolyteSpan?: { start: number; end: number };
  coatingInsertAt?: { start: number; end: number };
  candidates: { name: string; title: string; coversVoltage: boolean }[];
  coatings: string[];
  bilayer?: { insertAt: { start: number; end: number }; indent: string; candidates: { name: string; title: string }[] };
}

const dataOf = (d: { data?: unknown }): MismatchData => d.data as MismatchData;

// Each case from a cold analysis: no block's checks reused from whatever document was analysed before.
beforeEach(() => forgetPreviousAnalyses());
const slack = DEFAULT_SETTINGS.homoCategoryWindowSlack;
const OXIDE_SULFIDE =
  'Oxides have a much higher chemical potential than sulfides: a Li-depleted space-charge layer forms at the interface and the high-potential cathode oxidises S and P of the electrolyte [Zhang, Zhao, Li & Sun, ICDC cathode minireview, §2 and Fig. 2a].';
const LITHIUM_COATINGS = ['LiNbO3', 'Li2ZrO3', 'LiTaO3', 'Li3BO3', 'Li2SiO3', 'Li3PO4'];

describe('inside a composite: the coating or one compatible electrolyte', () => {
  // Analysed inside each test, so that the test is the one that covers (and pins) the code.
  const text = 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n';
  const mismatch = () => {
    const a = analyze(text);
    return { a, d: only(a, 'anion/mismatch')[0] };
  };

  it('the whole message: where, the classes, the reason with its source, and the advice', () => {
    const { a, d } = mismatch();
    expect(only(a, 'anion/mismatch')).toHaveLength(1);
    expect(d!.message).toBe(
      '`Li6PS5Cl` surrounds the uncoated oxide cathode `NCM811`, an oxide–sulfide contact. ' +
        `${OXIDE_SULFIDE} Coat it (\`coated LiNbO3\`) or use an electrolyte compatible with oxides, such as ${dataOf(d!).candidates[0]!.name}.`,
    );
    expect(d!.related).toEqual([{ location: { file: MAIN_FILE, span: d!.related![0]!.location.span }, message: 'the electrolyte `Li6PS5Cl`' }]);
    expect(spanText(a, d!.related![0]!.location)).toBe('Li6PS5Cl');
  });

  it('the fix data: the pair, the voltage, where to edit, the five best compatible electrolytes and the coatings', () => {
    const { a, d } = mismatch();
    const data = dataOf(d!);
    // The library ranking for an oxide cathode at NCM811's 3.86 V, nothing touching an anode here.
    const ranked = compatibleElectrolytes('oxide', 3.86, slack, [], 'Li');
    expect(ranked.length).toBeGreaterThan(5);
    expect(data).toStrictEqual({
      cathode: 'NCM811',
      electrolyte: 'Li6PS5Cl',
      cathodeClass: 'oxide',
      electrolyteClass: 'sulfide',
      upperVoltage: 3.86,
      electrolyteSpan: data.electrolyteSpan,
      coatingInsertAt: data.coatingInsertAt,
      candidates: ranked.slice(0, 5).map((c) => ({ name: c.name, title: data.candidates.find((x) => x.name === c.name)!.title, coversVoltage: true })),
      coatings: LITHIUM_COATINGS,
    });
    expect(spanText(a, { span: data.electrolyteSpan! })).toBe('Li6PS5Cl');
    // ` coated X` goes right after the active material's fraction.
    expect(data.coatingInsertAt).toEqual({ start: text.indexOf('70 wt%') + 6, end: text.indexOf('70 wt%') + 6 });
    expect(data.candidates[0]!.title).toBe('LiTaOCl4 (oxyhalide, 12.4 mS/cm, oxidation limit 4.06 V)');
  });

  it('a cathode without a voltage: no upperVoltage, and no candidate is said to cover it', () => {
    // NCM523 has no voltage in the library: whether a window covers it is unknown, which the data reads as "not covered".
    const [m] = only(analyze('composite C {\n  NCM523 70 wt%\n  Li6PS5Cl 30 wt%\n}\n'), 'anion/mismatch');
    const data = dataOf(m!);
    expect('upperVoltage' in data).toBe(false);
    expect(data.candidates).toHaveLength(5);
    expect(data.candidates.every((c) => c.coversVoltage === false)).toBe(true);
  });

  it('an active material without a fraction: no place to insert a coating', () => {
    const [m] = only(analyze('composite C {\n  NCM811\n  Li6PS5Cl 30 wt%\n}\n'), 'anion/mismatch');
    expect('coatingInsertAt' in dataOf(m!)).toBe(false);
    expect('electrolyteSpan' in dataOf(m!)).toBe(true);
  });
});

describe('which contacts are reported', () => {
  it('an electrolyte whose formula is unknown has no anion class: nothing to compare, nothing reported', () => {
    expect(analyze('material E {\n  role electrolyte\n}\ncomposite C {\n  NCM811 70 wt%\n  E 30 wt%\n}\n').diagnostics).toEqual([]);
  });

  it('a document’s electrolyte named like a library one is not offered as its own replacement', () => {
    // The document's `Li3InCl6` is an argyrodite; the library's Li3InCl6, a halide, ranks among the five best for NCM811.
    const ranked = compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').slice(0, 5).map((c) => c.name);
    expect(ranked).toContain('Li3InCl6');
    const a = analyze('material Li3InCl6 {\n  formula Li6PS5Cl\n  role electrolyte\n}\ncomposite C {\n  NCM811 70 wt%\n  Li3InCl6 30 wt%\n}\n');
    const data = dataOf(only(a, 'anion/mismatch')[0]!);
    expect(data.electrolyteClass).toBe('sulfide');
    expect(data.candidates.map((c) => c.name)).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').filter((c) => c.name !== 'Li3InCl6').slice(0, 5).map((c) => c.name));
  });

  it('inside the cathode composite at the cutoff the electrolyte meets no anode: its fix data are not filtered by one', () => {
    // LiCoO2 in Li3InCl6 (4.3 V) is fine at 3.9 V, not at a 4.5 V cutoff against Li metal; the
    // only separator (Li3InCl6 too) meets the Li anode, the catholyte inside the composite does not.
    const text =
      'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 30 wt%\n}\ncell X {\n  anode Li thickness 40 um\n  separator Li3InCl6 thickness 30 um\n  cathode K loading 10 mg/cm2\n  cutoff 3.0 V .. 4.5 V\n}\n';
    const a = analyze(text);
    const found = only(a, 'window/oxidation');
    expect(found.map((d) => spanText(a, d))).toEqual(['Li3InCl6', 'K']);
    const names = (d: { data?: unknown }) => dataOf(d).candidates.map((c) => c.name);
    expect(names(found[1]!)).toEqual(compatibleElectrolytes('oxide', 4.5, slack, [], 'Li').slice(0, 5).map((c) => c.name));
    expect(names(found[0]!)).toEqual(compatibleElectrolytes('oxide', 4.5, slack, [0], 'Li').slice(0, 5).map((c) => c.name));
    expect(names(found[0]!)).not.toEqual(names(found[1]!));
  });

  it('the same in a bilayer’s candidates', () => {
    const a = analyze(
      'material LiTaOCl4 {\n  formula Li6PS5Cl\n  role electrolyte\n}\ncell X {\n  anode LiIn thickness 40 um\n  separator LiTaOCl4 thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n',
    );
    const data = dataOf(only(a, 'anion/mismatch')[0]!);
    expect(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li')[0]!.name).toBe('LiTaOCl4');
    expect(data.bilayer!.candidates.map((c) => c.name)).not.toContain('LiTaOCl4');
    expect(data.bilayer!.candidates).toHaveLength(3);
  });
});

describe('a cell’s separator against the cathode', () => {
  const cell = (separators: string, anode = 'Li') =>
    `cell X {\n  anode ${anode} thickness 40 um\n${separators}  cathode NCM811 loading 10 mg/cm2\n}\n`;

  it('its only separator: the coating, a bilayer, or an electrolyte the anode does not reduce', () => {
    const text = cell('  separator Li6PS5Cl thickness 30 um\n');
    const a = analyze(text);
    const [d] = only(a, 'anion/mismatch');
    const data = dataOf(d!);
    expect(spanText(a, d!)).toBe('Li6PS5Cl');
    expect(d!.message).toBe(
      'the separator `Li6PS5Cl` faces the uncoated oxide cathode `NCM811`, an oxide–sulfide contact. ' +
        `${OXIDE_SULFIDE} Coat it (\`coated LiNbO3\`), put ${data.bilayer!.candidates[0]!.name} against the cathode as a second separator ` +
        `(a bilayer, Li6PS5Cl staying against the anode), or use an electrolyte compatible with oxides, such as ${data.candidates[0]!.name}.`,
    );
    expect(d!.related![0]!.message).toBe('the cathode layer `NCM811`');
    expect(spanText(a, d!.related![0]!.location)).toBe('NCM811');
    // The separator meets the Li anode too (0 V): no candidate is one lithium reduces continuously.
    expect(data.candidates.length).toBeGreaterThan(0);
    for (const c of data.candidates) expect(reducedContinuously(libraryMaterial(c.name)!, 0)).toBe(false);
    expect(data.candidates.map((c) => c.name)).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [0], 'Li').slice(0, 5).map((c) => c.name));
    // A candidate whose window is unknown is not said to cover the voltage.
    expect(data.candidates.find((c) => c.name === 'Li6.4La3Zr1.4Ta0.6O12')!.coversVoltage).toBe(false);
    // The bilayer's separator only meets the cathode: the best three, reduced by lithium or not.
    expect(data.bilayer!.candidates.map((c) => c.name)).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').slice(0, 3).map((c) => c.name));
    expect(reducedContinuously(libraryMaterial(data.bilayer!.candidates[0]!.name)!, 0)).toBe(true);
    const nextLine = text.indexOf('  cathode');
    expect(data.bilayer!.insertAt).toEqual({ start: nextLine, end: nextLine });
    expect(data.bilayer!.indent).toBe('  ');
    expect('coatingInsertAt' in data).toBe(false);
    expect(spanText(a, { span: data.electrolyteSpan! })).toBe('Li6PS5Cl');
  });

  it('two separators: no bilayer, and the candidates need not survive the anode', () => {
    const a = analyze(cell('  separator Li3InCl6 thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n'));
    const [d] = only(a, 'anion/mismatch');
    const data = dataOf(d!);
    expect('bilayer' in data).toBe(false);
    expect(data.candidates.map((c) => c.name)).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').slice(0, 5).map((c) => c.name));
    expect(d!.message).toMatch(/\. Coat it \(`coated LiNbO3`\) or use an electrolyte compatible with oxides, such as LiTaOCl4\.$/);
  });

  it('a bilayer offers only electrolytes not known to fail the cathode’s voltage', () => {
    // At 5.5 V every compatible library electrolyte with a known window is oxidised (oxides get
    // their 1 V homo-category slack, halides none): only the two garnets of unknown window remain.
    const a = analyze(
      'material HV {\n  formula LiNi0.5Mn1.5O4\n  role cathode\n  voltage 5.5 V\n}\n' +
        'cell X {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode HV loading 10 mg/cm2\n}\n',
    );
    const data = dataOf(only(a, 'anion/mismatch')[0]!);
    const ranked = compatibleElectrolytes('oxide', 5.5, slack, [], 'Li');
    expect(ranked.filter((c) => c.coversVoltage !== false).map((c) => c.name)).toEqual(['Li6.4La3Zr1.4Ta0.6O12', 'Li6.26Al0.24La3Zr2O12']);
    expect(data.bilayer!.candidates.map((c) => c.name)).toEqual(['Li6.4La3Zr1.4Ta0.6O12', 'Li6.26Al0.24La3Zr2O12']);
    expect(data.bilayer!.candidates[0]!.title).toBe('Li6.4La3Zr1.4Ta0.6O12 (oxide, 1 mS/cm)');
  });

  it('a coated cathode in the layer meets the separator safely', () => {
    const a = analyze('composite K {\n  NCM811 70 wt% coated LiNbO3\n  Li3InCl6 30 wt%\n}\n' + cell('  separator Li6PS5Cl thickness 30 um\n').replace('cathode NCM811', 'cathode K'));
    expect(only(a, 'anion/mismatch')).toEqual([]);
  });

  it('at the cell’s cutoff the composite’s own mismatch is not reported again on the cathode layer', () => {
    const text =
      'composite K {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n' +
      'cell X {\n  anode Li thickness 40 um\n  separator Li3InCl6 thickness 30 um\n  cathode K loading 10 mg/cm2\n  cutoff 3.0 V .. 4.3 V\n}\n';
    const a = analyze(text);
    expect(only(a, 'anion/mismatch').map((d) => d.span.start)).toEqual([text.indexOf('NCM811')]);
  });
});

describe('sodium: no coating to name', () => {
  it('NaCrO2 in Na3PS4: the sodium evidence, “coat it” without a name, and a sodium electrolyte', () => {
    const [d] = only(analyze('composite K {\n  NaCrO2 70 wt%\n  Na3PS4 30 wt%\n}\n'), 'anion/mismatch');
    expect(d!.message).toBe(
      '`Na3PS4` surrounds the uncoated oxide cathode `NaCrO2`, an oxide–sulfide contact. ' +
        'Oxides sit far above sulfides in chemical potential with sodium too: uncoated NaCrO2 in Na3PS4 falls from about 130 to 60 mAh/g in seven cycles behind a growing resistive layer, ' +
        'and Na3PS4 oxidises to P2S5 and bridging sulfur against a 4 V layered oxide ' +
        '[A. Hayashi et al., J. Power Sources 258, 420 (2014) (NaCrO2 in Na3PS4); J. Fu et al., Adv. Mater. 36 (2024), doi:10.1002/adma.202308012 (Na3PS4 at 4 V)]. ' +
        'Coat it or use an electrolyte compatible with oxides, such as Na4(B12H12)(B10H10).',
    );
    expect(dataOf(d!).coatings).toEqual([]);
  });

  it('a cyanide cathode: no compatible electrolyte and no coating, so the advice is the coating alone', () => {
    const a = analyze('cell X {\n  anode Na thickness 40 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2MnFe(CN)6 loading 10 mg/cm2\n}\n');
    const [d] = only(a, 'anion/mismatch');
    expect(d!.message).toMatch(/^the separator `Na3PS4` faces the uncoated cyanide cathode `Na2MnFe\(CN\)6`, a cyanide–sulfide contact\. Hetero-category: cyanide and sulfide anions differ, .*\]\. Coat it\.$/);
    const data = dataOf(d!);
    expect(data.candidates).toEqual([]);
    expect(data.coatings).toEqual([]);
    // A bilayer with nothing to put in it is no fix.
    expect('bilayer' in data).toBe(false);
  });
});
