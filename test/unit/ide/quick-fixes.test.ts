import { describe, expect, it } from 'vitest';
import type { Fix } from '../../../server/src/core/api';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { analyze, only } from '../helpers/analyze';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';

function apply(text: string, fix: Fix): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function fixesFor(a: DocumentAnalysis, code: string): Fix[] {
  const d = only(a, code)[0]!;
  return quickFixes(a, { code: d.code, span: d.span, data: d.data });
}

describe('quick fixes turn diagnostic data into edits', () => {
  it('LI2S → Li2S', () => {
    const a = analyze('material T {\n  formula LI2S\n}\n');
    const [fix] = fixesFor(a, 'formula/element');
    expect(fix!.isPreferred).toBe(true);
    expect(apply(a.text, fix!)).toBe('material T {\n  formula Li2S\n}\n');
  });

  it('the first fix of an anion mismatch swaps in the best compatible electrolyte, and the result is clean of the mismatch', () => {
    const text = 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n';
    const a = analyze(text);
    const fixes = fixesFor(a, 'anion/mismatch');
    expect(fixes[0]!.isPreferred).toBe(true);
    expect(fixes[0]!.title).toMatch(/^Use \S+ \(.*mS\/cm.*\) instead of Li6PS5Cl$/);
    const fixed = apply(text, fixes[0]!);
    expect(fixed).not.toContain('Li6PS5Cl');
    expect(only(analyze(fixed), 'anion/mismatch')).toEqual([]);
    expect(only(analyze(fixed), 'window/oxidation')).toEqual([]);
  });

  it('the coating fix adds `coated LiNbO3` to the cathode line', () => {
    const text = 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n';
    const coat = fixesFor(analyze(text), 'anion/mismatch').find((f) => f.title.startsWith('Coat'))!;
    const fixed = apply(text, coat);
    expect(fixed).toContain('NCM811 70 wt%  coated LiNbO3\n');
    expect(analyze(fixed).diagnostics).toEqual([]);
  });

  it('a unit written with negative exponents, as papers do, is one error whose fix spells it the Cellspec way', () => {
    const text = 'material LPSCl {\n  formula Li6PS5Cl\n  role electrolyte\n  ionic 2.5 mS cm-1\n  density 1.64 g cm-3\n}\n';
    const a = analyze(text);
    expect(a.diagnostics.map((d) => [d.code, a.text.slice(d.span.start, d.span.end)])).toEqual([
      ['unit/unknown', 'mS cm-1'],
      ['unit/unknown', 'g cm-3'],
    ]);
    let fixed = text;
    for (const _ of a.diagnostics) fixed = apply(fixed, fixesFor(analyze(fixed), 'unit/unknown')[0]!);
    expect(fixed).toContain('ionic 2.5 mS/cm\n');
    expect(fixed).toContain('density 1.64 g/cm3\n');
    expect(analyze(fixed).diagnostics).toEqual([]);
  });

  it('two properties on one line: the fix puts the second on a line of its own, indented like the first', () => {
    const text = 'material C {\n  formula LiCoO2\n  voltage 3.9 V capacity 140 mAh/g\n}\n';
    const [split] = fixesFor(analyze(text), 'syntax');
    expect(split!.title).toBe('Put it on a line of its own');
    const fixed = apply(text, split!);
    expect(fixed).toBe('material C {\n  formula LiCoO2\n  voltage 3.9 V\n  capacity 140 mAh/g\n}\n');
    expect(only(analyze(fixed), 'syntax')).toEqual([]);
  });

  it('rows pasted between declarations: the fix comments each of them out', () => {
    const text = 'material A {\n  formula Li2S\n}\nName,Formula\nLPSCl,Li6PS5Cl\n\nLIC,Li3InCl6\n';
    const [comment] = fixesFor(analyze(text), 'syntax');
    expect(comment!.title).toBe('Comment out the 3 lines');
    const fixed = apply(text, comment!);
    expect(fixed).toBe('material A {\n  formula Li2S\n}\n# Name,Formula\n# LPSCl,Li6PS5Cl\n\n# LIC,Li3InCl6\n');
    expect(analyze(fixed).diagnostics).toEqual([]);
  });

  it('normalising fractions makes them add up to 100 %', () => {
    const text = 'composite U {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 20 wt%\n  VGCF 5 wt%\n}\n';
    const fixed = apply(text, fixesFor(analyze(text), 'mix/sum')[0]!);
    expect(fixed).toContain('NCM811 73.68 wt%');
    expect(only(analyze(fixed), 'mix/sum')).toEqual([]);
  });

  it('window/reduction: a passivating interlayer is inserted before the separator, or the anode becomes Li–In', () => {
    // Li3ErCl6: lithium reduces it; nothing says Li–In does (Li3InCl6 would get no Li–In fix: In/InLi reduces it too).
    const text = 'cell H {\n  anode      Li         thickness 20 um\n  separator  Li3ErCl6   thickness 50 um\n  cathode    LiCoO2     loading 8 mg/cm2\n}\n';
    const [interlayer, liIn] = fixesFor(analyze(text), 'window/reduction');
    const withInterlayer = apply(text, interlayer!);
    expect(withInterlayer.split('\n')[2]).toMatch(/^ {2}separator {2}Li6PS5Cl/);
    expect(only(analyze(withInterlayer), 'window/reduction')).toEqual([]);
    const withLiIn = apply(text, liIn!);
    expect(withLiIn).toContain('anode      LiIn ');
    expect(only(analyze(withLiIn), 'window/reduction')).toEqual([]);
  });

  it('ref/undefined offers the closest names', () => {
    const a = analyze('composite Unbalanced {\n  Li6PS5Cl 100 wt%\n}\ncell B {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Unbalancd loading 10 mg/cm2\n}\n');
    expect(fixesFor(a, 'ref/undefined')[0]!.title).toBe('Change to `Unbalanced`');
  });
});
