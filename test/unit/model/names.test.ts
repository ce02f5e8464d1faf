import { describe, expect, it } from 'vitest';
import { analyze, codes, only, spanText, WORKSPACE } from '../helpers/analyze';

describe('name resolution', () => {
  it('a misspelt composite gets ref/undefined with the closest name as fix data', () => {
    const a = analyze('composite Unbalanced {\n  Li6PS5Cl 100 wt%\n}\ncell B {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Unbalancd loading 10 mg/cm2\n}\n');
    const [d] = only(a, 'ref/undefined');
    expect(spanText(a, d!)).toBe('Unbalancd');
    expect((d!.data as { suggestions: string[] }).suggestions[0]).toBe('Unbalanced');
  });

  it('library aliases resolve (LPSCl, NMC811, LIC)', () => {
    expect(codes(analyze('composite C {\n  NMC811 70 wt% coated LiNbO3\n  LPSCl 27 wt%\n  VGCF 3 wt%\n}\n'))).toEqual([]);
  });

  it('a name that is a valid formula becomes an ad-hoc material', () => {
    const a = analyze('composite C {\n  LiBr 10 wt%\n  Li6PS5Cl 90 wt%\n}\n');
    expect(codes(a)).toEqual([]);
    expect(a.program.references[0]?.target).toMatchObject({ origin: 'formula', name: 'LiBr' });
  });

  it('a declaration shadows the library and is used by references below or above it', () => {
    const a = analyze('composite C {\n  NCM811 100 wt%\n}\nmaterial NCM811 {\n  formula LiNi0.8Co0.1Mn0.1O2\n  role cathode\n}\n');
    expect(a.program.composites[0]?.components[0]?.material?.origin).toBe('document');
  });

  it('a name declared twice is ref/duplicate on the second', () => {
    const a = analyze('material A {\n  formula Li2S\n}\nmaterial A {\n  formula TiS2\n}\n');
    const [d] = only(a, 'ref/duplicate');
    expect(a.text.slice(0, d!.span.start).split('\n').length).toBe(4);
  });

  it('a cathode material used as a separator is ref/role; an electrolyte is fine', () => {
    const a = analyze('cell X {\n  anode LiIn thickness 40 um\n  separator NCM811 thickness 30 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n');
    const [d] = only(a, 'ref/role');
    expect(spanText(a, d!)).toBe('NCM811');
    expect(d!.message).toMatch(/cathode/);
  });

  it('a cell lacking an anode is cell/incomplete, naming what is missing', () => {
    const [d] = only(analyze('cell X {\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n'), 'cell/incomplete');
    expect(d!.message).toContain('no anode');
  });
});

describe('imports', () => {
  const lib = 'material LiTiFeS {\n  formula Li1.13Ti0.57Fe0.3S2\n  role cathode\n  voltage 2.5 V\n  electronic 20 mS/cm\n}\n';
  const use = (path: string) => `import "${path}"\ncomposite C {\n  LiTiFeS 70 vol%\n  Li6PS5Cl 30 vol%\n}\n`;

  it('a material from an imported file resolves, and the file is a dependency', () => {
    const a = analyze(use('lib/materials.cell'), { files: { [`${WORKSPACE}/lib/materials.cell`]: lib } });
    expect(codes(a)).toEqual([]);
    expect(a.dependencies).toEqual([`${WORKSPACE}/lib/materials.cell`]);
  });

  it('imports are transitive', () => {
    const a = analyze(use('a.cell'), { files: { [`${WORKSPACE}/a.cell`]: 'import "b.cell"\n', [`${WORKSPACE}/b.cell`]: lib } });
    expect(codes(a)).toEqual([]);
  });

  it('an import outside the workspace is refused, and nothing is read', () => {
    const a = analyze(use('../secret.cell'), { files: { '/secret.cell': lib } });
    expect(codes(a)).toContain('ref/import');
    expect(only(a, 'ref/import')[0]!.message).toMatch(/outside the workspace/);
  });

  it('an absolute path is refused', () => {
    expect(only(analyze(use('/ws/lib.cell'), { files: { '/ws/lib.cell': lib } }), 'ref/import')[0]!.message).toMatch(/absolute/);
  });

  it('a symlink pointing out of the workspace is refused', () => {
    const a = analyze(use('link.cell'), { files: { '/ws/link.cell': lib, '/etc/x.cell': lib }, links: { '/ws/link.cell': '/etc/x.cell' } });
    expect(only(a, 'ref/import')[0]!.message).toMatch(/link/);
  });

  it('a cycle is reported, not followed', () => {
    const a = analyze('import "a.cell"\n', { files: { '/ws/a.cell': 'import "main.cell"\n' } });
    expect(only(a, 'ref/import')[0]!.message).toMatch(/cycle/);
  });

  it('a missing file is reported on the import line', () => {
    const a = analyze(use('nowhere.cell'));
    const [d] = only(a, 'ref/import');
    expect(spanText(a, d!)).toBe('"nowhere.cell"');
  });
});

describe('a cell has one anode, one cathode, one rate and one cutoff', () => {
  it('a second anode and a second rate are ref/duplicate; the first ones are used', () => {
    const a = analyze(
      'cell X {\n  anode Li thickness 20 um\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 10 mg/cm2\n  rate 0.1 C\n  rate 1 C\n}\n',
    );
    expect(only(a, 'ref/duplicate').map((d) => spanText(a, d))).toEqual(['anode', 'rate']);
    expect(a.program.cells[0]!.rate).toEqual({ value: 0.1, unit: 'C' });
  });
});
