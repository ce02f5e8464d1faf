import { describe, it, expect } from 'vitest';
import { CELL_NAME_PATTERN, loadLibrary } from '../../../server/src/core/library';

/** What users write in `.cell` files and papers, and the entry it must reach. */
const ALIASES: readonly (readonly [string, string])[] = [
  ['NCM811', 'NCM811'],
  ['NMC811', 'NCM811'],
  ['NCM622', 'NCM622'],
  ['NMC622', 'NCM622'],
  ['NCM523', 'NCM523'],
  ['NCA', 'NCA'],
  ['LCO', 'LiCoO2'],
  ['LFP', 'LiFePO4'],
  ['LMO', 'LiMn2O4'],
  ['LNMO', 'LiNi0.5Mn1.5O4'],
  ['LPSCl', 'Li6PS5Cl'],
  ['LPSBr', 'Li6PS5Br'],
  ['LGPS', 'Li10GeP2S12'],
  ['LPS', 'Li3PS4'],
  ['β-Li3PS4', 'Li3PS4'],
  ['LSPSCl', 'Li9.54Si1.74P1.44S11.7Cl0.3'],
  ['LYC', 'Li3YCl6'],
  ['LYB', 'Li3YBr6'],
  ['LIC', 'Li3InCl6'],
  ['LZC', 'Li2ZrCl6'],
  ['LSC', 'Li3ScCl6'],
  ['LEC', 'Li3ErCl6'],
  ['LLZO', 'Li7La3Zr2O12'],
  ['LLZTO', 'Li6.4La3Zr1.4Ta0.6O12'],
  ['Ta-LLZO', 'Li6.4La3Zr1.4Ta0.6O12'],
  ['LATP', 'Li1.3Al0.3Ti1.7(PO4)3'],
  ['LLTO', 'Li0.33La0.56TiO3'],
  ['LNOC', 'LiNbOCl4'],
  ['LTOC', 'LiTaOCl4'],
  ['LTO', 'Li4Ti5O12'],
  ['LTG', 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3'],
  ['LiIn', 'LiIn'],
  ['Li–In', 'LiIn'],
  ['Li-In', 'LiIn'],
  ['SuperP', 'SuperP'],
  ['Super P', 'SuperP'],
  ['C65', 'SuperP'],
  ['VGCF', 'VGCF'],
  ['stainless', 'SS'],
  ['SS', 'SS'],
  ['Al', 'Al'],
  ['Cu', 'Cu'],
  ['Li', 'Li'],
];

describe('names and aliases resolve to library entries', () => {
  const library = loadLibrary();

  it.each(ALIASES)('%s resolves to %s', (written, name) => {
    expect(library.lookup(written)?.name).toBe(name);
  });

  it('a formula written out in full reaches its named entry (LiNi0.8Co0.1Mn0.1O2 is NCM811)', () => {
    expect(library.lookup('LiNi0.8Co0.1Mn0.1O2')?.name).toBe('NCM811');
  });

  it('a miscased alias falls back to a case-insensitive match', () => {
    expect(library.lookup('lpscl')?.name).toBe('Li6PS5Cl');
    expect(library.lookup('ncm811')?.name).toBe('NCM811');
    expect(library.lookup('vgcf')?.name).toBe('VGCF');
  });

  it('an unknown name resolves to nothing', () => {
    expect(library.lookup('NCM911')).toBeUndefined();
    expect(library.lookup('')).toBeUndefined();
  });

  it('names() offers only what a user can type: entry names and identifier-shaped aliases', () => {
    const names = library.names();
    expect(names).toContain('LPSCl');
    expect(names).toContain('Li6PS5Cl');
    expect(names).not.toContain('Li–In');
    expect(names).not.toContain('Super P');
    for (const name of names) expect(name).toMatch(CELL_NAME_PATTERN);
    expect(new Set(names).size).toBe(names.length);
  });

  it('every entry name is itself a valid .cell name', () => {
    for (const material of library.all()) expect(material.name).toMatch(CELL_NAME_PATTERN);
  });
});
