import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import type { CellDecl, MaterialDecl, Value } from '../../../grammar/ast';
import {
  cellProperty,
  compositeProperty,
  layerAttribute,
  materialProperty,
  type PropertySpec,
} from '../../../server/src/core/schema/properties';
import { readComponentFraction, readPropertyValue, readQuantity } from '../../../server/src/core/units/read-value';
import { formulaValue, name, nameValue, quantity, range, stringValue } from './ast-builders';

const material = (key: string): PropertySpec => materialProperty(key)!;

/** Reads `key value` as on a line where the key starts at 0 and the value at column 11. */
function read(spec: PropertySpec, value: Value | undefined) {
  return readPropertyValue(spec, value, name(spec.key, 0));
}

describe('a value in the wrong dimension (unit/dimension)', () => {
  it('reports `capacity 3 V` of mistakes.cell: a voltage is not a specific capacity', () => {
    const value = quantity('3', 'V', 11);
    const result = read(material('capacity'), value);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'unit/dimension', severity: 'error', span: { start: 11, end: 14 } });
    expect(d!.message).toBe('`capacity` expects a specific capacity (mAh/g, Ah/kg), but `3 V` is a voltage');
    expect(d!.data).toMatchObject({ expected: ['mAh/g', 'Ah/kg'], unitSpan: { start: 13, end: 14 } });
  });

  it('reports a mass fraction given as porosity: pores are a volume, not a mass', () => {
    const [d] = read(compositeProperty('porosity')!, quantity('10', 'wt%', 11)).diagnostics;
    expect(d?.code).toBe('unit/dimension');
    expect(d?.message).toBe('`porosity` expects a volume fraction (vol%), but `10 wt%` is a mass fraction');
  });

  it('names both accepted kinds of rate: a C-rate or a current density', () => {
    const [d] = read(cellProperty('rate')!, quantity('1', 'V', 11)).diagnostics;
    expect(d?.message).toBe('`rate` expects a C-rate (C) or a current density (mA/cm2), but `1 V` is a voltage');
  });

  it('asks for the unit when a capacity of 250 is written without one', () => {
    const value = quantity('250', undefined, 11);
    const [d] = read(material('capacity'), value).diagnostics;
    expect(d?.code).toBe('unit/dimension');
    expect(d?.message).toMatch(/^`250` needs a unit: mAh\/g or Ah\/kg/);
    expect(d?.data).toEqual({ expected: ['mAh/g', 'Ah/kg'], numberSpan: { start: 11, end: 14 } });
  });

  it('refuses a unit on electrons, a plain count per formula unit', () => {
    const [d] = read(material('electrons'), quantity('2', 'e', 11)).diagnostics;
    expect(d?.code).toBe('unit/dimension');
    expect(d?.message).toBe('`electrons` is a plain number and takes no unit: write `2`');
    expect(d?.data).toMatchObject({ expected: [], unitSpan: { start: 13, end: 14 } });
  });

  it('turns a percolation threshold written as 16 vol% into the fraction 0.16 it means', () => {
    const [d] = read(material('percolation'), quantity('16', 'vol%', 12)).diagnostics;
    expect(d?.message).toBe('`percolation` is a plain number and takes no unit: write `0.16` for 16 vol%');
    expect(d?.data).toMatchObject({ replacement: { span: { start: 12, end: 19 }, text: '0.16' } });
  });
});

describe('an unknown unit (unit/unknown)', () => {
  it('marks the unit itself and suggests the right case: mah/g is mAh/g', () => {
    const value = quantity('250', 'mah/g', 11);
    const [d] = read(material('capacity'), value).diagnostics;
    expect(d).toMatchObject({ code: 'unit/unknown', span: { start: 15, end: 20 }, data: { suggestions: ['mAh/g'] } });
    expect(d?.message).toBe('unknown unit `mah/g`: did you mean `mAh/g`? `capacity` takes mAh/g or Ah/kg');
  });

  it('takes a separator thickness written in µm or μm as micrometres, like um', () => {
    for (const micrometre of ['\u00b5m', '\u03bcm']) {
      const result = read(layerAttribute('thickness')!, quantity('30', micrometre, 30));
      expect(result.diagnostics, micrometre).toEqual([]);
      expect(result.value, micrometre).toMatchObject({ value: 30, dimension: 'length' });
    }
  });

  it('still names a micro unit that does not exist (µA/cm2 is not in §3)', () => {
    const [d] = read(cellProperty('rate')!, quantity('30', '\u00b5A/cm2', 11)).diagnostics;
    expect(d).toMatchObject({ code: 'unit/unknown' });
  });

  it('still lists the accepted units when nothing is close', () => {
    const [d] = read(material('ionic'), quantity('0.2', 'furlong', 11)).diagnostics;
    expect(d?.message).toBe('unknown unit `furlong`; `ionic` takes S/cm, mS/cm, uS/cm or S/m');
    expect(d?.data).toEqual({ suggestions: [] });
  });

  it('converts a unit of another scale instead of swapping the symbol: 3.86 Ah/g is 3860 mAh/g', () => {
    const [d] = read(material('capacity'), quantity('3.86', 'Ah/g', 11)).diagnostics;
    expect(d?.code).toBe('unit/unknown');
    expect(d?.message).toContain('`3.86 Ah/g` is `3860 mAh/g`');
    expect(d?.data).toEqual({ suggestions: [], replacement: { span: { start: 11, end: 20 }, text: '3860 mAh/g' } });
  });
});

