/**
 * The composite transport model against published measurements (docs/validation.md): a guard
 * that the agreement does not get worse. The data and their sources are in
 * scripts/validate/composites.json; `npm run validate` prints the whole table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareAll, loadStudies } from '../../../scripts/validate/compare';

describe('effective conductivities against published measurements', () => {
  const comparisons = compareAll(loadStudies());

  it('computes every sample: 69 measured values from 10 studies', () => {
    expect(comparisons).toHaveLength(69);
    expect(new Set(comparisons.map((c) => c.study)).size).toBe(10);
    expect(comparisons.every((c) => c.computed !== null)).toBe(true);
  });

  it('at least 43 of them within a factor of 3, and half within a factor of about 2', () => {
    expect(comparisons.filter((c) => c.within3).length).toBeGreaterThanOrEqual(43);
    const errors = comparisons.filter((c) => c.ratio! > 0).map((c) => Math.abs(Math.log10(c.ratio!))).sort((a, b) => a - b);
    expect(10 ** errors[Math.floor(errors.length / 2)]!).toBeLessThan(2.2);
  });

  it('carbon-free NCM–argyrodite composites away from a threshold: both phases within 3× (Ketter, Minnmann, Schlautmann)', () => {
    const carbonFree = comparisons.filter((c) => ['Ketter25', 'Minnmann21', 'Schlautmann23'].includes(c.study) && !c.sample.startsWith('KV'));
    const away = carbonFree.filter((c) => c.computed! > 0 && c.measured > 0.05);
    expect(away.length).toBeGreaterThanOrEqual(18);
    for (const c of away) expect(c.within3, `${c.study} ${c.sample} ${c.phase}: ratio ${c.ratio}`).toBe(true);
  });

  it('at 60 vol% NCM Bruggeman (2.33 × 0.4^1.5 = 0.59 mS/cm) over-estimated the ionic conductivity 54×; the percolation law is within 6×', () => {
    const k60 = comparisons.find((c) => c.sample === 'K60' && c.phase === 'ionic')!;
    expect(k60.ratio!).toBeLessThan(6);
  });

  it('with the particle sizes the study reports, a fine electrolyte among coarse NMC811 (Bazzoun, 1.49 vs 5.50 µm) is within 3× at 70–80 wt% NMC; with the equal-sphere threshold it was 3–11× too low', () => {
    const bazzoun = comparisons.filter((c) => c.study === 'Bazzoun26');
    expect(bazzoun).toHaveLength(3);
    for (const c of bazzoun) expect(c.within3, `${c.sample}: ratio ${c.ratio}`).toBe(true);
  });

  it('a coarse soft electrolyte (Schlautmann, D50 4–40 µm around 3.4 µm NCM) is pressed into the gaps: all four within 3×, as measured', () => {
    const schlautmann = comparisons.filter((c) => c.study === 'Schlautmann23' && c.phase === 'ionic');
    expect(schlautmann).toHaveLength(4);
    for (const c of schlautmann) expect(c.within3, `${c.sample}: ratio ${c.ratio}`).toBe(true);
  });

  it('the README and docs/validation.md state the count this run gives', () => {
    const within = comparisons.filter((c) => c.within3).length;
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const page = readFileSync(new URL('../../../docs/validation.md', import.meta.url), 'utf8');
    expect(readme).toContain(`69 published measurements of real composites: ${within} within a factor of 3`);
    expect(page).toContain(`**${within} of 69 measured values within a factor of 3;`);
  });
});
