/**
 * The sodium library (issue #14): every entry sourced, read for sodium, and the homo-category
 * rule applied to sodium pairs as to lithium ones; a host (TiS2) gives its values per ion.
 */
import { describe, expect, it } from 'vitest';
import { createLibrary, LibraryDataError, loadLibrary } from '../../../server/src/core/library';
import { carriedIon } from '../../../server/src/core/chemistry/ions';
import { chemistryOf } from '../../../server/src/core/model/chemistry-cache';
import { entryIon, libraryMaterial, materialForIon } from '../../../server/src/core/model/library-materials';
import { hover } from '../../../server/src/core/ide/hover';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import rawMaterials from '../../../server/src/core/library/materials.json';
import rawSources from '../../../server/src/core/library/sources.json';
import { analyze, only } from '../helpers/analyze';

const SODIUM = {
  electrolytes: ['Na3PS4', 'Na3SbS4', 'Na2.88Sb0.88W0.12S4', 'Na11Sn2PS12', 'Na3Zr2Si2PO12', 'NaBetaAlumina', 'Na2B12H12', 'Na4(B12H12)(B10H10)', 'NaCB11H12', 'Na2.25Y0.25Zr0.75Cl6'],
  cathodes: ['NaCrO2', 'Na3V2(PO4)3', 'Na0.67Ni0.33Mn0.67O2', 'Na2MnFe(CN)6'],
  anodes: ['Na', 'Sn', 'HardCarbon'],
};

describe('the sodium entries', () => {
  const library = loadLibrary();

  it('are all there, each in its role, and their values are for sodium', () => {
    for (const [role, names] of [['electrolyte', SODIUM.electrolytes], ['cathode', SODIUM.cathodes], ['anode', SODIUM.anodes]] as const) {
      for (const name of names) {
        const entry = library.lookup(name)!;
        expect(entry, name).toBeDefined();
        expect(entry.role, name).toBe(role);
        expect(entryIon(entry), name).toBe('Na');
        expect(libraryMaterial(name)!.ion, name).toBe('Na');
      }
    }
  });

  it('have the anion classes of the homo-category rule: Na3PS4 a sulfide, NASICON an oxide, the closo-borates hydroborates, Prussian white a cyanide', () => {
    const anionClass = (name: string) => libraryMaterial(name)!.chemistry!.anionClass;
    expect(anionClass('Na3PS4')).toBe('sulfide');
    expect(anionClass('Na3Zr2Si2PO12')).toBe('oxide');
    expect(anionClass('NaBetaAlumina')).toBe('oxide');
    expect(anionClass('Na4(B12H12)(B10H10)')).toBe('hydroborate');
    expect(anionClass('NaCB11H12')).toBe('hydroborate');
    expect(anionClass('Na2.25Y0.25Zr0.75Cl6')).toBe('halide');
    expect(anionClass('NaCrO2')).toBe('oxide');
    expect(anionClass('Na3V2(PO4)3')).toBe('oxide');
    expect(anionClass('Na2MnFe(CN)6')).toBe('cyanide');
  });

  it('every sodium formula balances (the closo-borates are covalent frameworks, not charge-checked)', () => {
    const statuses = Object.fromEntries(
      [...SODIUM.electrolytes, ...SODIUM.cathodes].map((name) => {
        const chemistry = chemistryOf(library.lookup(name)!.formula!);
        return [name, chemistry.ok ? chemistry.chemistry.chargeBalance.status : 'invalid'];
      }),
    );
    for (const [name, status] of Object.entries(statuses)) {
      expect(status, name).toBe(/B\d+H/.test(library.lookup(name)!.formula!) ? 'not-checked' : 'balanced');
    }
  });

  it('sodium metal: 0 V by definition, 1166 mAh/g, 0.968 g/cm3', () => {
    const na = libraryMaterial('Na')!;
    expect(na.voltage?.value).toBe(0);
    expect(na.capacity?.value).toBe(1166);
    expect(na.density?.value).toBe(0.968);
  });
});