describe('physically impossible values (value/range)', () => {
  it('rejects the negative separator of mistakes.cell: `thickness -30 um`', () => {
    const result = read(layerAttribute('thickness')!, quantity('-30', 'um', 30));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'value/range',
        span: { start: 30, end: 36 },
        message: '`thickness` must be greater than 0 um, got -30 um',
      }),
    ]);
  });

  it('states the limit in the unit the user wrote: a density over 25 g/cm3 in kg/m3', () => {
    const [d] = read(material('density'), quantity('30000', 'kg/m3', 11)).diagnostics;
    expect(d?.message).toBe(
      '`density` must be greater than 0 kg/m3 and less than 25000 kg/m3, got 30000 kg/m3 (osmium, the densest element, is 22.6 g/cm3)',
    );
  });

  it('rejects zero conductivity and says how to write an insulator', () => {
    const [d] = read(material('electronic'), quantity('0', 'mS/cm', 11)).diagnostics;
    expect(d?.code).toBe('value/range');
    expect(d?.message).toContain('write a small value such as 1e-8 mS/cm');
  });

  it('rejects a porosity of 100 vol%: the layer would have no solid', () => {
    const [d] = read(compositeProperty('porosity')!, quantity('100', 'vol%', 11)).diagnostics;
    expect(d?.message).toBe('`porosity` must be at least 0 vol% and less than 100 vol%, got 100 vol% (a layer needs some solid)');
  });

  it('rejects a percolation threshold of 16 and says it is a fraction', () => {
    const [d] = read(material('percolation'), quantity('16', undefined, 12)).diagnostics;
    expect(d?.message).toBe(
      '`percolation` must be greater than 0 and at most 1, got 16 (a fraction of the solid volume between 0 and 1: 29 vol% is 0.29)',
    );
  });

  it('rejects a negative voltage vs Li/Li+, but accepts lithium metal at 0 V', () => {
    expect(read(material('voltage'), quantity('-0.2', 'V', 11)).diagnostics[0]?.code).toBe('value/range');
    expect(read(material('voltage'), quantity('0', 'V', 11))).toEqual({
      value: { kind: 'number', value: 0, dimension: 'voltage' },
      diagnostics: [],
    });
  });

  it('rejects a cutoff of 43 V, a slip for 4.3 V', () => {
    const [d] = read(cellProperty('cutoff')!, range(['2.5', 'V'], ['43', 'V'], 11)).diagnostics;
    expect(d?.code).toBe('value/range');
    expect(d?.message).toMatch(/^`cutoff` must be between 0 and 10 V, got 43 V/);
  });
});

