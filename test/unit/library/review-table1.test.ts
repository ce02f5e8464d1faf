import { describe, it, expect } from 'vitest';
import { loadLibrary, type LibraryMaterial, type ValueOrRange } from '../../../server/src/core/library';
import { hover } from '../../../server/src/core/ide/hover';
import { analyze, offsetOf } from '../helpers/analyze';

/**
 * The review's Table 1 (shared/seed), row by row, in the library's canonical units
 * (conductivities in mS/cm, diffusivities in cm2/s). `[low, high]` is a range as printed.
 */
type Expected = number | readonly [number, number];
interface Row {
  readonly name: string;
  readonly refs: readonly number[];
  readonly ionic?: Expected;
  readonly diffusivity?: Expected;
  readonly electronic?: Expected;
  readonly voltage?: Expected;
  readonly capacity?: Expected;
}

const TABLE_1: readonly Row[] = [
  { name: 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', refs: [24], ionic: [0.22, 0.66], electronic: [242, 412], voltage: 2.55, capacity: 250 },
  { name: 'Li1.13Ti0.57Fe0.3S2', refs: [21, 43], electronic: 20, voltage: 2.5, capacity: 214 },
  { name: 'LiTiS2', refs: [44], electronic: 13.28, voltage: [2.2, 2.3], capacity: 195 },
  { name: 'Li3CuS2', refs: [45], ionic: 3.3e-3, electronic: 9.5, voltage: 2.1, capacity: 380 },
  { name: 'Li3NiS4', refs: [46], electronic: 2, voltage: 2.25, capacity: 400 },
  { name: 'Li3VS3', refs: [47], ionic: 40.1, electronic: 40.1, voltage: 2.1, capacity: 437 },
  { name: 'Li14Mn2S9', refs: [48], ionic: 0.011, voltage: 3.3 },
  { name: 'Li2FeCl4_cubic', refs: [49], ionic: 0.021, diffusivity: 2.8e-10, voltage: 3.6, capacity: 126 },
  { name: 'Li2FeCl4_Cmmm', refs: [50], ionic: 0.01, electronic: 2e-4, voltage: 3.7, capacity: 126 },
  { name: 'FeCl3', refs: [30], voltage: 3.65, capacity: 159 },
  { name: 'Li2VCl4', refs: [51], ionic: [0.01, 0.03], voltage: 2.4, capacity: 129.7 },
  { name: 'VCl3', refs: [29], diffusivity: 1e-10, voltage: 2.85, capacity: 170 },
  { name: 'Li3TiCl6', refs: [33], ionic: 1.04, electronic: 7.3e-4, voltage: 3.2, capacity: 90 },
  { name: 'LiCoO2', refs: [52, 53], ionic: 1e-4, diffusivity: [1e-13, 1e-11], electronic: 0.1, voltage: 3.9, capacity: 140 },
  { name: 'LiNi0.8Co0.2O2', refs: [54], ionic: [0.36, 0.42], diffusivity: 1e-13, electronic: 5.17, voltage: 3.75, capacity: 195 },
  { name: 'LiNi0.8Mn0.2O2', refs: [54], ionic: [0.26, 0.31], diffusivity: 1e-14, electronic: 2.63, voltage: 3.85, capacity: 187 },
  { name: 'LiFePO4', refs: [53, 55], diffusivity: [1e-18, 1e-14], electronic: 1e-6, voltage: 3.4, capacity: 170 },
  { name: 'LiMn2O4', refs: [53, 56], diffusivity: [1e-14, 1e-11], electronic: 1e-3, voltage: 3.4, capacity: 148 },
];

const FIELDS = ['ionic', 'diffusivity', 'electronic', 'voltage', 'capacity'] as const;

function asExpected(quantity: ValueOrRange): Expected {
  return quantity.value !== undefined ? quantity.value : [quantity.low, quantity.high];
}

/**
 * The entry's numbers as Table 1 prints them: a value cited to the review itself, or, where the
 * library ships a primary-literature value instead, the `review` field that keeps Table 1's.
 */
function tableRow(material: LibraryMaterial): Row {
  const row: Record<string, unknown> = { name: material.name, refs: material.reviewTable1?.refs };
  for (const field of FIELDS) {
    const quantity = material[field];
    if (quantity?.review) row[field] = asExpected(quantity.review);
    else if (quantity?.source === 'seed') row[field] = asExpected(quantity);
  }
  return row as unknown as Row;
}

describe('the review’s Table 1 ships row by row', () => {
  const library = loadLibrary();

  it.each(TABLE_1)('$name carries its Table 1 numbers, cited to the review', (expected) => {
    const material = library.lookup(expected.name);
    expect(material?.role).toBe('cathode');
    expect(material?.reviewTable1?.source).toBe('seed');
    expect(tableRow(material!)).toEqual(expected);
  });

  it('every entry cited to Table 1 is one of its eighteen rows', () => {
    const cited = library.all().filter((m) => m.reviewTable1).map((m) => m.name);
    expect(cited.sort()).toEqual(TABLE_1.map((row) => row.name).sort());
  });

  it('the two Li2FeCl4 rows are distinct entries with the same formula, and the bare formula names neither', () => {
    expect(library.lookup('Li2FeCl4_cubic')?.formula).toBe('Li2FeCl4');
    expect(library.lookup('Li2FeCl4_Cmmm')?.formula).toBe('Li2FeCl4');
    expect(library.lookup('Li2FeCl4')).toBeUndefined();
  });

  it('O3-LixTiS2 is stored with the lithiated formula LiTiS2 and says so', () => {
    const material = library.lookup('O3-LixTiS2');
    expect(material?.name).toBe('LiTiS2');
    expect(material?.description).toMatch(/LiTiS2/);
  });

  it('LTG is the Ge/Se co-doped LiTi2(PS4)3 of ref. 24', () => {
    expect(library.lookup('LTG')?.formula).toBe('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3');
  });

  it('conductivities printed in S/cm in the review’s text are stored in mS/cm', () => {
    // Text: cubic Li2FeCl4 2.1e-5 S/cm; Table 1: 0.021 mS/cm.
    expect(library.lookup('Li2FeCl4_cubic')?.ionic).toMatchObject({ value: 0.021, unit: 'mS/cm' });
  });

  it('Li3VS3 keeps the identical 40.1 mS/cm Table 1 prints for both conductivities, and says so', () => {
    const material = library.lookup('Li3VS3')!;
    for (const field of ['ionic', 'electronic'] as const) {
      expect(material[field]).toMatchObject({ value: 40.1, source: 'seed' });
      expect(material[field]?.note).toMatch(/identical 40\.1 mS\/cm.*transcription error.*could not be checked/);
    }
  });
});

describe('a value that departs from Table 1 keeps Table 1’s number beside it', () => {
  const library = loadLibrary();

  it('LiMn2O4 ships the measured 4.0 V (Ohzuku et al. 1990), with the review’s 3.4 V kept as `review`', () => {
    const voltage = library.lookup('LiMn2O4')!.voltage!;
    expect(voltage).toMatchObject({ value: 4.0, method: 'experimental', source: 'Ohzuku90', review: { value: 3.4 } });
    expect(voltage.note).toMatch(/4\.11 V.*3\.94 V/);
  });

  it('only entries with a Table 1 row carry a review, and only on values cited elsewhere', () => {
    const fields = ['voltage', 'capacity', 'ionic', 'electronic', 'diffusivity', 'density'] as const;
    for (const material of library.all()) {
      for (const field of fields) {
        const quantity = material[field];
        if (!quantity?.review) continue;
        expect(material.reviewTable1, `${material.name}.${field}`).toBeDefined();
        expect(quantity.source, `${material.name}.${field}`).not.toBe('seed');
      }
    }
  });

  it('the hover shows both numbers, each cited', () => {
    const analysis = analyze('cell X {\n  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 50 um\n  cathode LiMn2O4 loading 10 mg/cm2\n}\n');
    const shown = hover(analysis, offsetOf(analysis.text, 'LiMn2O4', 0, 1))?.contents ?? '';
    expect(shown).toMatch(/\| voltage \| 4 V vs Li\/Li⁺ \(the review's Table 1: 3\.4 V\) \| \[\d\], \[\d\] \|/);
    expect(shown).toContain('T. Ohzuku, M. Kitagawa, T. Hirai');
    expect(shown).toContain('S. Zhang, F. Zhao, L. Li, X. Sun');
    expect(shown).toContain('Table 1, refs. 53 and 56, as printed');
  });
});
