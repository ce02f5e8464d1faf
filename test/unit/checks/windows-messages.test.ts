/**
 * window/oxidation, window/reduction and window/unknown in full, through documents as a user
 * writes them: each message variant whole, the thresholds just inside and just outside, where
 * each is shown, its related information and the fix data. Written against the mutants mutation
 * testing found alive in checks/windows.ts (stryker); interfaces.test.ts and anodes.test.ts have
 * the rules' cases, compute/window-rules.test.ts the rules called directly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { anodeContacts } from '../../../server/src/core/checks/contacts';
import { checkReduction } from '../../../server/src/core/checks/windows';
import { passivatingInterlayers } from '../../../server/src/core/fixes/interlayers';
import { analyze, MAIN_FILE, only, spanText } from '../helpers/analyze';

// Each case from a cold analysis: no block's checks reused from whatever document was analysed before.
beforeEach(() => forgetPreviousAnalyses());

const LITHIUM_COATINGS = ['LiNbO3', 'Li2ZrO3', 'LiTaO3', 'Li3BO3', 'Li2SiO3', 'Li3PO4'];
const LITHIUM_INTERLAYERS = ['Li6PS5Cl', 'Li7P3S11', 'Li5.5PS4.5Cl1.5', 'Li6PS5Br', 'Li6.4La3Zr1.4Ta0.6O12', 'Li7La3Zr2O12', 'LiPON', 'Li6.26Al0.24La3Zr2O12', 'Li6PS5I'];
const LIC = '4.3 V (computed, Adv. Mater. review 2023)';
const HETERO = 'a hetero-category contact gets no slack: the electrolyte oxidises at the interface.';
const LATP_AS_BEST = 'such as Li1.3Al0.3Ti1.7(PO4)3 (oxide, 0.72 mS/cm, oxidation limit 4.21 V).';

type Related = { location: { file: string; span: { start: number; end: number } }; message: string }[];
const relatedOf = (d: { related?: unknown }): Related => d.related as Related;

describe('window/oxidation: the cathode above the electrolyte’s oxidation limit', () => {
  const cathode = (name: string, voltage: string) => `material ${name} {\n  formula LiCoO2\n  role cathode\n  voltage ${voltage}\n}\n`;

  it('a voltage exactly at the limit is no warning; 10 mV above it is, said in full', () => {
    const text = cathode('At', '4.3 V') + cathode('Above', '4.31 V') + 'composite A {\n  At 70 wt%\n  Li3InCl6 30 wt%\n}\ncomposite B {\n  Above 70 wt%\n  Li3InCl6 30 wt%\n}\n';
    const a = analyze(text);
    const found = only(a, 'window/oxidation');
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(spanText(a, d!)).toBe('Above');
    expect(d!.severity).toBe('warning');
    expect(d!.message).toBe(
      `\`Above\` runs up to its voltage, 4.31 V, above the oxidation limit of \`Li3InCl6\`, ${LIC}; ${HETERO} ` +
        `Coat the cathode (e.g. \`coated LiNbO3\`) or use an electrolyte that tolerates 4.31 V against it (a homo-category one within the slack), ${LATP_AS_BEST}`,
    );
    const electrolyteAt = text.lastIndexOf('Li3InCl6');
    expect(relatedOf(d!)).toEqual([{ location: { file: MAIN_FILE, span: { start: electrolyteAt, end: electrolyteAt + 8 } }, message: 'the electrolyte `Li3InCl6`' }]);
    const data = d!.data as { cathode: string; electrolyte: string; upperVoltage: number; coatings: string[]; candidates: { name: string; coversVoltage: boolean }[] };
    expect([data.cathode, data.electrolyte, data.upperVoltage]).toEqual(['Above', 'Li3InCl6', 4.31]);
    expect(data.coatings).toEqual(LITHIUM_COATINGS);
    expect(data.candidates[0]).toMatchObject({ name: 'Li1.3Al0.3Ti1.7(PO4)3', coversVoltage: true });
  });

  it('homo-category: the limit plus the slack, said with the slack; just within it nothing', () => {
    const ltg = 'material LTG {\n  formula Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3\n  role cathode\n  voltage 2.55 V\n}\ncomposite C {\n  LTG 80 wt%\n  Li6PS5Cl 20 wt%\n}\n';
    const [d] = only(analyze(ltg, { settings: { homoCategoryWindowSlack: 0.3 } }), 'window/oxidation');
    expect(d!.message).toBe(
      '`LTG` runs up to its voltage, 2.55 V, above the oxidation limit of `Li6PS5Cl`, 2.01 V (computed, Zhu et al. 2015) plus the 0.3 V homo-category slack: ' +
        'the electrolyte oxidises at the interface. Coat the cathode (e.g. `coated LiNbO3`) or use an electrolyte that tolerates 2.55 V against it ' +
        '(a homo-category one within the slack), such as Li7P3S11 (sulfide, 17 mS/cm, oxidation limit 2.31 V).',
    );
    // 2.01 + 0.54 = 2.55: at the tolerated voltage, not above it.
    expect(only(analyze(ltg, { settings: { homoCategoryWindowSlack: 0.54 } }), 'window/oxidation')).toEqual([]);
  });

  it('a document’s window: `declared`, with the material’s own source when it gives one', () => {
    const electrolyte = (name: string, source: string) => `material ${name} {\n  formula Li3PO4\n  role electrolyte\n  ionic 1 mS/cm\n  window 1.5 V .. 4 V\n${source}}\n`;
    const text =
      electrolyte('W', '  source "Table 2"\n') +
      electrolyte('V', '') +
      'material C {\n  formula LiCoO2\n  role cathode\n  voltage 4.2 V\n}\ncomposite K {\n  C 70 wt%\n  W 30 wt%\n}\ncomposite L {\n  C 70 wt%\n  V 30 wt%\n}\n';
    const found = only(analyze(text, { settings: { homoCategoryWindowSlack: 0 } }), 'window/oxidation');
    expect(found.map((d) => d.message.slice(0, d.message.indexOf(':')))).toEqual([
      '`C` runs up to its voltage, 4.2 V, above the oxidation limit of `W`, 4 V (declared, Table 2) plus the 0 V homo-category slack',
      '`C` runs up to its voltage, 4.2 V, above the oxidation limit of `V`, 4 V (declared) plus the 0 V homo-category slack',
    ]);
  });

  it('sodium: no coating to name, and an electrolyte that tolerates the voltage', () => {
    const [d] = only(analyze('composite K {\n  NaCrO2 70 wt%\n  Na3PS4 30 wt%\n}\n'), 'window/oxidation');
    expect(d!.message).toBe(
      '`NaCrO2` runs up to its voltage, 3 V, above the oxidation limit of `Na3PS4`, 2.12 V (computed, Fu et al. 2024); ' +
        `${HETERO} Coat the cathode or use an electrolyte that tolerates 3 V against it (a homo-category one within the slack), ` +
        'such as Na4(B12H12)(B10H10) (hydroborate, 1.8 mS/cm, oxidation limit 3 V).',
    );
  });

  it('no warning without a voltage, without an oxidation limit, with a coating, or across the working ions', () => {
    // NCM523 declares no voltage; LLZTO no window; a coated NCM811; LiCoO2 in a sodium conductor is cell/ion's.
    for (const text of [
      'composite K {\n  NCM523 70 wt%\n  Li3InCl6 30 wt%\n}\n',
      'composite K {\n  NCM811 70 wt%\n  LLZTO 30 wt%\n}\n',
      'composite K {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 30 wt%\n}\n',
      'composite K {\n  LiCoO2 70 wt%\n  Na3PS4 30 wt%\n}\n',
    ]) {
      expect(only(analyze(text), 'window/oxidation'), text).toEqual([]);
    }
    expect(only(analyze('composite K {\n  LiCoO2 70 wt%\n  Na3PS4 30 wt%\n}\n'), 'anion/mismatch')).toHaveLength(1);
  });
});

describe('window/oxidation at a cell’s cutoff', () => {
  const cell = (cathodeVoltage: string, anode: string, cutoff: string) =>
    `material C {\n  formula LiCoO2\n  role cathode\n  voltage ${cathodeVoltage}\n}\nmaterial Foil {\n  formula Li\n  role anode\n}\n` +
    'composite K {\n  C 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\n' +
    `cell X {\n  anode ${anode} thickness 40 um\n  separator Li6PS5Cl thickness 20 um\n  separator Li3InCl6 thickness 30 um\n  cathode K loading 8 mg/cm2\n  cutoff ${cutoff}\n}\n`;

  it('an anode of unknown potential: the cutoff taken vs Li/Li+, in the composite and on the separator', () => {
    const a = analyze(cell('3.9 V', 'Foil', '2.5 V .. 4.5 V'));
    const found = only(a, 'window/oxidation');
    // In document order: the separator's line comes before the cathode's.
    expect(found.map((d) => spanText(a, d))).toEqual(['Li3InCl6', 'K']);
    const [onSeparator, inComposite] = found;
    const tail = `above the oxidation limit of \`Li3InCl6\`, ${LIC}; ${HETERO} Coat the cathode (e.g. \`coated LiNbO3\`) or use an electrolyte that tolerates 4.5 V against it (a homo-category one within the slack), ${LATP_AS_BEST}`;
    expect(inComposite!.message).toBe(`\`C\` in \`K\` runs up to the cell's cutoff of 4.5 V (taken vs Li/Li+: the anode's potential is unknown), ${tail}`);
    expect(onSeparator!.message).toBe(`\`C\` runs up to the cell's cutoff of 4.5 V (taken vs Li/Li+: the anode's potential is unknown), ${tail}`);
    expect(relatedOf(inComposite!)[0]!.message).toBe('`Li3InCl6` in `K`');
    expect(spanText(a, relatedOf(inComposite!)[0]!.location)).toBe('Li3InCl6');
    expect(relatedOf(onSeparator!)[0]!.message).toBe('the cathode layer `K`');
  });

  it('against Li–In: the cutoff as written and vs Li/Li+', () => {
    const [, d] = only(analyze(cell('3.9 V', 'LiIn', '2.5 V .. 4.2 V')), 'window/oxidation');
    expect(d!.message).toMatch(/^`C` in `K` runs up to the cell's cutoff of 4\.2 V vs LiIn \(4\.82 V vs Li\/Li\+\), above the oxidation limit/);
  });

  it('the cutoff is reported where the cathode’s own voltage is at the limit, not where the composite already is above it', () => {
    // At 4.3 V the composite itself is fine, so the cutoff's 4.5 V is news; at 4.31 V the composite is reported already.
    const at = analyze(cell('4.3 V', 'Li', '2.5 V .. 4.5 V'));
    expect(only(at, 'window/oxidation').map((d) => spanText(at, d))).toEqual(['Li3InCl6', 'K']);
    expect(only(at, 'window/oxidation')[1]!.message).toMatch(/^`C` in `K` runs up to the cell's cutoff of 4\.5 V, above/);
    const above = analyze(cell('4.31 V', 'Li', '2.5 V .. 4.5 V'));
    expect(only(above, 'window/oxidation').map((d) => spanText(above, d))).toEqual(['C', 'Li3InCl6']);
  });
});

describe('window/reduction: the anode below the electrolyte’s reduction limit, into a growing interphase', () => {
  const cell = (anode: string, separator: string, indent = '  ') =>
    `cell X {\n${indent}anode ${anode} thickness 20 um\n${indent}separator ${separator} thickness 50 um\n${indent}cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('a computed limit: the whole message, where it is shown, the interlayer data at the separator’s line and indent', () => {
    const text = cell('Li', 'LATP', '\t');
    const a = analyze(text);
    const [d] = only(a, 'window/reduction');
    expect(d!.message).toBe(
      'the anode `Li` (0 V vs Li/Li+) is below the reduction limit of `Li1.3Al0.3Ti1.7(PO4)3`, 2.17 V (computed, Zhu et al. 2015), ' +
        'and its reduction products form a mixed-conducting, non-passivating interphase (Famprikis et al. 2019): the electrolyte is reduced continuously. ' +
        'Put a passivating interlayer (e.g. Li6PS5Cl) against the anode.',
    );
    expect(spanText(a, d!)).toBe('Li');
    const separatorLine = text.indexOf('\tseparator');
    expect(d!.data).toEqual({
      anode: 'Li',
      electrolyte: 'Li1.3Al0.3Ti1.7(PO4)3',
      anodeSpan: { start: text.indexOf('Li'), end: text.indexOf('Li') + 2 },
      interlayerInsertAt: { start: separatorLine, end: separatorLine },
      interlayerIndent: '\t',
      interlayers: LITHIUM_INTERLAYERS,
      ion: 'Li',
    });
    expect(relatedOf(d!)).toEqual([{ location: { file: MAIN_FILE, span: { start: text.indexOf('LATP'), end: text.indexOf('LATP') + 4 } }, message: 'the separator `Li1.3Al0.3Ti1.7(PO4)3`' }]);
  });

  it('reduced by the metal: which metal, its source, and the Li–In anode the chloride tolerates', () => {
    const [d] = only(analyze(cell('Li', 'Li3ErCl6')), 'window/reduction');
    expect(d!.message).toBe(
      'the anode `Li` (0 V vs Li/Li+) is below the reduction limit of `Li3ErCl6`, which lithium metal reduces (Zhou, PhD thesis 2021), ' +
        'and its reduction products form a mixed-conducting, non-passivating interphase (Zhou, PhD thesis 2021): the electrolyte is reduced continuously. ' +
        'Put a passivating interlayer (e.g. Li6PS5Cl) against the anode, or use a Li–In anode (0.62 V).',
    );
    const data = d!.data as { alloyAnode?: unknown; interlayerIndent: string; interlayerInsertAt: { start: number } };
    expect(data.alloyAnode).toEqual({ name: 'LiIn', label: 'Li–In', potential: 0.62 });
    // The separator's line indented by two spaces: the interlayer line goes at its start, indented alike.
    expect(data.interlayerIndent).toBe('  ');
    expect(data.interlayerInsertAt.start).toBe(cell('Li', 'Li3ErCl6').indexOf('  separator'));
  });

  it('sodium: Na/Na+, sodium metal, sodium interlayers and no alloy', () => {
    const text = 'cell X {\n  anode Na thickness 20 um\n  separator NYZC thickness 50 um\n  cathode NaCrO2 loading 10 mg/cm2\n}\n';
    const [d] = only(analyze(text), 'window/reduction');
    expect(d!.message).toBe(
      'the anode `Na` (0 V vs Na/Na+) is below the reduction limit of `Na2.25Y0.25Zr0.75Cl6`, which sodium metal reduces (Deysher et al. 2022), ' +
        'and its reduction products form a mixed-conducting, non-passivating interphase (Deysher et al. 2022): the electrolyte is reduced continuously. ' +
        'Put a passivating interlayer (e.g. Na4(B12H12)(B10H10)) against the anode.',
    );
    const data = d!.data as { interlayers: string[]; ion: string; alloyAnode?: unknown };
    expect(data.interlayers).toEqual(['Na4(B12H12)(B10H10)', 'Na3Zr2Si2PO12', 'NaBetaAlumina', 'Na2B12H12']);
    expect(data.ion).toBe('Na');
    expect('alloyAnode' in data).toBe(false);
  });

  it('a document’s `interphase mixed`: declared, with its `source` when it has one; not offered as its own interlayer', () => {
    const mixed = (name: string, formula: string, source: string) =>
      `material ${name} {\n  formula ${formula}\n  role electrolyte\n  ionic 1 mS/cm\n  interphase mixed\n${source}}\n`;
    const [sourced] = only(analyze(mixed('Mixed', 'Li3PO4', '  source "My notes"\n') + cell('Li', 'Mixed')), 'window/reduction');
    expect(sourced!.message).toBe(
      'the anode `Li` (0 V vs Li/Li+) is below the reduction limit of `Mixed`, which lithium metal reduces (declared, My notes), ' +
        'and its reduction products form a mixed-conducting, non-passivating interphase: the electrolyte is reduced continuously. ' +
        'Put a passivating interlayer (e.g. Li6PS5Cl) against the anode, or use a Li–In anode (0.62 V).',
    );
    const [plain] = only(analyze(mixed('Mixed', 'Li3PO4', '') + cell('Li', 'Mixed')), 'window/reduction');
    expect(plain!.message).toContain('which lithium metal reduces (declared), and its reduction products form a mixed-conducting, non-passivating interphase: the');
    // A document's Li6PS5Cl declared mixed: the library's Li6PS5Cl, its namesake, is not its interlayer.
    const [own] = only(analyze(mixed('Li6PS5Cl', 'Li6PS5Cl', '') + cell('Li', 'Li6PS5Cl')), 'window/reduction');
    expect((own!.data as { interlayers: string[] }).interlayers).toEqual(LITHIUM_INTERLAYERS.slice(1));
    expect(own!.message).toContain('Put a passivating interlayer (e.g. Li7P3S11) against the anode, or use a Li–In anode (0.62 V).');
  });

  it('an anode a source names: at or below its potential, as the source reports', () => {
    const [d] = only(analyze(cell('LiIn', 'Li3InCl6')), 'window/reduction');
    expect(d!.message).toBe(
      'the anode `LiIn` (0.62 V vs Li/Li+) is at or below In/InLi (0.62 V vs Li/Li+), which reduces `Li3InCl6`, as Kochetkov et al. 2022 reports, ' +
        'and its reduction products form a mixed-conducting, non-passivating interphase (Zhou, PhD thesis 2021): the electrolyte is reduced continuously. ' +
        'Put a passivating interlayer (e.g. Li6PS5Cl) against the anode.',
    );
  });

  it('each anode of a composite anode layer, on the layer’s name', () => {
    const text = 'composite KA {\n  Li 50 vol%\n  Si 30 vol%\n  Li6PS5Cl 20 vol%\n}\n' + cell('KA', 'LATP');
    const a = analyze(text);
    const found = only(a, 'window/reduction');
    expect(found.map((d) => [spanText(a, d), (d.data as { anode: string }).anode])).toEqual([
      ['KA', 'Li'],
      ['KA', 'Si'],
    ]);
    expect(found[1]!.message).toMatch(/^the anode `Si` \(0\.4 V vs Li\/Li\+\) is below the reduction limit of `Li1\.3Al0\.3Ti1\.7\(PO4\)3`, 2\.17 V/);
  });

  it('nothing for an anode of unknown potential, a passivating electrolyte, or a contact across the working ions', () => {
    const noVoltage = 'material A {\n  formula Li4Ti5O12\n  role anode\n}\n' + cell('A', 'LATP');
    for (const text of [noVoltage, cell('Li', 'Li6PS5Cl'), cell('Li', 'Na3PS4')]) {
      const found = analyze(text).diagnostics.filter((d) => d.code === 'window/reduction' || d.code === 'window/unknown');
      expect(found, text).toEqual([]);
    }
  });
});

describe('window/unknown: what the library does not know, said instead of passed over', () => {
  const cell = (anode: string, separator: string) => `cell X {\n  anode ${anode} thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;
  const unknown = (text: string) => only(analyze(text), 'window/unknown');

  it('a known limit, the interphase unknown: at the limit nothing, 10 mV below it the note', () => {
    const text =
      'material Windowed {\n  formula Li3PO4\n  role electrolyte\n  ionic 1 mS/cm\n  window 1.5 V .. 4 V\n}\n' +
      'material At {\n  formula Li4Ti5O12\n  role anode\n  voltage 1.5 V\n}\nmaterial Below {\n  formula Li4Ti5O12\n  role anode\n  voltage 1.49 V\n}\n' +
      cell('At', 'Windowed') +
      cell('Below', 'Windowed').replace('cell X', 'cell Y');
    const a = analyze(text);
    const found = only(a, 'window/unknown');
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d!.severity).toBe('information');
    expect(spanText(a, d!)).toBe('Below');
    expect(d!.message).toBe(
      'the anode `Below` (1.49 V vs Li/Li+) is below the reduction limit of `Windowed`, 1.5 V, and what its reduction products do ' +
        '(passivate, or keep growing as a mixed conductor) is not known to Cellspec. Declare its `interphase` (passivating or mixed) once known.',
    );
    const separator = text.lastIndexOf('Windowed');
    expect(relatedOf(d!)).toEqual([{ location: { file: MAIN_FILE, span: { start: separator, end: separator + 8 } }, message: 'the separator `Windowed`' }]);
    expect(d!.data).toBeUndefined();
  });

  it('a mixed interphase, the anode above the one a source names: its source, and the limit unknown', () => {
    const [d] = unknown(cell('LTO', 'Li3InCl6'));
    expect(d!.message).toBe(
      '`Li3InCl6` is reduced by In/InLi (0.62 V vs Li/Li+) (Kochetkov et al. 2022) into a non-passivating interphase (Zhou, PhD thesis 2021), ' +
        'but its reduction limit is not known to Cellspec, so whether the anode `Li4Ti5O12` (1.55 V vs Li/Li+) also reduces it is unknown. ' +
        "Halides and oxides with a reducible metal cation (In³⁺, Sc³⁺, Y³⁺, Zr⁴⁺, Ti⁴⁺, Ge⁴⁺) are usually reduced well above 0 V: check it, or declare the electrolyte's `window`.",
    );
  });

  it('a mixed interphase at the metal, an alloy anode: by lithium metal', () => {
    const [d] = unknown(cell('LiIn', 'Li3ErCl6'));
    expect(d!.message).toBe(
      '`Li3ErCl6` is reduced by lithium metal into a non-passivating interphase (Zhou, PhD thesis 2021), ' +
        'but its reduction limit is not known to Cellspec, so whether the anode `LiIn` (0.62 V vs Li/Li+) also reduces it is unknown. ' +
        "Halides and oxides with a reducible metal cation (In³⁺, Sc³⁺, Y³⁺, Zr⁴⁺, Ti⁴⁺, Ge⁴⁺) are usually reduced well above 0 V: check it, or declare the electrolyte's `window`.",
    );
  });

  it('a document’s mixed interphase without a source above the metal: `declared`', () => {
    const text = 'material Mixed {\n  formula Li3PO4\n  role electrolyte\n  ionic 1 mS/cm\n  interphase mixed\n}\n' + cell('LiIn', 'Mixed');
    const [d] = unknown(text);
    expect(d!.message).toMatch(/^`Mixed` is reduced by lithium metal into a non-passivating interphase \(declared\), but its reduction limit is not known/);
  });

  it('neither a limit nor an interphase', () => {
    const [d] = unknown(`material MysterySE {\n  formula Li3PO4\n  role electrolyte\n}\n${cell('Li', 'MysterySE')}`);
    expect(d!.message).toBe(
      'neither the reduction limit nor the interphase of `MysterySE` against the anode `Li` (0 V vs Li/Li+) is known to Cellspec, so its stability is not checked. ' +
        'Declare its `window` and `interphase` to check it.',
    );
  });

  // No library electrolyte a source reports an anode reducing lacks an interphase today (Li3InCl6,
  // Li3ScCl6 and LYZC are all `mixed`); the rule for one that does, on Li3InCl6 without its interphase.
  const withoutInterphase = (anode: string) => {
    const a = analyze(cell(anode, 'Li3InCl6'));
    const [contact] = anodeContacts(a.program);
    const { interphase: _interphase, ...electrolyte } = contact!.electrolyte;
    return checkReduction([{ ...contact!, electrolyte }], a.text, passivatingInterlayers());
  };

  it('reduced by an anode a source names, the interphase unknown: at or below that anode, the note', () => {
    const [d] = withoutInterphase('LiIn');
    expect(d!.code).toBe('window/unknown');
    expect(d!.message).toBe(
      'the anode `LiIn` (0.62 V vs Li/Li+) is at or below In/InLi (0.62 V vs Li/Li+), which reduces `Li3InCl6`, and what its reduction products do ' +
        '(passivate, or keep growing as a mixed conductor) is not known to Cellspec. Declare its `interphase` (passivating or mixed) once known.',
    );
  });

  it('reduced by an anode a source names, the interphase unknown, an anode above it: not checked', () => {
    const [d] = withoutInterphase('LTO');
    expect(d!.message).toBe(
      '`Li3InCl6` is reduced by In/InLi (0.62 V vs Li/Li+) (Kochetkov et al. 2022), but neither its reduction limit nor what its reduction products do ' +
        'is known to Cellspec, so the anode `Li4Ti5O12` (1.55 V vs Li/Li+) is not checked. Declare its `window` and `interphase` to check it.',
    );
  });
});