describe('well-formed values in canonical units', () => {
  it('reads LTG’s voltage of 2.55 V', () => {
    expect(read(material('voltage'), quantity('2.55', 'V', 11)).value).toEqual({ kind: 'number', value: 2.55, dimension: 'voltage' });
  });

  it('reads a Li–In anode potential written in mV as volts', () => {
    expect(read(material('voltage'), quantity('620', 'mV', 11)).value).toEqual({ kind: 'number', value: 0.62, dimension: 'voltage' });
  });

  it('reads LTG’s electronic conductivity range of 242–412 mS/cm, even with one end in S/cm', () => {
    const result = read(material('electronic'), range(['0.242', 'S/cm'], ['412', 'mS/cm'], 11));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({ kind: 'range', low: 242, high: 412, dimension: 'conductivity' });
  });

  it('reads LTG’s ionic conductivity as a single value or a range', () => {
    expect(read(material('ionic'), quantity('0.22', 'mS/cm', 11)).value).toEqual({ kind: 'number', value: 0.22, dimension: 'conductivity' });
    expect(read(material('ionic'), range(['0.22', 'mS/cm'], ['0.66', 'mS/cm'], 11)).value).toMatchObject({ low: 0.22, high: 0.66 });
  });

  it('reads electrons and percolation as bare numbers', () => {
    expect(read(material('electrons'), quantity('1', undefined, 11)).value).toEqual({ kind: 'number', value: 1, dimension: 'dimensionless' });
    expect(read(material('percolation'), quantity('0.16', undefined, 12)).value).toMatchObject({ value: 0.16 });
  });

  it('reads a 10 vol% porosity as the fraction 0.1', () => {
    expect(read(compositeProperty('porosity')!, quantity('10', 'vol%', 11)).value).toMatchObject({ value: 0.1, dimension: 'volumeFraction' });
  });

  it('reads a rate as a C-rate or a current density, keeping which', () => {
    expect(read(cellProperty('rate')!, quantity('0.5', 'C', 11)).value).toMatchObject({ value: 0.5, dimension: 'cRate' });
    expect(read(cellProperty('rate')!, quantity('0.64', 'mA/cm2', 11)).value).toMatchObject({ value: 0.64, dimension: 'currentDensity' });
  });

  it('reads a 15 mg/cm2 loading and a 60 um thickness', () => {
    expect(read(layerAttribute('loading')!, quantity('15', 'mg/cm2', 30)).value).toMatchObject({ value: 15 });
    expect(read(layerAttribute('thickness')!, quantity('0.06', 'mm', 30)).value).toMatchObject({ value: 60, dimension: 'length' });
  });
});

describe('ranges', () => {
  it('read the argyrodite window 1.71 V .. 2.01 V', () => {
    const result = read(material('window'), range(['1.71', 'V'], ['2.01', 'V'], 11));
    expect(result).toEqual({ value: { kind: 'range', low: 1.71, high: 2.01, dimension: 'voltage' }, diagnostics: [] });
  });

  it('let the unit after the high end count for both, as papers write `2.5–4.3 V`', () => {
    expect(read(cellProperty('cutoff')!, range(['2.5'], ['4.3', 'V'], 11)).value).toEqual({
      kind: 'range',
      low: 2.5,
      high: 4.3,
      dimension: 'voltage',
    });
  });

  it('the same from a parsed document, for a cell’s cutoff and a material’s voltage', () => {
    const text = 'material M {\n  voltage 1.7 .. 2.3 V\n}\ncell C {\n  cutoff 2.5 .. 4.3 V\n}\n';
    const [m, c] = parse(text).document.declarations as [MaterialDecl, CellDecl];
    const voltage = m.properties[0]!;
    expect(readPropertyValue(material('voltage'), voltage.value, voltage.key).value).toEqual({ kind: 'range', low: 1.7, high: 2.3, dimension: 'voltage' });
    const cutoff = c.properties[0]!;
    expect(readPropertyValue(cellProperty('cutoff')!, cutoff.value, cutoff.key)).toEqual({ value: { kind: 'range', low: 2.5, high: 4.3, dimension: 'voltage' }, diagnostics: [] });
  });

  it('report a cutoff written high end first, with the swapped range as the fix', () => {
    const value = range(['4.3', 'V'], ['2.5', 'V'], 11);
    const result = read(cellProperty('cutoff')!, value);
    expect(result.value).toBeUndefined();
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'value/range', span: value.span });
    expect(d?.message).toBe('`cutoff` is written high end first (`4.3 V .. 2.5 V`): the low end comes first, `2.5 V .. 4.3 V`');
    expect(d?.data).toEqual({ replacement: { span: value.span, text: '2.5 V .. 4.3 V' } });
  });

  it('report an unknown unit once when it is written once for both ends', () => {
    const result = read(cellProperty('cutoff')!, range(['2.5'], ['4.3', 'v'], 11));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unit/unknown']);
    expect(result.diagnostics[0]?.data).toEqual({ suggestions: ['V'] });
  });

  it('say nothing about a range the parser left without its high end (the parser reported it)', () => {
    expect(read(material('window'), range(['1.7', 'V'], undefined, 11))).toEqual({ diagnostics: [] });
  });

  it('are required for a window: one voltage is not a stability window', () => {
    const [d] = read(material('window'), quantity('4.2', 'V', 11)).diagnostics;
    expect(d?.code).toBe('syntax');
    expect(d?.message).toBe('`window` expects a range, low end first, such as `1.7 V .. 2.3 V`, not the single value `4.2 V`');
  });

  it('are accepted for a voltage (Table 1 gives LiTiS2 as 2.2–2.3 V)', () => {
    expect(read(material('voltage'), range(['2.2', 'V'], ['2.3', 'V'], 11)).value).toMatchObject({ kind: 'range', low: 2.2, high: 2.3 });
  });

  it('are refused for a single-valued key such as capacity', () => {
    const [d] = read(material('capacity'), range(['190', 'mAh/g'], ['200', 'mAh/g'], 11)).diagnostics;
    expect(d?.code).toBe('syntax');
    expect(d?.message).toContain('a single value rather than a range');
  });
});

