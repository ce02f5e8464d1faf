import { describe, it, expect } from 'vitest';
import { createLibrary, LibraryDataError, type LibraryIssue } from '../../../server/src/core/library';
import rawMaterials from '../../../server/src/core/library/materials.json';
import rawSources from '../../../server/src/core/library/sources.json';

type Entry = Record<string, unknown>;

/** The shipped data with one entry edited, as someone editing materials.json by hand might. */
function withEdited(name: string, edit: (entry: Entry) => void): Entry[] {
  const copy = structuredClone(rawMaterials) as Entry[];
  const entry = copy.find((e) => e['name'] === name);
  if (!entry) throw new Error(`no entry ${name}`);
  edit(entry);
  return copy;
}

function issuesOf(materials: unknown, sources: unknown = rawSources): readonly LibraryIssue[] {
  try {
    createLibrary(materials, sources);
  } catch (error) {
    if (error instanceof LibraryDataError) return error.issues;
    throw error;
  }
  return [];
}

describe('a broken entry is rejected with a message naming it', () => {
  it('a conductivity in S/cm instead of the canonical mS/cm', () => {
    const materials = withEdited('Li6PS5Cl', (e) => {
      e['ionic'] = { value: 2.05e-3, unit: 'S/cm', source: 'OBX' };
    });
    expect(() => createLibrary(materials, rawSources)).toThrow(/Li6PS5Cl\), field ionic\.unit: the unit must be mS\/cm/);
  });

  it('a source key that sources.json does not have', () => {
    const issues = issuesOf(withEdited('NCM811', (e) => ((e['voltage'] as Entry)['source'] = 'Zhu2015')));
    expect(issues).toEqual([
      expect.objectContaining({ entry: expect.stringContaining('(NCM811)'), field: 'voltage.source', message: expect.stringContaining('Zhu2015') }),
    ]);
  });

  it('a window whose low limit exceeds its high limit', () => {
    const issues = issuesOf(withEdited('Li10GeP2S12', (e) => ((e['window'] as Entry)['low'] = 2.5)));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Li10GeP2S12)'), field: 'window.low', message: 'low (2.5) exceeds high (2.14)' })]);
  });

  it('an anode said to reduce an electrolyte at or above the start of its window (Li3YCl6 is measured stable down to 0.65 V)', () => {
    const issues = issuesOf(withEdited('Li3YCl6', (e) => (e['reducedAt'] = { value: 0.7, unit: 'V', anode: 'Sn', source: 'Wang21' })));
    expect(issues).toEqual([
      expect.objectContaining({
        entry: expect.stringContaining('(Li3YCl6)'),
        field: 'reducedAt.value',
        message: 'an anode at 0.7 V cannot reduce an electrolyte whose windowExperimental starts at 0.65 V',
      }),
    ]);
  });

  it('a reducing anode without its name', () => {
    const issues = issuesOf(withEdited('Li3InCl6', (e) => delete (e['reducedAt'] as Entry)['anode']));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Li3InCl6)'), field: 'reducedAt.anode' })]);
  });

  it('a negative or zero conductivity', () => {
    const issues = issuesOf(withEdited('LiCoO2', (e) => ((e['electronic'] as Entry)['value'] = 0)));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(LiCoO2)'), field: 'electronic.value' })]);
  });

  it('a number with no source at all', () => {
    const issues = issuesOf(withEdited('Li3TiCl6', (e) => delete (e['ionic'] as Entry)['source']));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Li3TiCl6)'), field: 'ionic.source' })]);
  });

  it('both a value and a range on one quantity', () => {
    const issues = issuesOf(withEdited('Li2VCl4', (e) => ((e['ionic'] as Entry)['value'] = 0.02)));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Li2VCl4)'), field: 'ionic', message: 'give either value or low and high, not both' })]);
  });

  it('an unknown field (a typo such as `ionc`)', () => {
    const issues = issuesOf(withEdited('Li3InCl6', (e) => (e['ionc'] = e['ionic'])));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Li3InCl6)'), message: expect.stringContaining('ionc') })]);
  });

  it('a measured window filed as the computed one', () => {
    const issues = issuesOf(withEdited('Li6PS5Cl', (e) => ((e['window'] as Entry)['method'] = 'experimental')));
    expect(issues).toEqual([expect.objectContaining({ field: 'window.method' })]);
  });

  it('an alias that already belongs to another entry, even in another case', () => {
    const issues = issuesOf(withEdited('Li3YCl6', (e) => (e['aliases'] as string[]).push('lpscl')));
    expect(issues).toEqual([
      expect.objectContaining({ entry: expect.stringContaining('(Li3YCl6)'), field: 'aliases', message: expect.stringContaining('Li6PS5Cl') }),
    ]);
  });

  it('a name that users could not type in a .cell file', () => {
    const issues = issuesOf(withEdited('SuperP', (e) => (e['name'] = 'Super-P C65')));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(Super-P C65)'), field: 'name' })]);
  });

  it('a percolation threshold above 1 (a percentage mistaken for a fraction)', () => {
    const issues = issuesOf(withEdited('SuperP', (e) => ((e['percolation'] as Entry)['value'] = 4)));
    expect(issues).toEqual([expect.objectContaining({ field: 'percolation.value', message: expect.stringContaining('at most 1') })]);
  });

  it('a review value on a quantity already cited to the review', () => {
    const issues = issuesOf(withEdited('LiCoO2', (e) => ((e['voltage'] as Entry)['review'] = { value: 3.9 })));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(LiCoO2)'), field: 'voltage.review', message: expect.stringContaining('already the review') })]);
  });

  it('a review value on an entry that has no Table 1 row', () => {
    const issues = issuesOf(withEdited('NCM811', (e) => ((e['voltage'] as Entry)['review'] = { value: 3.8 })));
    expect(issues).toEqual([expect.objectContaining({ entry: expect.stringContaining('(NCM811)'), field: 'voltage.review', message: expect.stringContaining('no reviewTable1 row') })]);
  });

  it('a review range whose low end exceeds its high end, or with a source of its own', () => {
    const range = issuesOf(withEdited('LiMn2O4', (e) => ((e['voltage'] as Entry)['review'] = { low: 3.5, high: 3.4 })));
    expect(range).toEqual([expect.objectContaining({ field: 'voltage.review.low', message: 'low (3.5) exceeds high (3.4)' })]);
    const sourced = issuesOf(withEdited('LiMn2O4', (e) => ((e['voltage'] as Entry)['review'] = { value: 3.4, source: 'seed' })));
    expect(sourced).toEqual([expect.objectContaining({ field: 'voltage.review', message: expect.stringContaining('source') })]);
  });

  it('a review value when sources.json has lost the review it implicitly cites', () => {
    const sources = structuredClone(rawSources) as Record<string, unknown>;
    delete sources['seed'];
    const issues = issuesOf(rawMaterials, sources);
    expect(issues).toContainEqual(expect.objectContaining({ entry: expect.stringContaining('(LiMn2O4)'), field: 'voltage.review' }));
  });

  it('a source without a statement of what was read', () => {
    const sources = structuredClone(rawSources) as Record<string, Record<string, string>>;
    delete sources['Zhu15']!['read'];
    expect(issuesOf(rawMaterials, sources)).toEqual([expect.objectContaining({ file: 'sources.json', entry: 'Zhu15', field: 'read' })]);
  });
});
