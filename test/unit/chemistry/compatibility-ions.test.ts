/**
 * The compatibility table as each working ion reads it: the sodium evidence where a source shows
 * the pair with sodium materials, the lithium words elsewhere, which contacts count as
 * homo-category (not two materials without anions), and no silent answer for a class the table
 * lacks. Written against the mutants mutation testing found alive in chemistry/compatibility.ts
 * (stryker); compatibility.test.ts has the table's rows.
 */
import { describe, expect, it } from 'vitest';
import type { AnionClass } from '../../../server/src/core/chemistry/anion-class';
import { compatibility, compatibilityTable } from '../../../server/src/core/chemistry/compatibility';

describe('the evidence for each working ion', () => {
  it('oxide–sulfide: the review’s lithium reason in lithium words, and the sodium sources for sodium', () => {
    const lithium = compatibility('oxide', 'sulfide', 'Li');
    expect(lithium).toEqual(compatibility('oxide', 'sulfide'));
    expect(lithium.reason).toContain('a Li-depleted space-charge layer');
    expect(lithium.source).toBe('Zhang, Zhao, Li & Sun, ICDC cathode minireview, §2 and Fig. 2a');
    const sodium = compatibility('sulfide', 'oxide', 'Na');
    expect(sodium).toEqual({
      compatible: false,
      homoCategory: false,
      reason:
        'oxides sit far above sulfides in chemical potential with sodium too: uncoated NaCrO2 in Na3PS4 falls from about 130 to 60 mAh/g in seven cycles behind a growing resistive layer, and Na3PS4 oxidises to P2S5 and bridging sulfur against a 4 V layered oxide',
      source:
        'A. Hayashi et al., J. Power Sources 258, 420 (2014) (NaCrO2 in Na3PS4); J. Fu et al., Adv. Mater. 36 (2024), doi:10.1002/adma.202308012 (Na3PS4 at 4 V)',
    });
  });

  it('oxide–halide and hydroborate–oxide for sodium: compatible, on sodium evidence', () => {
    expect(compatibility('oxide', 'halide', 'Na')).toMatchObject({ compatible: true, homoCategory: false });
    expect(compatibility('oxide', 'halide', 'Na').source).toContain('Nat. Commun. 12, 1256 (2021)');
    expect(compatibility('oxide', 'halide', 'Li').source).toContain('halide SSEs share a chemical potential similar to oxides');
    expect(compatibility('oxide', 'hydroborate', 'Na').reason).toContain('Na4(B12H12)(B10H10)');
    expect(compatibility('oxide', 'hydroborate', 'Li').reason).toBe(
      'closo-hydroborates are oxidatively stable to high voltage and have been cycled against TiS2 and layered-oxide (NMC811) cathodes without a coating',
    );
  });

  it('a pair without sodium evidence reads the same for either ion', () => {
    expect(compatibility('sulfide', 'halide', 'Na')).toEqual(compatibility('sulfide', 'halide', 'Li'));
    expect(compatibility('sulfide', 'sulfide', 'Na')).toEqual(compatibility('sulfide', 'sulfide', 'Li'));
  });

  it('asking for one ion does not change what the other is told', () => {
    const sodiumFirst = compatibility('oxide', 'sulfide', 'Na').source;
    expect(compatibility('oxide', 'sulfide', 'Li').source).not.toBe(sodiumFirst);
    expect(compatibility('oxide', 'sulfide', 'Na').source).toBe(sodiumFirst);
  });
});

describe('homo-category contacts', () => {
  it('two materials without anions are compatible but not homo-category', () => {
    expect(compatibility('none', 'none')).toMatchObject({ compatible: true, homoCategory: false });
    expect(compatibility('none', 'none').reason).toMatch(/^one side has no anion sublattice/);
  });

  it('exactly the same-class rows of the table are homo-category', () => {
    const homo = compatibilityTable().filter((row) => row.compatibility.homoCategory);
    expect(homo.map((row) => row.cathodeClass).sort()).toEqual(['cyanide', 'halide', 'hydride', 'hydroborate', 'nitride', 'oxide', 'oxyhalide', 'phosphide', 'sulfide']);
    for (const row of homo) expect(row.electrolyteClass).toBe(row.cathodeClass);
  });
});

it('a class the table does not know is an error, not a silent answer', () => {
  expect(() => compatibility('carbide' as AnionClass, 'oxide')).toThrow('no compatibility row for carbide / oxide');
});