describe('names, strings and formulas', () => {
  it('accept the role cathode and the interphase passivating', () => {
    expect(read(material('role'), nameValue('cathode', 11)).value).toEqual({ kind: 'name', text: 'cathode' });
    expect(read(material('interphase'), nameValue('passivating', 11)).value).toEqual({ kind: 'name', text: 'passivating' });
  });

  it('report the role `cathdoe` as syntax, with `cathode` as the quick fix', () => {
    const [d] = read(material('role'), nameValue('cathdoe', 11)).diagnostics;
    expect(d).toMatchObject({ code: 'syntax', span: { start: 11, end: 18 }, data: { suggestions: ['cathode'] } });
    expect(d?.message).toBe(
      '`cathdoe` is not a valid `role`: did you mean `cathode`? (one of cathode, electrolyte, anode, carbon, binder, coating or collector)',
    );
  });

  it('offer every interphase kind when the word is nothing like one', () => {
    const [d] = read(material('interphase'), nameValue('stable', 11)).diagnostics;
    expect(d?.data).toEqual({ suggestions: ['passivating', 'mixed'] });
  });

  it('read a quoted source, and ask for quotes around an unquoted one', () => {
    expect(read(material('source'), stringValue('review Table 1, ref. 24', 11)).value).toEqual({
      kind: 'string',
      text: 'review Table 1, ref. 24',
    });
    const [d] = read(material('source'), nameValue('Kamaya2011', 11)).diagnostics;
    expect(d).toMatchObject({ code: 'syntax', data: { suggestions: ['"Kamaya2011"'] } });
  });

  it('pass the LTG formula through raw, with its span, for the formula engine', () => {
    const value = formulaValue('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 11);
    expect(read(material('formula'), value).value).toEqual({ kind: 'formula', text: value.text, span: value.span });
  });

  it('report a word where a voltage belongs, with an example of one', () => {
    const [d] = read(material('voltage'), nameValue('high', 11)).diagnostics;
    expect(d?.message).toBe('`voltage` expects a voltage such as `2.55 V`, or a range of two');
  });
});

describe('a property line without a value', () => {
  it('gives no value and no second diagnostic: the parser already reported it', () => {
    expect(read(material('voltage'), undefined)).toEqual({ diagnostics: [] });
  });
});

describe('readQuantity on its own', () => {
  it('converts 0.5 um-thick LiNbO3 coating written in nm', () => {
    expect(readQuantity(quantity('500', 'nm'), ['length'], '`coating`')).toEqual({
      value: { value: 0.5, dimension: 'length' },
      diagnostics: [],
    });
  });

  it('starts its messages with the label it is given', () => {
    const [d] = readQuantity(quantity('3', 'V'), ['specificCapacity'], 'the capacity of `LTG`').diagnostics;
    expect(d?.message).toBe('the capacity of `LTG` expects a specific capacity (mAh/g, Ah/kg), but `3 V` is a voltage');
  });
});

describe('composite component fractions', () => {
  it('read NCM811 at 70 wt% as the mass fraction 0.7', () => {
    expect(readComponentFraction(quantity('70', 'wt%', 13), name('NCM811', 2))).toEqual({
      value: { value: 0.7, dimension: 'massFraction' },
      diagnostics: [],
    });
  });

  it('read Li6PS5Cl at 48 vol% as a volume fraction', () => {
    expect(readComponentFraction(quantity('48', 'vol%', 13), name('Li6PS5Cl', 2)).value).toEqual({ value: 0.48, dimension: 'volumeFraction' });
  });

  it('reject a fraction over 100 %', () => {
    const [d] = readComponentFraction(quantity('120', 'wt%', 13), name('NCM811', 2)).diagnostics;
    expect(d?.code).toBe('value/range');
    expect(d?.message).toBe('the fraction of `NCM811` must be between 0 and 100 wt%, got 120 wt%');
  });

  it('ask for wt% or vol% after a bare number', () => {
    const [d] = readComponentFraction(quantity('70', undefined, 13), name('NCM811', 2)).diagnostics;
    expect(d?.code).toBe('unit/dimension');
    expect(d?.message).toMatch(/^`70` needs a unit: wt% or vol%/);
  });
});
