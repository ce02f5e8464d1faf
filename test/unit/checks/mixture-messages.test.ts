/**
 * mix/sum and mix/units in full — message, unit, totals and fix data — as a user reads them.
 * Written against the mutants mutation testing found alive in checks/mixture.ts (stryker): each
 * case pins a decision the older tests left free.
 */
import { describe, expect, it } from 'vitest';
import { analyze, only } from '../helpers/analyze';

const edits = (d: { data?: unknown }) => (d.data as { edits: { newText: string }[] }).edits.map((e) => e.newText);

describe('mix/sum says what the fractions add up to, in their own unit', () => {
  it('vol%: the sum, the unit, each term, and the normalised fractions', () => {
    const a = analyze('composite C {\n  NCM811 60 vol%  coated LiNbO3\n  Li6PS5Cl 30 vol%\n}\n');
    const [d] = only(a, 'mix/sum');
    expect(d!.message).toBe('the fractions of `C` add up to 90 vol% (60 + 30), not 100 %. Normalise them or fix the one that is off.');
    expect((d!.data as { total: number }).total).toBeCloseTo(90, 9);
    expect(edits(d!)).toEqual(['66.67', '33.33']);
  });

  it('a declared porosity is named as counted apart', () => {
    const a = analyze('composite C {\n  NCM811 60 wt%  coated LiNbO3\n  Li6PS5Cl 30 wt%\n  porosity 10 vol%\n}\n');
    expect(only(a, 'mix/sum')[0]!.message).toBe(
      'the fractions of `C` add up to 90 wt% (60 + 30), not 100 % (porosity is counted separately). Normalise them or fix the one that is off.',
    );
  });

  it('all fractions zero: reported, with nothing to normalise', () => {
    const [d] = only(analyze('composite C {\n  NCM811 0 wt%  coated LiNbO3\n  Li6PS5Cl 0 wt%\n}\n'), 'mix/sum');
    expect(d!.data).toEqual({ total: 0, edits: [] });
  });

  it('a component without a fraction leaves the sum unchecked (its own error is enough)', () => {
    const a = analyze('composite C {\n  NCM811 60 wt%  coated LiNbO3\n  Li6PS5Cl\n}\n');
    expect(only(a, 'mix/sum')).toEqual([]);
  });
});

describe('wt% and vol% in one composite', () => {
  it('without densities: mix/units names each material without one, singular and plural', () => {
    const one = analyze('material X {\n  formula Li2S\n  role cathode\n}\ncomposite C {\n  X 60 wt%\n  Li6PS5Cl 40 vol%\n}\n');
    expect(only(one, 'mix/units')[0]!.message).toBe(
      "`C` mixes wt% and vol%; converting between them needs every component's density, and `X` has none. Give all fractions in one unit, or declare the densities.",
    );
    expect(only(one, 'mix/units')[0]!.data).toEqual({ missingDensity: ['X'] });
    const two = analyze('material X {\n  formula Li2S\n}\nmaterial Y {\n  formula Li2O\n}\ncomposite C {\n  X 60 wt%\n  Y 40 vol%\n}\n');
    expect(only(two, 'mix/units')[0]!.message).toContain('`X`, `Y` have none');
  });

  it('an unresolved component: mix/units without a name to blame', () => {
    const a = analyze('composite C {\n  Unknownium 60 wt%\n  Li6PS5Cl 40 vol%\n}\n');
    expect(only(a, 'mix/units')[0]!.message).toBe("`C` mixes wt% and vol%; converting between them needs every component's density. Give all fractions in one unit, or declare the densities.");
  });

  it('inconsistent through the densities: mix/sum with the total in mass, and no normalising fix', () => {
    const a = analyze('composite C {\n  NCM811 70 wt%  coated LiNbO3\n  Li6PS5Cl 50 vol%\n}\n');
    const [d] = only(a, 'mix/sum');
    expect(d!.message).toMatch(/^the fractions of `C` mix wt% and vol%, and converted to mass through the densities they add up to [\d.]+ wt%, not 100 %\. Give all fractions in one unit\.$/);
    const total = (d!.data as { total: number }).total;
    expect(total).toBeGreaterThan(80);
    expect(total).toBeLessThan(100);
    expect(edits(d!)).toEqual([]);
  });

  it('vol% parts that leave no room: the vol% share is named, the total is null', () => {
    const [d] = only(analyze('composite C {\n  NCM811 30 wt%  coated LiNbO3\n  Li6PS5Cl 60 vol%\n  VGCF 45 vol%\n}\n'), 'mix/sum');
    expect(d!.message).toContain('the vol% parts (105 vol%) leave no volume for the wt% parts');
    expect(d!.data).toEqual({ total: null, edits: [] });
  });
});
