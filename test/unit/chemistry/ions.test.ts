/**
 * The working ions as the rest of the core reads them: which words are ions, a template filled
 * in each ion's words (every placeholder, and what is not one), and which ion a formula carries
 * (of both, the larger amount; a tie or neither is no answer). Written against the mutants
 * mutation testing found alive in chemistry/ions.ts (stryker).
 */
import { describe, expect, it } from 'vitest';
import { carriedIon, DEFAULT_ION, ionText, ionWords, isWorkingIon, WORKING_IONS } from '../../../server/src/core/chemistry/ions';

const amounts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('which words are working ions', () => {
  it('Li and Na, as written; lithium is the default', () => {
    expect(WORKING_IONS).toEqual(['Li', 'Na']);
    expect(DEFAULT_ION).toBe('Li');
    expect(isWorkingIon('Li')).toBe(true);
    expect(isWorkingIon('Na')).toBe(true);
    for (const word of ['K', 'li', 'NA', '', 'Li ']) expect(isWorkingIon(word), word).toBe(false);
  });
});

describe('ionText fills a template in one ion’s words', () => {
  it('every word placeholder, for each ion', () => {
    const template = '{ion}|{element}|{cation}|{ref}|{ref+}';
    expect(ionText(template, 'Li')).toBe('Li|lithium|Li⁺|Li/Li⁺|Li/Li+');
    expect(ionText(template, 'Na')).toBe('Na|sodium|Na⁺|Na/Na⁺|Na/Na+');
  });

  it('every example placeholder, from the ion’s examples', () => {
    for (const ion of WORKING_IONS) {
      const { examples } = ionWords(ion);
      for (const key of ['anodes', 'anodeNames', 'electrolytes', 'cathodes', 'bilayer', 'coatings', 'passivating', 'mixed'] as const) {
        expect(ionText(`<{${key}}>`, ion), `${ion} ${key}`).toBe(`<${examples[key]}>`);
      }
    }
    expect(ionText('{bilayer}', 'Na')).toBe('Na4(B12H12)(B10H10) against Na and Na2.25Y0.25Zr0.75Cl6 against the cathode');
  });

  it('what is not a placeholder stays as written', () => {
    for (const text of ['{unknown}', '{ion+}', '{Ion}', '{ref++}', '{}', '{ion1}', '{ ion}', 'ion', '{examples}', '{symbol}', '{constructor}']) {
      expect(ionText(text, 'Na'), text).toBe(text);
    }
    expect(ionText('a {ion}-depleted layer, {ion} and {ion}', 'Na')).toBe('a Na-depleted layer, Na and Na');
  });
});

describe('the ion a formula carries', () => {
  it('the one it holds, or of both the one it holds more of', () => {
    expect(carriedIon(amounts({ Li: 6, P: 1, S: 5, Cl: 1 }))).toBe('Li');
    expect(carriedIon(amounts({ Na: 3, P: 1, S: 4 }))).toBe('Na');
    expect(carriedIon(amounts({ Li: 0.5, Na: 1.5, Cl: 2 }))).toBe('Na');
    expect(carriedIon(amounts({ Li: 1.5, Na: 0.5, Cl: 2 }))).toBe('Li');
  });

  it('neither, or both in equal amounts: no answer', () => {
    expect(carriedIon(amounts({ Ti: 1, S: 2 }))).toBeUndefined();
    expect(carriedIon(amounts({}))).toBeUndefined();
    expect(carriedIon(amounts({ Li: 1, Na: 1, Cl: 2 }))).toBeUndefined();
  });

  it('an amount of zero carries nothing', () => {
    expect(carriedIon(amounts({ Li: 0, Ti: 1, S: 2 }))).toBeUndefined();
    expect(carriedIon(amounts({ Li: 0, Na: 0 }))).toBeUndefined();
    expect(carriedIon(amounts({ Li: 0, Na: 1 }))).toBe('Na');
  });
});
