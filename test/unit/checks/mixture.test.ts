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