describe('a host with either ion: TiS2', () => {
  it('gives 240 mAh/g with lithium and 2.0 V, 90 mAh/g with sodium, each with its own source', () => {
    const lithium = libraryMaterial('TiS2')!;
    expect(lithium.ion).toBe('Li');
    expect(lithium.capacity).toMatchObject({ value: 240, source: 'ZhouDiss' });
    expect(lithium.voltage).toBeUndefined();
    const sodium = materialForIon(lithium, 'Na');
    expect(sodium.ion).toBe('Na');
    expect(sodium.capacity).toMatchObject({ value: 90, source: 'Hayashi12' });
    expect(sodium.voltage).toMatchObject({ value: 2, source: 'Hayashi12' });
    expect(sodium.density).toEqual(lithium.density);
    expect(materialForIon(lithium, 'Na')).toBe(sodium);
    expect(materialForIon(lithium, 'Li')).toBe(lithium);
  });

  it('a host the library read for one ion only has nothing for the other: graphite with sodium, Sn with lithium', () => {
    const graphite = materialForIon(libraryMaterial('Graphite')!, 'Na');
    expect(graphite.voltage).toBeUndefined();
    expect(graphite.capacity).toBeUndefined();
    expect(graphite.density?.value).toBe(2.26);
    const tin = materialForIon(libraryMaterial('Sn')!, 'Li');
    expect(tin.capacity).toBeUndefined();
  });

  it('a material that carries an ion keeps its values wherever it is put (Li6PS5Cl is no sodium conductor)', () => {
    const lpscl = libraryMaterial('Li6PS5Cl')!;
    expect(materialForIon(lpscl, 'Na')).toBe(lpscl);
  });

  it('inside a sodium composite, TiS2 is read for sodium; its hover speaks of Na/Na⁺', () => {
    const text = 'composite K {\n  TiS2 70 wt%\n  Na3PS4 25 wt%\n  VGCF 5 wt%\n}\ncomposite L {\n  TiS2 70 wt%\n  Li6PS5Cl 25 wt%\n  VGCF 5 wt%\n}\n';
    const a = analyze(text);
    const [sodium, lithium] = a.program.composites;
    expect(sodium!.ion).toBe('Na');
    expect(sodium!.components[0]!.material!.capacity?.value).toBe(90);
    expect(lithium!.components[0]!.material!.capacity?.value).toBe(240);
    const shown = hover(a, text.indexOf('TiS2') + 1)!.contents;
    expect(shown).toContain('2 V vs Na/Na⁺');
    expect(shown).toContain('90 mAh/g');
    expect(shown).not.toContain('240');
  });

  it('a composite of hosts only (TiS2 with carbon) is read for the sodium cell that uses it', () => {
    const text =
      'composite K {\n  TiS2 90 wt%\n  VGCF 10 wt%\n}\n' +
      'cell C {\n  anode Na thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 5 mg/cm2\n}\n';
    const a = analyze(text);
    expect(a.program.composites[0]!.ion).toBeUndefined();
    const cathode = a.program.cells[0]!.layers.find((l) => l.role === 'cathode')!.target!;
    expect(cathode.kind === 'composite' && cathode.components[0]!.material!.capacity?.value).toBe(90);
  });
});

describe('the library schema for ions', () => {
  const withEntry = (edit: (entries: Record<string, unknown>[]) => void) => {
    const copy = structuredClone(rawMaterials) as unknown as Record<string, unknown>[];
    edit(copy);
    try {
      createLibrary(copy, rawSources);
      return [];
    } catch (error) {
      if (error instanceof LibraryDataError) return error.issues.map((i) => `${i.entry} ${i.field}: ${i.message}`);
      throw error;
    }
  };

  it('rejects withIon without a declared ion, and withIon for the entry’s own ion', () => {
    const graphite = (entries: Record<string, unknown>[]) => entries.find((e) => e.name === 'Graphite')!;
    expect(withEntry((e) => (graphite(e).withIon = { Na: { capacity: { value: 100, unit: 'mAh/g', source: 'NaNotes' } } })).join('\n')).toMatch(/ion: an entry with withIon says which ion/);
    expect(
      withEntry((e) => {
        Object.assign(graphite(e), { ion: 'Li', withIon: { Li: { capacity: { value: 100, unit: 'mAh/g', source: 'NaNotes' } } } });
      }).join('\n'),
    ).toMatch(/withIon\.Li: the entry's own fields are already for Li/);
  });

  it('cites every withIon value to a known source', () => {
    const issues = withEntry((e) => {
      const tis2 = e.find((x) => x.name === 'TiS2')! as { withIon: { Na: { capacity: { source: string } } } };
      tis2.withIon.Na.capacity.source = 'NoSuchPaper';
    });
    expect(issues.join('\n')).toMatch(/withIon\.Na\.capacity\.source: source `NoSuchPaper` is not a key of sources\.json/);
  });

  it('every entry whose formula carries an ion declares no other', () => {
    for (const entry of loadLibrary().all()) {
      const chemistry = entry.formula ? chemistryOf(entry.formula) : undefined;
      const carried = chemistry?.ok ? carriedIon(chemistry.chemistry.formula.elements) : undefined;
      if (carried && entry.ion) expect(entry.ion, entry.name).toBe(carried);
      if (carried) expect(entry.withIon, entry.name).toBeUndefined();
    }
  });
});

describe('the homo-category rule with sodium', () => {
  const composite = (active: string, electrolyte: string) => `composite K {\n  ${active} 70 wt%\n  ${electrolyte} 25 wt%\n  VGCF 5 wt%\n}\n`;

  it('an oxide sodium cathode in Na3PS4 is anion/mismatch, with the sodium evidence and only sodium electrolytes as fixes', () => {
    const a = analyze(composite('NaCrO2', 'Na3PS4'));
    const [d] = only(a, 'anion/mismatch');
    expect(d!.message).toContain('Hayashi et al., J. Power Sources 258, 420 (2014)');
    expect(d!.message).not.toMatch(/Li-depleted|Li\/Li/);
    const fixes = quickFixes(a, { code: d!.code, span: d!.span, data: d!.data });
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) expect(fix.title, fix.title).toMatch(/^Use Na/);
    expect(fixes.some((f) => /coated|Coat/.test(f.title))).toBe(false);
  });

  it('an oxide sodium cathode in a closo-borate or in the sodium chloride is compatible; a sulfide cathode in a hydroborate too', () => {
    expect(only(analyze(composite('NaCrO2', 'Na4(B12H12)(B10H10)')), 'anion/mismatch')).toEqual([]);
    expect(only(analyze(composite('NaCrO2', 'Na2.25Y0.25Zr0.75Cl6')), 'anion/mismatch')).toEqual([]);
    expect(only(analyze(composite('TiS2', 'NaCB11H12')), 'anion/mismatch')).toEqual([]);
    expect(only(analyze(composite('TiS2', 'Na3PS4')), 'anion/mismatch')).toEqual([]);
  });

  it('a Prussian white in a sulfide or a hydroborate is a mismatch (cyanide pairs only with cyanide)', () => {
    expect(only(analyze(composite('Na2MnFe(CN)6', 'Na3PS4')), 'anion/mismatch')).toHaveLength(1);
    expect(only(analyze(composite('Na2MnFe(CN)6', 'Na4(B12H12)(B10H10)')), 'anion/mismatch')).toHaveLength(1);
  });

  it('NaCrO2 at 3 V is above the computed oxidation limit of Na3PS4 (2.12 V), and within the closo-borate’s 3 V', () => {
    const [d] = only(analyze(composite('NaCrO2', 'Na3PS4')), 'window/oxidation');
    expect(d!.message).toContain('2.12 V (computed, Fu et al. 2024)');
    expect(only(analyze(composite('NaCrO2', 'Na4(B12H12)(B10H10)')), 'window/oxidation')).toEqual([]);
  });
});

