/**
 * The reproductions of issue #19, each a line or two a user could type or paste: they must
 * come back with a clear answer (not a hang, not a stack overflow, not a page-long message).
 * How the cost grows with the input is asserted by the adversarial suite
 * (test/adversarial, `npm run test:adversarial`); here the inputs are sized so that the old
 * code would run for minutes or throw.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFormula } from '../../../server/src/core/formula';
import { caseFixSuggestion, MAX_CASE_FIX_LENGTH } from '../../../server/src/core/formula/case-fix';

describe('the formula case-fix', () => {
  it('rejects letters that no split into symbols completes without trying every split ("CO" × 40 then Q)', () => {
    // Exponential before: "CO" × 26 + Q took 8 s, × 40 would take days.
    const report = analyzeFormula(`${'CO'.repeat(40)}Q`);
    expect(report.valid).toBe(false);
    expect(report.error!.message).toBe("'Q' is not an element symbol");
    expect(report.error!.suggestion).toBeUndefined();
    expect(caseFixSuggestion(`${'co'.repeat(40)}q`)).toBeUndefined();
  });

  it('reads 10,000 lowercase letters without overflowing the stack, and quotes only their start', () => {
    const report = analyzeFormula('li'.repeat(5000));
    expect(report.valid).toBe(false);
    expect(report.error!.message.length).toBeLessThan(200);
    expect(report.error!.message).toMatch(/^'lilili.*…' is not an element symbol/);
  });

  it('still fixes the case of a long formula up to its stated bound, and says nothing beyond it', () => {
    const atBound = 'li'.repeat(MAX_CASE_FIX_LENGTH / 2);
    expect(caseFixSuggestion(atBound)).toBe('Li'.repeat(MAX_CASE_FIX_LENGTH / 2));
    expect(caseFixSuggestion(`${atBound}s`)).toBeUndefined();
  });

  it('keeps the readings chemists expect', () => {
    expect(caseFixSuggestion('LI2S')).toBe('Li2S');
    expect(caseFixSuggestion('licoo2')).toBe('LiCoO2');
    expect(caseFixSuggestion('LIFEPO4')).toBe('LiFePO4');
    expect(caseFixSuggestion('scn')).toBe('ScN');
  });
});

describe('user text inside formula messages', () => {
  it('names terminal control characters instead of passing them on', () => {
    const report = analyzeFormula('Li2S-\u001b[2J\u001b]0;x\u0007');
    expect(report.error!.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(report.error!.message).toContain('U+001B');
  });

  it('lists a few compounds of a pasted mixture line, not all of them', () => {
    const report = analyzeFormula(Array.from({ length: 1000 }, () => 'Li2S').join('+'));
    expect(report.error!.message).toMatch(/^a mixture of Li2S, Li2S, Li2S, Li2S and 996 more joined by '\+'/);
  });
});
