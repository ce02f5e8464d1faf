import { describe, expect, it } from 'vitest';
import type { AnionClass } from '../../../server/src/core/chemistry/anion-class';
import { compatibility, compatibilityTable } from '../../../server/src/core/chemistry/compatibility';

const CLASSES: readonly AnionClass[] = ['oxide', 'sulfide', 'halide', 'oxyhalide', 'nitride', 'phosphide', 'hydride', 'hydroborate', 'cyanide', 'none'];

describe('the homo-category compatibility table', () => {
  it('has a row, with a reason and a source, for every pair of classes in either order', () => {
    for (const cathode of CLASSES) {
      for (const electrolyte of CLASSES) {
        const pair = compatibility(cathode, electrolyte);
        expect(pair.reason.length, `${cathode}/${electrolyte}`).toBeGreaterThan(20);
        expect(pair.source.length, `${cathode}/${electrolyte}`).toBeGreaterThan(10);
        expect(compatibility(electrolyte, cathode)).toEqual(pair);
      }
    }
    // One row per unordered pair of the ten classes: 10 · 11 / 2.
    expect(compatibilityTable()).toHaveLength(55);
  });

  it('makes every anion class compatible with itself, as a homo-category contact', () => {
    for (const anion of CLASSES.filter((c) => c !== 'none')) {
      expect(compatibility(anion, anion)).toMatchObject({ compatible: true, homoCategory: true });
    }
  });

  it('flags an oxide cathode against a sulfide electrolyte, citing the space-charge layer of the review', () => {
    const pair = compatibility('oxide', 'sulfide');
    expect(pair.compatible).toBe(false);
    expect(pair.homoCategory).toBe(false);
    expect(pair.reason).toBe(
      'oxides have a much higher chemical potential than sulfides: a Li-depleted space-charge layer forms at the interface and the high-potential cathode oxidises S and P of the electrolyte',
    );
    expect(pair.source).toContain('§2');
    expect(pair.source).toContain('Fig. 2a');
  });

  it('accepts an oxide cathode in a halide or oxyhalide catholyte (similar chemical potential), but not as homo-category', () => {
    for (const [a, b] of [
      ['oxide', 'halide'],
      ['oxide', 'oxyhalide'],
      ['halide', 'oxyhalide'],
    ] as const) {
      const pair = compatibility(a, b);
      expect(pair).toMatchObject({ compatible: true, homoCategory: false });
      expect(pair.reason).toContain('chemical potential');
    }
  });

  it('accepts a hydroborate electrolyte against oxide and sulfide cathodes and hydrides, and phosphides beside nitrides, with their sources', () => {
    for (const other of ['oxide', 'sulfide', 'hydride'] as const) {
      const pair = compatibility(other, 'hydroborate');
      expect(pair).toMatchObject({ compatible: true, homoCategory: false });
      expect(pair.source).toContain('Asakura');
    }
    expect(compatibility('phosphide', 'nitride')).toMatchObject({ compatible: true, homoCategory: false });
    expect(compatibility('cyanide', 'cyanide')).toMatchObject({ compatible: true, homoCategory: true });
  });

  it('rejects every other pairing of two anion classes', () => {
    const compatiblePairs = new Set(['oxide|halide', 'oxide|oxyhalide', 'halide|oxyhalide', 'oxide|hydroborate', 'sulfide|hydroborate', 'hydride|hydroborate', 'phosphide|nitride']);
    for (const a of CLASSES.filter((c) => c !== 'none')) {
      for (const b of CLASSES.filter((c) => c !== 'none')) {
        if (a === b || compatiblePairs.has(`${a}|${b}`) || compatiblePairs.has(`${b}|${a}`)) continue;
        expect(compatibility(a, b).compatible, `${a}/${b}`).toBe(false);
      }
    }
    expect(compatibility('sulfide', 'halide').compatible).toBe(false);
  });

  it('does not apply the anion rule to a material without anions (a metal, carbon or elemental sulfur)', () => {
    expect(compatibility('none', 'sulfide')).toMatchObject({ compatible: true, homoCategory: false });
  });
});
