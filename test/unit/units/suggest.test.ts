import { describe, expect, it } from 'vitest';
import { foreignUnit, suggestUnits } from '../../../server/src/core/units/suggest';

describe('suggestions for a unit Cellspec does not know', () => {
  it('fix the case: v is V, mah/g is mAh/g, Mpa is MPa', () => {
    expect(suggestUnits('v')).toEqual(['V']);
    expect(suggestUnits('mah/g')).toEqual(['mAh/g']);
    expect(suggestUnits('Mpa')).toEqual(['MPa']);
  });

  it('turn µM and μM (micro signs, wrong case) into um', () => {
    expect(suggestUnits('µM')).toEqual(['um']);
    expect(suggestUnits('μM')).toEqual(['um']);
  });

  it('read the way papers write units: mScm, mS cm-1, mS·cm⁻¹, cm²/s, g cm-3', () => {
    expect(suggestUnits('mScm')).toEqual(['mS/cm']);
    expect(suggestUnits('mS cm-1')).toEqual(['mS/cm']);
    expect(suggestUnits('mS·cm⁻¹')).toEqual(['mS/cm']);
    expect(suggestUnits('cm²/s')).toEqual(['cm2/s']);
    expect(suggestUnits('g cm-3')).toEqual(['g/cm3']);
    expect(suggestUnits('wt.%')).toEqual(['wt%']);
  });

  it('catch a typo: mAh/gm is mAh/g', () => {
    expect(suggestUnits('mAh/gm')).toEqual(['mAh/g']);
  });

  it('let the key settle an ambiguous typo: mg/cm is mg/cm2 for a loading, but could be mS/cm anywhere', () => {
    expect(suggestUnits('mg/cm', ['arealLoading'])).toEqual(['mg/cm2']);
    expect(suggestUnits('mg/cm')).toEqual(expect.arrayContaining(['mg/cm2', 'mS/cm']));
  });

  it('offer both fractions for a bare %', () => {
    expect(suggestUnits('%', ['massFraction', 'volumeFraction'])).toEqual(['wt%', 'vol%']);
    expect(suggestUnits('%', ['volumeFraction'])).toEqual(['vol%']);
  });

  it('only offer units the key accepts: mah/g is no help for a voltage', () => {
    expect(suggestUnits('mah/g', ['voltage'])).toEqual([]);
    expect(suggestUnits('mv', ['voltage'])).toEqual(['mV']);
  });

  it('do not guess from a single stray letter', () => {
    expect(suggestUnits('x')).toEqual([]);
  });

  it('never swap a unit of another scale for a unit of §3: Ah/g is not mAh/g', () => {
    expect(suggestUnits('Ah/g')).toEqual([]);
    expect(suggestUnits('kPa')).toEqual([]);
    expect(foreignUnit('Ah/g')).toMatchObject({ dimension: 'specificCapacity', toCanonical: 1000 });
    expect(foreignUnit('kPa')).toMatchObject({ dimension: 'pressure', toCanonical: 1e-3 });
    expect(foreignUnit('mAh/g')).toBeUndefined();
  });
});
