import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anionClass } from '../../../server/src/core/chemistry/anion-class';
import { chargeBalance } from '../../../server/src/core/chemistry/charge-balance';
import { analyzeFormula, capacityPerElectron, molarMass, parseFormula } from '../../../server/src/core/formula';
import { fuzzParameters, fuzzTimeout } from './config';

/** Characters formulas are made of, and the ones pasted from papers (subscripts, dots, dashes). */
const FORMULA_CHARS = [...'LiNaKCoNiMnFeAlTiZrTaNbLaInYClBrIOSSePGeSiSnCHNFBMgCaZnCuxX()[]{}0123456789..-+·•/ e', '₂', '₃', '²', '−', '–', '\u00a0'];

const formulaLike = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...FORMULA_CHARS), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 10 }).map((units) => String.fromCharCode(...units)) },
  // Real formulas with an absurd amount or nesting somewhere.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('Li6PS5Cl', 'LiNi0.8Co0.1Mn0.1O2', 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', 'Li3InCl6'), fc.constantFrom('9'.repeat(400), '1e400', '0.' + '0'.repeat(400) + '1', '(', ')', '[', '0', '999999999999999999999'), fc.nat({ max: 40 }))
      .map(([formula, insert, at]) => formula.slice(0, at % (formula.length + 1)) + insert + formula.slice(at % (formula.length + 1))),
  },
);

describe('the formula engine on any string', () => {
  it(
    'never throws; a formula it accepts has a finite, positive molar mass and a charge-balance verdict',
    () => {
      fc.assert(
        fc.property(formulaLike, (text) => {
          const parsed = parseFormula(text);
          const report = analyzeFormula(text);
          expect(report.valid).toBe(parsed.ok);
          if (!parsed.ok) {
            expect(parsed.error.start).toBeGreaterThanOrEqual(0);
            expect(parsed.error.end).toBeLessThanOrEqual(text.length);
            return;
          }
          const mass = molarMass(parsed.formula);
          expect(Number.isFinite(mass) && mass > 0, `molar mass of ${JSON.stringify(text)} is ${mass}`).toBe(true);
          expect(Number.isFinite(capacityPerElectron(mass))).toBe(true);
          const balance = chargeBalance(parsed.formula);
          expect(['balanced', 'anion-redox', 'unbalanced', 'not-checked']).toContain(balance.status);
          expect(typeof anionClass(parsed.formula, balance)).toBe('string');
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        }),
        fuzzParameters(2),
      );
    },
    fuzzTimeout(2, 2),
  );

  it('10,000 nested groups are read without exhausting the stack; multipliers that overflow are rejected', () => {
    const nested = analyzeFormula(`${'('.repeat(10_000)}LiCl${')'.repeat(10_000)}`);
    expect(nested.valid).toBe(true);
    expect(nested.molarMass).toBeCloseTo(42.39, 2);
    const doubled = analyzeFormula(`${'['.repeat(10_000)}LiCl${']2'.repeat(10_000)}`);
    expect(doubled.valid).toBe(false);
    expect(doubled.error?.message).toMatch(/more than 1,000,000 atoms of Li/);
    expect(analyzeFormula('('.repeat(10_000)).error?.message).toMatch(/never closed/);
  });

  it('a pasted run of digits is refused, not turned into an infinite molar mass', () => {
    const report = analyzeFormula(`Li${'9'.repeat(400)}PS5Cl`);
    expect(report.valid).toBe(false);
    expect(report.error).toMatchObject({ code: 'formula/syntax', start: 2, end: 402 });
    expect(report.error?.message).toMatch(/too large/);
  });
});
