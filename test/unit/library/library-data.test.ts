import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  CANONICAL_UNITS,
  citedSources,
  createLibrary,
  loadLibrary,
  type LibraryMaterial,
} from '../../../server/src/core/library';
import rawMaterials from '../../../server/src/core/library/materials.json';
import rawSources from '../../../server/src/core/library/sources.json';

/** Every number in an entry, with the object that holds it and its dotted path. */
function numbers(value: unknown, path: string, holder?: object): { path: string; holder?: object }[] {
  if (typeof value === 'number') return [{ path, ...(holder ? { holder } : {}) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}.${i}`, holder));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbers(item, path ? `${path}.${key}` : key, value));
  }
  return [];
}

describe('the shipped library data', () => {
  const library = loadLibrary();

  it('validates as a whole and loads once', () => {
    expect(() => createLibrary(rawMaterials, rawSources)).not.toThrow();
    expect(loadLibrary()).toBe(library);
    expect(library.all().length).toBeGreaterThanOrEqual(70);
  });

  it('has no number without a source that sources.json knows', () => {
    for (const material of library.all()) {
      for (const { path, holder } of numbers(material, '')) {
        if (path.startsWith('reviewTable1.refs')) continue; // the review's reference numbers themselves
        // What Table 1 prints (`voltage.review.value`) is cited to the review implicitly.
        const source = /\.review\.(value|low|high)$/.test(path) ? 'seed' : (holder as { source?: unknown } | undefined)?.source;
        expect(typeof source, `${material.name}.${path} has no source`).toBe('string');
        expect(library.source(source as string), `${material.name}.${path} cites unknown ${String(source)}`).toBeDefined();
      }
    }
  });

  it('cites every source it lists, and lists every source it cites', () => {
    const cited = new Set(library.all().flatMap((m) => citedSources(m).map((c) => c.key)));
    expect([...cited].sort()).toEqual(Object.keys(rawSources).sort());
  });

  it('stores every quantity in its field’s canonical unit', () => {
    for (const material of library.all()) {
      for (const [field, unit] of Object.entries(CANONICAL_UNITS)) {
        const quantity = material[field as keyof typeof CANONICAL_UNITS];
        if (quantity) expect(quantity.unit, `${material.name}.${field}`).toBe(unit);
      }
    }
  });

  it('converts S/cm from the papers into mS/cm (Li3YCl6: 1.51e-9 S/cm electronic)', () => {
    expect(library.lookup('Li3YCl6')?.electronic).toMatchObject({ value: 1.51e-6, unit: 'mS/cm', source: 'Wang21' });
    expect(library.lookup('Li3InCl6')?.electronic).toMatchObject({ value: 5.4e-6, source: 'Kochetkov22' });
  });

  it('gives every source a citation and says what of it was read', () => {
    for (const key of Object.keys(rawSources)) {
      const source = library.source(key);
      expect(source?.citation.length, key).toBeGreaterThan(10);
      expect(source?.read.length, key).toBeGreaterThan(0);
    }
  });

  it('has a row in docs/library.md for every entry', () => {
    const docs = readFileSync(new URL('../../../docs/library.md', import.meta.url), 'utf8');
    const missing = library.all().filter((m: LibraryMaterial) => !docs.includes(`| ${m.name} |`));
    expect(missing.map((m) => m.name)).toEqual([]);
  });
});
