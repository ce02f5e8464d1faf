import { describe, expect, it } from 'vitest';
import { analyzeFormula } from '../../../server/src/core/formula/analyze';

describe('the one-formula report of `cellspec formula --format json`', () => {
  it('reports LiCoO2 as a balanced oxide with its assignment, molar mass and capacity per electron', () => {
    expect(analyzeFormula('LiCoO2')).toEqual({
      input: 'LiCoO2',
      valid: true,
      elements: { Li: 1, Co: 1, O: 2 },
      molarMass: 97.871,
      anionClass: 'oxide',
      chargeBalanced: true,
      oxidationStates: { Li: 1, Co: 3, O: -2 },
      capacityPerElectron: 273.845,
    });
  });

  it('lists the LTG elements multiplied out, in the order they were written', () => {
    const report = analyzeFormula('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3');
    expect(Object.keys(report.elements)).toEqual(['Li', 'Ti', 'Ge', 'P', 'S', 'Se']);
    expect(report.elements.S).toBe(11.4);
    expect(report.molarMass).toBe(644.9096);
    expect(report.anionClass).toBe('sulfide');
  });

  it('marks Li3NiS4 as balanced only through anion redox', () => {
    const report = analyzeFormula('Li3NiS4');
    expect(report.chargeBalanced).toBe(true);
    expect(report.anionRedox).toBe(true);
    expect(report.oxidationStates!.S).toBeGreaterThan(-2);
  });

  it('names the kind of anion redox and the new anion classes in its JSON', () => {
    expect(analyzeFormula('Li3NiS4')).toMatchObject({ anionRedox: true, anionRedoxKind: 'chalcogen' });
    const superoxide = analyzeFormula('KO2');
    expect(superoxide).toMatchObject({ chargeBalanced: true, anionRedox: true, anionRedoxKind: 'catenated', anionClass: 'oxide' });
    expect(superoxide.chargeNote).toContain('superoxide');
    expect(analyzeFormula('Li2S4')).toMatchObject({ anionRedoxKind: 'catenated', anionClass: 'sulfide' });
    expect(analyzeFormula('K2FeO4')).toMatchObject({ chargeBalanced: true, oxidationStates: { K: 1, Fe: 6, O: -2 } });
    expect(analyzeFormula('K2FeO4')).not.toHaveProperty('anionRedox');
    expect(analyzeFormula('Li2B12H12').anionClass).toBe('hydroborate');
    expect(analyzeFormula('LiBH4')).toMatchObject({ anionClass: 'hydroborate', chargeBalanced: true });
    expect(analyzeFormula('Na2MnFe(CN)6').anionClass).toBe('cyanide');
    expect(analyzeFormula('Li3P').anionClass).toBe('phosphide');
    expect(analyzeFormula('CuSO4·5H2O')).toMatchObject({ valid: true, molarMass: 249.677, chargeBalanced: true });
  });

  it('adds a site note for a layered oxide whose metal amounts do not fill the M site, and none otherwise', () => {
    expect(analyzeFormula('LiNi0.88Co0.09Mn0.09O2').siteNote).toContain('add up to 1.06');
    expect(analyzeFormula('LiNi0.8Co0.1Mn0.1O2')).not.toHaveProperty('siteNote');
  });

  it('reports LiCoO3 as not balanced and shows no assignment', () => {
    const report = analyzeFormula('LiCoO3');
    expect(report.valid).toBe(true);
    expect(report.chargeBalanced).toBe(false);
    expect(report).not.toHaveProperty('oxidationStates');
    expect(report).not.toHaveProperty('anionRedox');
  });

  it('gives the Li–In alloy anode null for charge balance: metals are not charge-checked', () => {
    const report = analyzeFormula('LiIn');
    expect(report.chargeBalanced).toBeNull();
    expect(report.anionClass).toBe('none');
    expect(report.molarMass).toBe(121.76);
  });

  it('keeps every key for an invalid formula, with the error and nulls for what cannot be computed', () => {
    expect(analyzeFormula('LI2S')).toEqual({
      input: 'LI2S',
      valid: false,
      error: { code: 'formula/element', message: "'L' is not an element symbol; did you mean Li2S?", start: 0, end: 1, suggestion: 'Li2S' },
      elements: {},
      molarMass: null,
      anionClass: null,
      chargeBalanced: null,
      capacityPerElectron: null,
    });
  });

  it('leaves out the suggestion key when there is none', () => {
    const report = analyzeFormula('Li2S!');
    expect(report.error).toEqual({ code: 'formula/syntax', message: "unexpected character '!' in a formula", start: 4, end: 5 });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    const report = analyzeFormula('Li6PS5Cl');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