describe('sodium anodes against sodium electrolytes', () => {
  const cell = (anode: string, separator: string) => `cell C {\n  anode ${anode} thickness 20 um\n  separator ${separator} thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2\n}\n`;

  it('Na metal reduces the chloride into a growing interphase: window/reduction, with a closo-borate interlayer as the fix and no alloy anode', () => {
    const a = analyze(cell('Na', 'Na2.25Y0.25Zr0.75Cl6'));
    const [d] = only(a, 'window/reduction');
    expect(d!.message).toContain('which sodium metal reduces (Deysher et al. 2022)');
    const fixes = quickFixes(a, { code: d!.code, span: d!.span, data: d!.data });
    expect(fixes.map((f) => f.title)).toEqual(['Insert a passivating Na4(B12H12)(B10H10) interlayer against the anode']);
  });

  it('Na metal on the closo-borate, on β″-alumina and on NASICON is quiet; on Na3PS4 it is reduced (below 1.21 V, mixed)', () => {
    expect(only(analyze(cell('Na', 'Na4(B12H12)(B10H10)')), 'window/reduction')).toEqual([]);
    expect(only(analyze(cell('Na', 'NaBetaAlumina')), 'window/reduction')).toEqual([]);
    expect(only(analyze(cell('Na', 'Na3Zr2Si2PO12')), 'window/reduction')).toEqual([]);
    expect(only(analyze(cell('Na', 'Na3PS4')), 'window/reduction')).toHaveLength(1);
  });

  it('a Li anode in a sodium cell: cell/ion, fixed by sodium metal, after which no cell/ion is left', () => {
    const a = analyze(cell('Li', 'Na4(B12H12)(B10H10)'));
    const [d] = only(a, 'cell/ion');
    const fixes = quickFixes(a, { code: d!.code, span: d!.span, data: d!.data });
    expect(fixes.map((f) => f.title)).toEqual(['Use sodium metal (`Na`) as the anode']);
    const fixed = a.text.slice(0, d!.span.start) + 'Na' + a.text.slice(d!.span.end);
    expect(only(analyze(fixed), 'cell/ion')).toEqual([]);
  });
});

describe('a composite of hosts only, shown as the sodium cell that uses it reads it', () => {
  it('its hover and its inlay hint give TiS2’s sodium capacity, 90 mAh/g × 0.9 = 81 mAh/g of composite', async () => {
    const { inlayHints } = await import('../../../server/src/core/ide/inlay-hints');
    const text =
      'composite K {\n  TiS2 90 wt%\n  VGCF 10 wt%\n}\n' +
      'cell C {\n  anode Na thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 5 mg/cm2\n}\n';
    const a = analyze(text);
    expect(hover(a, text.indexOf('K {'))!.contents).toContain('specific capacity 81 mAh/g of composite');
    expect(inlayHints(a).find((h) => h.offset === text.indexOf('K {') + 1)!.label).toContain('│ 81 mAh/g │');
  });
});
