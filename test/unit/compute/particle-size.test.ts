/**
 * The size-aware percolation threshold (compute/particle-size.ts, docs/computations.md §2): the
 * coordination-number model of Chen et al. 2011 written around the equal-size threshold, and a
 * `d50` declared in a `.cell` file reaching the conduction check and the hover.
 */
import { describe, expect, it } from 'vitest';
import { sizeAwareThreshold, type SizedSolid } from '../../../server/src/core/compute/particle-size';
import { computeComposite } from '../../../server/src/core/compute';
import { hover } from '../../../server/src/core/ide/hover';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { analyzeText } from '../helpers/analyze';

const hard = (solidFraction: number, d50: number | undefined): SizedSolid => ({ solidFraction, d50, deformable: false, ownThreshold: false });
const soft = (solidFraction: number, d50: number | undefined): SizedSolid => ({ ...hard(solidFraction, d50), deformable: true });
const S = 1.764 / 6; // Z_c / Z̄ of the coordination model: 0.294

describe('the size-aware threshold (coordination-number model)', () => {
  it('equal sizes give back the equal-size threshold, whatever the fractions', () => {
    for (const x of [0.1, 0.5, 0.8]) {
      expect(sizeAwareThreshold([hard(x, 5), hard(1 - x, 5)], 0, S)).toBeCloseTo(S, 12);
    }
  });

  it('radius ratio 1/2: the small species percolates from 0.172 of the solid, the large from 0.4544 (Z_kk = 1.764 solved by hand)', () => {
    // Z_kk = 6 (x_k/r_k)/Σ(x_m/r_m) = 1.764 with r_small = 1, r_large = 2:
    // small: x/(x + (1−x)/2) = 0.294 → x = 0.294/(2 − 0.294) = 0.1723; large: (x/2)/((x/2) + (1−x)) = 0.294 → x = 0.294/(0.706/2 + 0.294) = 0.4544.
    expect(sizeAwareThreshold([hard(0.3, 1), hard(0.7, 2)], 0, S)).toBeCloseTo(0.1723, 4);
    expect(sizeAwareThreshold([hard(0.3, 1), hard(0.7, 2)], 1, S)).toBeCloseTo(0.4544, 4);
  });

  it('the threshold does not depend on how much of the species there is (the others keep their proportions)', () => {
    const a = sizeAwareThreshold([hard(0.2, 1), hard(0.5, 10), hard(0.3, 4)], 0, S)!;
    const b = sizeAwareThreshold([hard(0.6, 1), hard(0.25, 10), hard(0.15, 4)], 0, S)!;
    expect(a).toBeCloseTo(b, 12);
  });

  it('a soft electrolyte coarser than the hard particles counts at their size; finer, at its own', () => {
    expect(sizeAwareThreshold([hard(0.5, 3.4), soft(0.5, 40)], 1, S)).toBeCloseTo(S, 12);
    expect(sizeAwareThreshold([hard(0.5, 3.4), soft(0.5, 40)], 0, S)).toBeCloseTo(S, 12);
    expect(sizeAwareThreshold([hard(0.7, 5.5), soft(0.3, 1.49)], 1, S)).toBeCloseTo(0.1016, 3);
  });

  it('says nothing without a size of its own, without another sized solid, or against a declared percolation', () => {
    expect(sizeAwareThreshold([hard(0.5, undefined), hard(0.5, 5)], 0, S)).toBeUndefined();
    expect(sizeAwareThreshold([hard(0.5, 5), hard(0.5, undefined)], 0, S)).toBeUndefined();
    expect(sizeAwareThreshold([{ ...hard(0.5, 5), ownThreshold: true }, hard(0.5, 1)], 0, S)).toBeUndefined();
    // A fibre with its own threshold is left out of the others' mean size.
    const withFibre = sizeAwareThreshold([hard(0.7, 10), soft(0.27, 1), { ...hard(0.03, 0.15), ownThreshold: true }], 1, S);
    expect(withFibre).toBeCloseTo(sizeAwareThreshold([hard(0.7, 10), soft(0.27, 1)], 1, S)!, 12);
  });
});

const DENSE_CATHODE = (sizes: string): string => `material NCMbig {
  formula LiNi0.8Co0.1Mn0.1O2
  role cathode
  electronic 4.1 mS/cm
  density 4.7 g/cm3
${sizes === 'sized' ? '  d50 10 um\n' : ''}}
material LPSfine {
  formula Li6PS5Cl
  role electrolyte
  ionic 2 mS/cm
  density 1.86 g/cm3
${sizes === 'sized' ? '  d50 1 um\n' : ''}}
composite Cathode {
  NCMbig 88 wt%
  LPSfine 12 wt%
}
`;

describe('d50 in a .cell file', () => {
  it('without sizes 26 vol% of electrolyte does not percolate; a 1 µm electrolyte among 10 µm NCM does, while that coarse NCM no longer carries electrons', () => {
    const plain = analyzeText(DENSE_CATHODE('plain'));
    expect(plain.diagnostics.filter((d) => d.code === 'conduction/percolation').map((d) => d.data)).toEqual([expect.objectContaining({ phase: 'ionic' })]);

    const sized = analyzeText(DENSE_CATHODE('sized'));
    const warned = sized.diagnostics.filter((d) => d.code.startsWith('conduction/') || d.code === 'value/range');
    expect(warned.map((d) => [d.code, (d.data as { phase: string }).phase])).toEqual([['conduction/percolation', 'electronic']]);
    expect(warned[0]!.message).toContain('NCMbig 74.4 vol% / x_c 0.803 from the particle sizes');
    const hints = computeComposite(sized.program.composites.find((c) => c.name === 'Cathode')!, DEFAULT_SETTINGS);
    const term = hints.ionic.percolation.value!.terms[0]!;
    expect(term).toMatchObject({ name: 'LPSfine', thresholdFrom: 'particle-size' });
    expect(term.threshold).toBeGreaterThan(0.03);
    expect(term.threshold).toBeLessThan(0.06);
    // The coarse NCM, in turn, needs more of the solid than equal spheres do to carry electrons.
    const ncm = hints.electronic.percolation.value!.terms[0]!;
    expect(ncm.threshold).toBeGreaterThan(0.75);
  });

  it('the hover of the material shows its size, and an impossible size is value/range', () => {
    const text = DENSE_CATHODE('sized');
    const analysis = analyzeText(text);
    const shown = hover(analysis, text.indexOf('NCMbig'));
    expect(shown?.contents).toContain('10 µm');
    const tiny = analyzeText(text.replace('d50 1 um', 'd50 0.1 nm'));
    expect(tiny.diagnostics.map((d) => d.code)).toContain('value/range');
  });

  it('the composite hover says which thresholds came from the sizes, or why a lone d50 was not used', () => {
    const text = DENSE_CATHODE('sized');
    const sized = hover(analyzeText(text), text.indexOf('Cathode'));
    expect(sized?.contents).toMatch(/thresholds from the particle sizes \(d50\): LPSfine x_c 0\.0\d+, NCMbig x_c 0\.803/);
    const lone = text.replace('  d50 1 um\n', '');
    const shown = hover(analyzeText(lone), lone.indexOf('Cathode'));
    expect(shown?.contents).toContain('the d50 of NCMbig is not used: no other solid of the composite declares one to compare it with (the default threshold applies)');
  });
});
