import { describe, expect, it } from 'vitest';
import { ELEMENTS, elementBySymbol } from '../../../server/src/core/chemistry/elements';

describe('the element table', () => {
  it('holds all 118 elements in order of atomic number, each symbol once', () => {
    expect(ELEMENTS).toHaveLength(118);
    ELEMENTS.forEach((element, i) => expect(element.z).toBe(i + 1));
    expect(new Set(ELEMENTS.map((e) => e.symbol)).size).toBe(118);
    expect(elementBySymbol('Og')?.name).toBe('Oganesson');
  });

  it('uses the IUPAC 2021 abridged standard atomic weights that molar masses are checked against', () => {
    const expected: Record<string, number> = {
      H: 1.008, Li: 6.94, B: 10.81, C: 12.011, N: 14.007, O: 15.999, F: 18.998, Al: 26.982, Si: 28.085,
      P: 30.974, S: 32.06, Cl: 35.45, Ti: 47.867, V: 50.942, Mn: 54.938, Fe: 55.845, Co: 58.933,
      Ni: 58.693, Cu: 63.546, Ge: 72.63, Se: 78.971, Br: 79.904, Y: 88.906, Zr: 91.224, Nb: 92.906,
      In: 114.82, Sn: 118.71, I: 126.9, La: 138.91, Ta: 180.95, Pb: 207.2,
    };
    for (const [symbol, weight] of Object.entries(expected)) expect(elementBySymbol(symbol)?.atomicWeight, symbol).toBe(weight);
  });

  it('gives elements without stable isotopes the mass number of their longest-lived isotope', () => {
    expect(elementBySymbol('Tc')).toMatchObject({ atomicWeight: 97, hasStandardWeight: false });
    expect(elementBySymbol('Po')).toMatchObject({ atomicWeight: 209, hasStandardWeight: false });
    expect(elementBySymbol('U')).toMatchObject({ atomicWeight: 238.03, hasStandardWeight: true });
  });

  it("takes the union of pymatgen's common and ICSD oxidation states: Ni reaches +3 and +4, S has −1", () => {
    expect(elementBySymbol('Ni')?.oxidationStates).toEqual([1, 2, 3, 4]);
    expect(elementBySymbol('S')?.oxidationStates).toEqual([-2, -1, 2, 4, 6]);
    expect(elementBySymbol('Co')?.oxidationStates).toEqual([1, 2, 3, 4]);
    expect(elementBySymbol('O')?.oxidationStates).toEqual([-2]);
    expect(elementBySymbol('Li')?.oxidationStates).toEqual([1]);
  });

  it('lists no oxidation state for the noble gases He, Ne and Ar, nor a Pauling electronegativity', () => {
    for (const symbol of ['He', 'Ne', 'Ar']) {
      expect(elementBySymbol(symbol)?.oxidationStates).toEqual([]);
      expect(elementBySymbol(symbol)?.paulingElectronegativity).toBeUndefined();
    }
  });

  it('has a Pauling electronegativity for every element that has oxidation states', () => {
    for (const element of ELEMENTS) {
      if (element.oxidationStates.length > 0) expect(element.paulingElectronegativity, element.symbol).toBeGreaterThan(0);
    }
    expect(elementBySymbol('F')?.paulingElectronegativity).toBe(3.98);
    expect(elementBySymbol('Li')?.paulingElectronegativity).toBe(0.98);
  });

  it('starts cathode transition metals at the states chemists write: Co+3, Mn+4, Fe+2, Ni+2', () => {
    expect(elementBySymbol('Co')?.referenceCationState).toBe(3);
    expect(elementBySymbol('Mn')?.referenceCationState).toBe(4);
    expect(elementBySymbol('Fe')?.referenceCationState).toBe(2);
    expect(elementBySymbol('Ni')?.referenceCationState).toBe(2);
    expect(elementBySymbol('P')?.referenceCationState).toBe(5);
  });

  it('keeps every reference cation state among the known states', () => {
    for (const element of ELEMENTS) {
      if (element.referenceCationState !== undefined) expect(element.oxidationStates, element.symbol).toContain(element.referenceCationState);
    }
  });
});
