import { describe, expect, it } from 'vitest';
import { analyze, codes, only, spanText } from '../helpers/analyze';

describe('composite fractions', () => {
  it('70 + 20 + 5 wt% is reported with the sum and normalised fractions as fix data', () => {
    const a = analyze('composite Unbalanced {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 20 wt%\n  VGCF 5 wt%\n}\n');
    const [d] = only(a, 'mix/sum');
    expect(spanText(a, d!)).toBe('Unbalanced');
    expect(d!.message).toContain('95 wt%');
    const data = d!.data as { edits: { span: { start: number; end: number }; newText: string }[] };
    expect(data.edits.map((e) => [a.text.slice(e.span.start, e.span.end), e.newText])).toEqual([
      ['70', '73.68'],
      ['20', '21.05'],
      ['5', '5.26'],
    ]);
  });

  it('a sum within ± 0.1 % of 100 is accepted (rounded recipes)', () => {
    expect(codes(analyze('composite C {\n  NCM811 70.05 wt% coated LiNbO3\n  Li6PS5Cl 26.95 wt%\n  VGCF 3 wt%\n}\n'))).toEqual([]);
  });

  it('porosity is not part of the sum', () => {
    expect(codes(analyze('composite C {\n  Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3 100 vol%\n  porosity 8 vol%\n}\n'))).toEqual([]);
  });

  it('wt% and vol% mixed without densities is mix/units, naming the material without one', () => {
    const a = analyze('material X {\n  formula Li2S\n  role cathode\n}\ncomposite C {\n  X 60 wt%\n  Li6PS5Cl 40 vol%\n}\n');
    const [d] = only(a, 'mix/units');
    expect(d!.message).toContain('`X`');
  });

  it('wt% and vol% mixed is accepted when every component has a density', () => {
    const a = analyze('composite C {\n  NCM811 60 wt% coated LiNbO3\n  Li6PS5Cl 40 vol%\n}\n');
    expect(only(a, 'mix/units')).toEqual([]);
  });
});

describe('conductors by role', () => {
  it('Super P, whose conductivity the library does not give, still carries electrons: no percolation warning', () => {
    const a = analyze('composite C {\n  LiFePO4 70 wt% coated LiNbO3\n  Li6PS5Cl 25 wt%\n  SuperP 5 wt%\n}\n');
    expect(a.diagnostics.filter((d) => d.code === 'conduction/percolation' && d.message.includes('electronic'))).toEqual([]);
  });
});

describe('wt% and vol% together, every density known', () => {
  // NCM811 4.7 g/cm3, Li6PS5Cl 1.84 g/cm3. 70 wt% NCM811 with Li6PS5Cl as the rest of the mass is
  // 30 wt% LPSCl: volumes 70/4.7 = 14.89 and 30/1.84 = 16.30, so LPSCl is 16.30/31.20 = 52.3 vol%.
  it('consistent fractions (70 wt% NCM811, 52.25 vol% Li6PS5Cl) are accepted', () => {
    // Nothing at all: no mix/sum, and nothing else from the mixture check either.
    expect(analyze('composite C {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 52.25 vol%\n}\n').diagnostics).toEqual([]);
  });

  it('inconsistent ones (70 wt% with 30 vol%) are mix/sum, with the total in mass', () => {
    // M = (1 − 0.3) / (0.7/4.7) = 4.700 g per cm3 of solid; LPSCl mass 0.3·1.84 = 0.552 → 11.7 wt%; total 81.7 wt%.
    const [d] = only(analyze('composite C {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 30 vol%\n}\n'), 'mix/sum');
    expect(d!.message).toContain('81.7 wt%');
  });
});

describe('coatings', () => {
  it('a coating on the electrolyte is ref/role: it belongs on the cathode', () => {
    const a = analyze('composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt% coated LiNbO3\n}\n');
    expect(only(a, 'ref/role')[0]!.message).toMatch(/belongs on the cathode/);
  });

  it('`coated` with nothing after it is reported once', () => {
    const a = analyze('composite C {\n  NCM811 70 wt% coated\n  Li6PS5Cl 30 wt%\n}\n');
    expect(only(a, 'syntax')).toHaveLength(1);
  });
});
