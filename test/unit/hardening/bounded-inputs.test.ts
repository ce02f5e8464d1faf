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
import { closestNames, NameIndex } from '../../../server/src/core/text/closest';
import { editDistance } from '../../../server/src/core/text/edit-distance';
import { seededRandom } from '../../../scripts/lib/random';
import { formatConductivity } from '../../../server/src/core/compute';
import { hover } from '../../../server/src/core/ide/hover';
import { analyze } from '../helpers/analyze';

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

describe('bounded edit distance', () => {
  it('agrees with the unbounded distance wherever that is within the bound, and says "over" otherwise', () => {
    const next = seededRandom(7);
    const word = (length: number) => Array.from({ length }, () => 'abcl1I0O'[Math.floor(next() * 8)]).join('');
    for (let trial = 0; trial < 3000; trial++) {
      const a = word(Math.floor(next() * 9));
      const b = next() < 0.5 ? word(Math.floor(next() * 9)) : mutate(a, next);
      const max = Math.floor(next() * 5);
      const exact = editDistance(a, b);
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(exact <= max ? exact : max + 1);
    }
  });

  it('suggests for a reference one letter off a 60-character name, and stays quiet for a 30,000-character one', () => {
    const name = `Li6PS5Cl_${'x'.repeat(51)}`;
    expect(closestNames(`${name.slice(0, -1)}y`, [name, 'LiIn'])).toEqual([name]);
    const long = 'A'.repeat(30_000);
    expect(closestNames(`${long.slice(0, -1)}B`, [long])).toEqual([]);
    expect(editDistance(long, `${long.slice(0, -1)}B`, 4)).toBe(1);
  });

  it('shares one budget across the look-ups of a document, then stops suggesting', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Name${String(i).padStart(5, '0')}`);
    const index = new NameIndex(names, 50_000);
    expect(index.closest('Name00001x')).toHaveLength(3);
    for (let i = 0; i < 50; i++) index.closest(`Nome${String(i).padStart(5, '0')}`);
    expect(index.closest('Name00001x')).toEqual([]);
  });
});

describe('messages quote names by their start', () => {
  it('a reference one letter off a 30,000-character material name', () => {
    const long = 'A'.repeat(30_000);
    const analysis = analyze(`material ${long} { formula "Li2S" }\ncomposite C {\n  ${long.slice(0, -1)}B 100 wt%\n}\n`);
    const undefinedRef = analysis.diagnostics.find((d) => d.code === 'ref/undefined')!;
    expect(undefinedRef.message.length).toBeLessThan(200);
    expect(undefinedRef.message).toMatch(/^`A{63}…` is not declared/);
  });
});

describe('a pasted block of junk lines', () => {
  it('is one syntax error whose fix comments out every line, for 50,000 lines', () => {
    const lines = 50_000;
    const text = Array.from({ length: lines }, (_, i) => `foo bar ${i}`).join('\n');
    const analysis = analyze(text);
    expect(analysis.diagnostics).toHaveLength(1);
    const [error] = analysis.diagnostics;
    expect(error!.message).toMatch(/^50000 lines here are not declarations/);
    const fix = (error!.data as { fix: { title: string; edits: unknown[] } }).fix;
    expect(fix.title).toBe('Comment out the 50000 lines');
    expect(fix.edits).toHaveLength(lines);
  });
});

function mutate(word: string, next: () => number): string {
  const at = Math.floor(next() * (word.length + 1));
  const kind = Math.floor(next() * 4);
  if (kind === 0) return word.slice(0, at) + 'x' + word.slice(at);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2 && at + 1 < word.length) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + 'z' + word.slice(at + 1);
}

describe('user text in hovers is inert markdown', () => {
  it('a formula string holding a command link and an HTML image shows them as text', () => {
    const evil = 'Li2S[x](command:workbench.action.terminal.new)<img src=x onerror=alert(1)>';
    const text = `material Evil {\n  formula "${evil}"\n  source "[y](command:evil) <script>alert(1)</script>"\n}\n`;
    const analysis = analyze(text);
    const contents = hover(analysis, text.indexOf('Evil'))!.contents;
    // Inside a code span markdown is literal; everywhere else every bracket and angle is escaped.
    const outsideCode = contents.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)[[<]/);
    expect(outsideCode).toContain('Li2S\\[x\\](command');
    expect(outsideCode).toContain('\\<script\\>');
  });
});

describe('numbers outside what can be measured are errors with the allowed range', () => {
  const codesFor = (line: string): string[] => {
    const text = `cell X {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n  ${line}\n}\n`;
    return analyze(text).diagnostics.filter((d) => d.code === 'value/range').map((d) => d.message);
  };

  it.each([
    ['rate 1e308 C', /^`1e308` is too large to be a measured value: Cellspec reads 0 and magnitudes from 1e-100 to 1e100/],
    ['rate 1e309 C', /^`1e309` is too large/],
    ['rate 1e-320 C', /^`1e-320` is too small/],
    ['rate 1e5 C', /^`rate` must be between 0\.000001 and 10000 C, got 1e5 C/],
  ])('%s', (line, message) => {
    expect(codesFor(line)).toEqual([expect.stringMatching(message)]);
  });

  it('a material conductivity of 1e309 mS/cm and a thickness of 1e-7 um', () => {
    const analysis = analyze('material M {\n  formula "Li2S"\n  electronic 1e309 mS/cm\n}\ncell X {\n  anode Li thickness 1e-7 um\n}\n');
    const messages = analysis.diagnostics.filter((d) => d.code === 'value/range').map((d) => d.message);
    expect(messages).toEqual([expect.stringMatching(/^`1e309` is too large/), expect.stringMatching(/^`thickness` must be between 0\.0001 and 1000000 um, got 1e-7 um/)]);
  });

  it('leaves real extremes alone: sulfur at 5e-25 mS/cm, a 0.5 nm coating, lithium metal at 0 V', () => {
    const analysis = analyze('material S {\n  formula "S8"\n  electronic 5e-25 mS/cm\n  voltage 0 V\n}\ncell X {\n  anode Li thickness 0.0005 um\n}\n');
    expect(analysis.diagnostics.filter((d) => d.code === 'value/range')).toEqual([]);
  });
});

describe('one rule for conductivities in every output', () => {
  it('mS/cm below 1000 mS/cm, S/cm from there on, one unit for both ends of a range', () => {
    expect(formatConductivity(2.05).text).toBe('2.05 mS/cm');
    expect(formatConductivity(80000).text).toBe('80 S/cm');
    expect(formatConductivity(242, 412).text).toBe('242–412 mS/cm');
    expect(formatConductivity(500, 2000).text).toBe('0.5–2 S/cm');
  });

  it('the hover of VGCF shows its pressed-network conductivity in S/cm', () => {
    const text = 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n';
    const contents = hover(analyze(text), text.indexOf('VGCF'))!.contents;
    expect(contents).toContain('80 S/cm');
    expect(contents).not.toMatch(/80000 mS\/cm|8e4 mS\/cm/);
  });
});
