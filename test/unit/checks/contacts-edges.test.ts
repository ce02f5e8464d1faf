/**
 * Who touches whom (checks/contacts.ts), read through the diagnostics and fix data that rest on
 * it: where a coating or a bilayer goes, which cathode layer and separator a cell's contact is,
 * a cell's cutoff inside an imported composite, and which materials of a composite layer count
 * as cathodes or anodes. Written against the mutants mutation testing found alive in
 * checks/contacts.ts (stryker).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { compatibleElectrolytes } from '../../../server/src/core/fixes/compatible-electrolytes';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { analyze, only, spanText } from '../helpers/analyze';

beforeEach(() => forgetPreviousAnalyses());

interface ContactData {
  cathode: string;
  electrolyte: string;
  upperVoltage?: number;
  electrolyteSpan?: { start: number; end: number };
  coatingInsertAt?: { start: number; end: number };
  candidates: { name: string }[];
  bilayer?: { insertAt: { start: number; end: number }; indent: string };
}
const dataOf = (d: { data?: unknown }): ContactData => d.data as ContactData;

describe('inside a composite', () => {
  it('a `coated` without its material: no place to insert a coating, the electrolyte still to replace', () => {
    const text = 'composite K {\n  NCM811 70 wt% coated\n  Li6PS5Cl 30 wt%\n}\n';
    const a = analyze(text);
    const [d] = only(a, 'anion/mismatch');
    expect('coatingInsertAt' in dataOf(d!)).toBe(false);
    expect(spanText(a, { span: dataOf(d!).electrolyteSpan! })).toBe('Li6PS5Cl');
  });

  it('every cathode against every electrolyte, in order', () => {
    const a = analyze('composite K {\n  NCM811 40 wt%\n  LiCoO2 30 wt%\n  Li6PS5Cl 20 wt%\n  Li3PS4 10 wt%\n}\n');
    expect(only(a, 'anion/mismatch').map((d) => [dataOf(d).cathode, dataOf(d).electrolyte])).toEqual([
      ['NCM811', 'Li6PS5Cl'],
      ['NCM811', 'Li3PS4'],
      ['LiCoO2', 'Li6PS5Cl'],
      ['LiCoO2', 'Li3PS4'],
    ]);
  });
});

describe('a cell’s separator against its cathode layer', () => {
  it('a separator on the file’s last line, without a newline after it: no line to put a bilayer on', () => {
    const a = analyze('cell X {\n  anode Li thickness 20 um\n  cathode NCM811 loading 10 mg/cm2\n  separator Li6PS5Cl thickness 30 um }');
    const [d] = only(a, 'anion/mismatch');
    expect('bilayer' in dataOf(d!)).toBe(false);
    expect(d!.message).toMatch(/\. Coat it \(`coated LiNbO3`\) or use an electrolyte compatible with oxides, such as Li7La3Zr2O12\.$/);
  });

  it('the first cathode layer of a cell with two', () => {
    const a = analyze('cell X {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n  cathode LiFePO4 loading 10 mg/cm2\n}\n');
    expect(only(a, 'anion/mismatch').map((d) => dataOf(d).cathode)).toEqual(['NCM811']);
  });

  it('a cathode layer that holds no cathode, or a separator that is no electrolyte: no contact', () => {
    const onElectrolyte = analyze('cell X {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Li3InCl6 loading 10 mg/cm2\n}\n');
    expect(onElectrolyte.diagnostics.filter((d) => d.code.startsWith('anion') || d.code.startsWith('window/ox'))).toEqual([]);
    const onCarbon = analyze('cell X {\n  anode Li thickness 20 um\n  separator VGCF thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n');
    expect(onCarbon.diagnostics.filter((d) => d.code.startsWith('anion') || d.code.startsWith('window/ox'))).toEqual([]);
  });

  it('a voltage range is checked by its top, and the cell’s cutoff beats both', () => {
    const wide = 'material Wide {\n  formula LiCoO2\n  role cathode\n  voltage 2.0 V .. 4.4 V\n}\n';
    const cell = (extra: string) => `${wide}cell X {\n  anode Li thickness 20 um\n  separator Li3InCl6 thickness 30 um\n  cathode Wide loading 10 mg/cm2\n${extra}}\n`;
    expect(dataOf(only(analyze(cell('')), 'window/oxidation')[0]!).upperVoltage).toBe(4.4);
    expect(dataOf(only(analyze(cell('  cutoff 2.5 V .. 4.5 V\n')), 'window/oxidation')[0]!).upperVoltage).toBe(4.5);
    expect(only(analyze(cell('  cutoff 2.5 V .. 4.2 V\n')), 'window/oxidation')).toEqual([]);
  });
});

describe('a cell’s cutoff inside its cathode composite', () => {
  it('an imported composite: shown on the cathode layer, the related electrolyte in its own file, nothing to replace here', () => {
    const a = analyze(
      'import "lib.cell"\ncell X {\n  anode Li thickness 40 um\n  separator Li6PS5Cl thickness 20 um\n  separator LLZTO thickness 30 um\n  cathode K loading 8 mg/cm2\n  cutoff 2.5 V .. 4.5 V\n}\n',
      { files: { '/ws/lib.cell': 'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\n' } },
    );
    const [d] = only(a, 'window/oxidation');
    expect(spanText(a, d!)).toBe('K');
    expect('electrolyteSpan' in dataOf(d!)).toBe(false);
    expect(d!.related).toEqual([{ location: { file: '/ws/lib.cell', span: { start: 32, end: 40 } }, message: '`Li3InCl6` in `K`' }]);
  });

  it('a cathode without a voltage, at the cutoff: checked without failing', () => {
    const a = analyze(
      'composite K {\n  NCM523 70 wt%\n  Li3InCl6 30 wt%\n}\ncell X {\n  anode Li thickness 40 um\n  separator LLZTO thickness 30 um\n  cathode K loading 8 mg/cm2\n  cutoff 2.5 V .. 4.5 V\n}\n',
    );
    expect(only(a, 'internal')).toEqual([]);
  });

  it('a composite’s own electrolyte at the cutoff is one to replace in this file', () => {
    const text = 'composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 27 wt%\n  VGCF 3 wt%\n}\ncell X {\n  anode Li thickness 40 um\n  separator Li6PS5Cl thickness 20 um\n  separator LLZTO thickness 30 um\n  cathode K loading 8 mg/cm2\n  cutoff 2.5 V .. 4.5 V\n}\n';
    const a = analyze(text);
    const [d] = only(a, 'window/oxidation');
    expect(spanText(a, d!)).toBe('K');
    expect(dataOf(d!).electrolyteSpan).toEqual({ start: text.indexOf('Li3InCl6'), end: text.indexOf('Li3InCl6') + 8 });
  });

  it('a single-material cathode at a cutoff: only its separator, at the cutoff', () => {
    const a = analyze('cell X {\n  anode Li thickness 20 um\n  separator Li3InCl6 thickness 30 um\n  cathode LiCoO2 loading 10 mg/cm2\n  cutoff 2.5 V .. 4.5 V\n}\n');
    const found = only(a, 'window/oxidation');
    expect(found.map((d) => [spanText(a, d), dataOf(d).upperVoltage])).toEqual([['Li3InCl6', 4.5]]);
    expect(only(a, 'internal')).toEqual([]);
  });
});

describe('more of who touches whom', () => {
  it('two cathodes in one composite do not touch each other, only its electrolytes', () => {
    const a = analyze('composite K {\n  NCM811 50 wt%\n  TiS2 20 wt%\n  Li3InCl6 30 wt%\n}\n');
    expect(only(a, 'anion/mismatch').map((d) => [dataOf(d).cathode, dataOf(d).electrolyte])).toEqual([['TiS2', 'Li3InCl6']]);
  });

  it('a bilayer goes at the start of the next line, after a comment on the separator’s line', () => {
    const text = 'cell X {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 30 um   # against both\n  cathode NCM811 loading 10 mg/cm2\n}\n';
    const [d] = only(analyze(text), 'anion/mismatch');
    expect(dataOf(d!).bilayer!.insertAt).toEqual({ start: text.indexOf('  cathode'), end: text.indexOf('  cathode') });
    expect(dataOf(d!).bilayer!.indent).toBe('  ');
  });

  it('a layer naming nothing, or a cell without an anode: checked without failing', () => {
    const cell = (anode: string, separator: string) => `cell X {\n${anode}  separator ${separator} thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n`;
    for (const text of [cell('  anode Li thickness 20 um\n', 'Nothing'), cell('  anode Nothing thickness 20 um\n', 'Li6PS5Cl'), cell('', 'Li6PS5Cl')]) {
      expect(only(analyze(text), 'internal'), text).toEqual([]);
    }
    // Without an anode the separator meets none: its candidates are not filtered by one.
    const [d] = only(analyze(cell('', 'Li6PS5Cl')), 'anion/mismatch');
    const slack = DEFAULT_SETTINGS.homoCategoryWindowSlack;
    expect(dataOf(d!).candidates.map((c) => c.name)).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').slice(0, 5).map((c) => c.name));
  });

  it('a composite anode meets the only separator through its anode materials: Li at 0 V filters the candidates', () => {
    const a = analyze('composite A {\n  Li 60 vol%\n  Li6PS5Cl 40 vol%\n}\ncell X {\n  anode A thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n');
    const [d] = only(a, 'anion/mismatch');
    const slack = DEFAULT_SETTINGS.homoCategoryWindowSlack;
    const names = dataOf(d!).candidates.map((c) => c.name);
    expect(names).toEqual(compatibleElectrolytes('oxide', 3.86, slack, [0], 'Li').slice(0, 5).map((c) => c.name));
    expect(names).not.toEqual(compatibleElectrolytes('oxide', 3.86, slack, [], 'Li').slice(0, 5).map((c) => c.name));
  });
});
