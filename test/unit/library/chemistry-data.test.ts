import { describe, it, expect } from 'vitest';
import { bounds, loadLibrary, nominalValue } from '../../../server/src/core/library';

describe('the library’s chemistry, as the checks will read it', () => {
  const library = loadLibrary();

  it('sulfide windows are the computed (thermodynamic) ones of Zhu15', () => {
    expect(library.lookup('LPSCl')?.window).toEqual(expect.objectContaining({ low: 1.71, high: 2.01, method: 'computed', source: 'Zhu15' }));
    expect(library.lookup('LGPS')?.window).toEqual(expect.objectContaining({ low: 1.71, high: 2.14, method: 'computed' }));
  });

  it('Li6PS5Cl’s measured window is wider than its computed one', () => {
    const computed = library.lookup('Li6PS5Cl')!.window!;
    const measured = library.lookup('Li6PS5Cl')!.windowExperimental!;
    expect(measured).toEqual(expect.objectContaining({ method: 'experimental', source: 'Acc21' }));
    expect(measured.low!).toBeLessThan(computed.low!);
    expect(measured.high!).toBeGreaterThan(computed.high!);
  });

  it('Li3InCl6 ships its oxidation limit but no unverified reduction limit (only the anode known to reduce it)', () => {
    const window = library.lookup('Li3InCl6')!.window!;
    expect(window.high).toBe(4.3);
    expect(window.low).toBeUndefined();
  });

  it('Li6PS5Cl passivates against Li metal; Li3YCl6, Li3InCl6 and LGPS do not', () => {
    expect(library.lookup('Li6PS5Cl')?.interphase).toMatchObject({ value: 'passivating', source: 'Wang21' });
    expect(library.lookup('Li3YCl6')?.interphase).toMatchObject({ value: 'mixed', source: 'Wang21' });
    expect(library.lookup('Li3InCl6')?.interphase?.value).toBe('mixed');
    expect(library.lookup('Li10GeP2S12')?.interphase).toMatchObject({ value: 'mixed', source: 'Wenzel16' });
  });

  it('Li3InCl6 and Li2.5Y0.5Zr0.5Cl6 are reduced at In/InLi, the anode that sits at Li–In’s own 0.62 V', () => {
    for (const name of ['Li3InCl6', 'Li2.5Y0.5Zr0.5Cl6']) {
      expect(library.lookup(name)?.reducedAt, name).toMatchObject({ value: 0.62, anode: 'In/InLi', source: 'Kochetkov22' });
      expect(library.lookup(name)?.interphase?.value, name).toBe('mixed');
    }
    expect(library.lookup('Li3InCl6')!.reducedAt!.value).toBe(library.lookup('Li-In')!.voltage!.value);
  });

  it('Li2TiS3 and Li3NbS4: the measured capacities are their 2.5 and 3.5 electrons per formula unit (within 1 %)', () => {
    const faraday = 26801.5; // mAh/mol
    for (const [name, molarMass] of [['Li2TiS3', 2 * 6.94 + 47.867 + 3 * 32.06], ['Li3NbS4', 3 * 6.94 + 92.906 + 4 * 32.06]] as const) {
      const entry = library.lookup(name)!;
      const theoretical = (entry.electrons!.value * faraday) / molarMass;
      expect(Math.abs(theoretical / nominalValue(entry.capacity!) - 1), name).toBeLessThan(0.01);
      expect(entry.voltage?.value, name).toBe(2.2);
    }
  });

  it('anode potentials: Li at 0 V, Li–In at 0.62 V, Li4Ti5O12 at 1.55 V vs Li/Li+', () => {
    expect(library.lookup('Li')?.voltage?.value).toBe(0);
    expect(library.lookup('Li-In')?.voltage).toMatchObject({ value: 0.62, source: 'Jung18cell' });
    expect(library.lookup('LTO')?.voltage).toMatchObject({ value: 1.55, source: 'Julien24' });
  });

  it.each([
    ['LiCoO2', 1],
    ['NCM811', 1],
    ['LiFePO4', 1],
    ['LiMn2O4', 1],
    ['FeCl3', 1],
    ['VCl3', 1],
    ['Li2FeCl4_cubic', 1],
    ['Li2VCl4', 1],
    ['Li3TiCl6', 1],
    ['TiS2', 1],
    ['Li2S', 2],
    ['S8', 16],
  ])('%s transfers %i electrons per formula unit', (name, electrons) => {
    expect(library.lookup(name)?.electrons?.value).toBe(electrons);
  });

  it('roles: cathodes, electrolytes, coatings, anodes, carbons, binders and collectors are all present', () => {
    const roles = new Set(library.all().map((m) => m.role));
    expect([...roles].sort()).toEqual(['anode', 'binder', 'carbon', 'cathode', 'coating', 'collector', 'electrolyte']);
    expect(library.lookup('LiNbO3')?.role).toBe('coating');
    expect(library.lookup('PVDF')?.formula).toBe('C2H2F2');
    expect(library.lookup('PTFE')?.formula).toBe('C2F4');
    expect(library.lookup('stainless steel')?.formula).toBeUndefined();
  });

  it('the C65 percolation threshold in Li6PS5Cl (~4 wt%) is stored as the volume fraction the authors give', () => {
    expect(library.lookup('C65')?.percolation).toMatchObject({ value: 0.046, source: 'MDPI23' });
  });

  it('carbons carry the conductivity of a pressed network, not of one fibre', () => {
    expect(library.lookup('VGCF')?.electronic).toMatchObject({ value: 80000, source: 'Endo01' });
    expect(library.lookup('VGCF')?.percolation?.value).toBeLessThan(0.05);
    expect(library.lookup('C65')?.electronic).toMatchObject({ value: 200, source: 'MDPI23' });
  });

  it('a range stands for the geometric mean of its ends, a value for itself', () => {
    const lfp = library.lookup('LiFePO4')!;
    expect(nominalValue(lfp.diffusivity!)).toBeCloseTo(1e-16, 20);
    expect(nominalValue(lfp.electronic!)).toBe(1e-6);
    expect(bounds(library.lookup('LTG')!.ionic!)).toEqual({ low: 0.22, high: 0.66 });
    expect(bounds(lfp.electronic!)).toEqual({ low: 1e-6, high: 1e-6 });
  });
});
