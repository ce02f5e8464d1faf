/**
 * wt% ↔ vol% of one solid (compute/fractions.ts), called directly: the conversion each way, the
 * mixed-basis solve S = Σ_wt(w/ρ) / (1 − Σ_vol v) with both of its results, and every input that
 * gives no answer (no parts, all zero, vol% parts that leave no room, no wt% volume). Written
 * against the mutants that survived the file's first run.
 */
import { describe, expect, it } from 'vitest';
import { solidFractions, type FractionPart } from '../../../server/src/core/compute/fractions';

const wt = (value: number, density: number): FractionPart => ({ basis: 'wt', value, density });
const vol = (value: number, density: number): FractionPart => ({ basis: 'vol', value, density });

describe('one basis', () => {
  it('wt% → vol%: v_i = (w_i/ρ_i) / Σ(w/ρ), the mass fractions as given', () => {
    // NCM811 (4.7 g/cm3) 70 wt%, Li6PS5Cl (1.84) 30 wt%.
    const result = solidFractions([wt(0.7, 4.7), wt(0.3, 1.84)])!;
    const sum = 0.7 / 4.7 + 0.3 / 1.84;
    expect(result.mass).toEqual([0.7, 0.3]);
    expect(result.volume[0]).toBeCloseTo(0.7 / 4.7 / sum, 12); // 0.4774
    expect(result.volume[1]).toBeCloseTo(0.3 / 1.84 / sum, 12); // 0.5226
  });

  it('vol% → wt%: w_i = v_i·ρ_i / Σ(v·ρ), the volume fractions as given', () => {
    // 2/3 vol of a 2 g/cm3 solid and 1/3 vol of a 4 g/cm3 one weigh the same.
    const result = solidFractions([vol(2 / 3, 2), vol(1 / 3, 4)])!;
    expect(result.volume).toEqual([2 / 3, 1 / 3]);
    expect(result.mass[0]).toBeCloseTo(0.5, 12);
    expect(result.mass[1]).toBeCloseTo(0.5, 12);
  });

  it('no parts, or every fraction zero: nothing to convert', () => {
    expect(solidFractions([])).toBeUndefined();
    expect(solidFractions([wt(0, 4.7), wt(0, 1.84)])).toBeUndefined();
    expect(solidFractions([vol(0, 4.7)])).toBeUndefined();
  });

  it('a single non-zero fraction is enough to convert', () => {
    expect(solidFractions([wt(0, 4.7), wt(0.01, 1.84)])).toEqual({ mass: [0, 0.01], volume: [0, 1] });
  });
});

describe('wt% and vol% mixed', () => {
  it('a consistent composite: 50 wt% of a 2 g/cm3 solid and 1/3 vol of a 4 g/cm3 one are 2/3 and 1/3 vol, 1/2 and 1/2 wt', () => {
    // S = (0.5/2) / (1 − 1/3) = 0.375 cm3/g; the vol% part weighs (1/3)·4·0.375 = 0.5, the wt% part takes 0.5/2/0.375 = 2/3.
    const result = solidFractions([wt(0.5, 2), vol(1 / 3, 4)])!;
    expect(result.mass[0]).toBe(0.5);
    expect(result.mass[1]).toBeCloseTo(0.5, 12);
    expect(result.volume[0]).toBeCloseTo(2 / 3, 12);
    expect(result.volume[1]).toBe(1 / 3);
  });

  it('an inconsistent one: the vol% parts keep their volume, the wt% parts share the rest by w/ρ, the masses do not add up to 1', () => {
    // NCM811 60 wt%, carbon (2.0) 5 wt%, Li6PS5Cl 30 vol%: S = (0.6/4.7 + 0.05/2) / 0.7.
    const S = (0.6 / 4.7 + 0.05 / 2) / 0.7;
    const result = solidFractions([wt(0.6, 4.7), vol(0.3, 1.84), wt(0.05, 2)])!;
    expect(result.mass[0]).toBe(0.6);
    expect(result.mass[1]).toBeCloseTo(0.3 * 1.84 * S, 12); // 0.361
    expect(result.mass[2]).toBe(0.05);
    expect(result.volume[0]).toBeCloseTo(0.6 / 4.7 / S, 12);
    expect(result.volume[1]).toBe(0.3);
    expect(result.volume[2]).toBeCloseTo(0.05 / 2 / S, 12);
    // The wt% parts fill exactly the volume the vol% part leaves.
    expect(result.volume[0]! + result.volume[2]!).toBeCloseTo(0.7, 12);
  });

  it('vol% parts that take the whole volume (exactly 100 %, or more) leave none for the wt% parts', () => {
    expect(solidFractions([wt(0.5, 2), vol(1, 4)])).toBeUndefined();
    expect(solidFractions([wt(0.5, 2), vol(0.6, 4), vol(0.4, 1.84)])).toBeUndefined();
    expect(solidFractions([wt(0.5, 2), vol(1.2, 4)])).toBeUndefined();
    // Just under 100 % there is still a (small) volume for them.
    const result = solidFractions([wt(0.5, 2), vol(0.99, 4)])!;
    expect(result.volume[0]).toBeCloseTo(0.01, 12);
  });

  it('wt% parts that are all zero have no volume per gram: nothing to solve', () => {
    expect(solidFractions([wt(0, 2), vol(0.5, 4)])).toBeUndefined();
  });
});
