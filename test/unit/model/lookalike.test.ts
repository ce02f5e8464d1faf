import { describe, expect, it } from 'vitest';
import type { Fix } from '../../../server/src/core/api';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { libraryLookalike, lookalikeKey } from '../../../server/src/core/model/lookalike';
import { analyze, codes, only, spanText } from '../helpers/analyze';

/** A composite of a sulfide-safe cathode (LiNbO3-coated NCM811), the given electrolyte and carbon. */
function composite(electrolyte: string, cathode = 'NCM811 70 wt% coated LiNbO3'): string {
  return `composite C {\n  ${cathode}\n  ${electrolyte} 27 wt%\n  VGCF 3 wt%\n}\n`;
}

function apply(text: string, fix: Fix): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function lookalikeOf(text: string) {
  const a = analyze(text);
  const found = only(a, 'ref/lookalike');
  return { analysis: a, found, first: found[0] };
}

describe('ref/lookalike: a typo that turns a library name into an ad-hoc formula', () => {
  it('Li6PS5CI (capital i) is the argyrodite Li6PS5Cl, not a formula with C and I', () => {
    const { analysis, first } = lookalikeOf(composite('Li6PS5CI'));
    expect(first!.severity).toBe('warning');
    expect(spanText(analysis, first!)).toBe('Li6PS5CI');
    expect(first!.message).toContain('did you mean `Li6PS5Cl`?');
    expect(first!.message).toContain('`I` for `l`');
    expect(first!.data).toEqual({ replacement: 'Li6PS5Cl', slip: 'confusable' });
  });

  it('a zero for an O: LiCo02, LiNb03, LiMn204, LiFeP04 and Li4Ti5012', () => {
    const meant: Record<string, string> = { LiCo02: 'LiCoO2', LiNb03: 'LiNbO3', LiMn204: 'LiMn2O4', LiFeP04: 'LiFePO4', Li4Ti5012: 'Li4Ti5O12' };
    for (const [written, replacement] of Object.entries(meant)) {
      const { first } = lookalikeOf(composite('Li6PS5Cl', `${written} 70 wt%`));
      expect(first?.data, written).toMatchObject({ replacement });
    }
  });

  it('reads a zero as oxygen also where the oxide is not in the library, if that reading balances', () => {
    const { first } = lookalikeOf(composite('Li6PS5Cl', 'Ti203 70 wt%'));
    expect(first!.data).toEqual({ replacement: 'Ti2O3', slip: 'zero-for-oxygen' });
    expect(first!.message).toContain('reads each 0 as part of a subscript');
  });

  it('letter case: LiPoN (lithium, polonium, nitrogen) is LiPON', () => {
    expect(lookalikeOf(composite('LiPoN')).first!.data).toMatchObject({ replacement: 'LiPON' });
  });

  it('one edit from a library name, when the formula as written does not balance: Li3YCl7', () => {
    const { first } = lookalikeOf(composite('Li3YCl7'));
    expect(first!.data).toEqual({ replacement: 'Li3YCl6', slip: 'one-edit' });
    expect(first!.message).toContain('does not balance');
  });

  it('a name declared in the document is matched too: LiV02 is the declared LiVO2', () => {
    const text = `material LiVO2 {\n  formula LiVO2\n  role cathode\n}\n${composite('Li6PS5Cl', 'LiV02 70 wt%')}`;
    expect(lookalikeOf(text).first!.data).toEqual({ replacement: 'LiVO2', slip: 'confusable' });
  });

  it('never fires on declared names, library names, or formulas that stand as written', () => {
    // Li6PS5Br is a library material; Li2S, LiBr and Li3InCl5 (In²⁺) balance; Li3In is an alloy; C60 an element.
    for (const name of ['Li6PS5Cl', 'Li6PS5Br', 'LPSCl', 'Li2S', 'LiBr', 'Li3InCl5', 'Li10GeP2S12', 'Li0.33La0.56TiO3']) {
      expect(lookalikeOf(composite(name)).found, name).toEqual([]);
    }
    expect(lookalikeOf(composite('Li6PS5Cl', 'Li3In 70 wt%')).found).toEqual([]);
    const declared = `material Li6PS5CI {\n  formula Li6PS5Cl\n  role electrolyte\n}\n${composite('Li6PS5CI')}`;
    expect(lookalikeOf(declared).found).toEqual([]);
  });

  it('warns at every reference, in composites and cell layers alike', () => {
    const text = `${composite('Li6PS5CI')}cell X {\n  anode LiIn thickness 40 um\n  separator Li6PS5CI thickness 30 um\n  cathode C loading 10 mg/cm2\n}\n`;
    expect(lookalikeOf(text).found).toHaveLength(2);
  });

  it('the quick fix writes the meant name; in a compatible cell nothing is left to report', () => {
    const text = composite('Li6PS5CI');
    const a = analyze(text);
    const [d] = only(a, 'ref/lookalike');
    const [fix] = quickFixes(a, { code: d!.code, span: d!.span, data: d!.data });
    expect(fix!.title).toBe('Change to `Li6PS5Cl`');
    expect(fix!.isPreferred).toBe(true);
    const fixed = apply(text, fix!);
    expect(fixed).toBe(composite('Li6PS5Cl'));
    expect(codes(analyze(fixed))).toEqual([]);
  });

  it('the typo hid the oxide–sulfide mismatch; the fix brings back exactly that warning', () => {
    const uncoated = 'NCM811 70 wt%';
    const typo = composite('Li6PS5CI', uncoated);
    expect(codes(analyze(typo))).toEqual(['ref/lookalike']);
    const a = analyze(typo);
    const [d] = only(a, 'ref/lookalike');
    const fixed = apply(typo, quickFixes(a, { code: d!.code, span: d!.span, data: d!.data })[0]!);
    expect(codes(analyze(fixed))).toEqual(codes(analyze(composite('Li6PS5Cl', uncoated))));
    expect(codes(analyze(fixed))).toContain('anion/mismatch');
  });
});

describe('the look-alike key and the library look-up of `cellspec formula`', () => {
  it('folds case and identifies I with l and 0 with O', () => {
    expect(lookalikeKey('Li6PS5CI')).toBe(lookalikeKey('Li6PS5Cl'));
    expect(lookalikeKey('LiCo02')).toBe(lookalikeKey('LiCoO2'));
    expect(lookalikeKey('Li2S')).not.toBe(lookalikeKey('Li2Se'));
  });

  it('finds the library material a formula looks like, and nothing for the library itself', () => {
    expect(libraryLookalike('LiNb03')).toEqual({ replacement: 'LiNbO3', slip: 'confusable' });
    expect(libraryLookalike('Li6PS5CI')).toEqual({ replacement: 'Li6PS5Cl', slip: 'confusable' });
    expect(libraryLookalike('Li6PS5Cl')).toBeUndefined();
    expect(libraryLookalike('Li2S')).toBeUndefined();
    expect(libraryLookalike('LI2S')).toBeUndefined();
  });

  it('stays silent on very long names, which get no suggestion anywhere', () => {
    expect(libraryLookalike(`Li6PS5CI${'Li'.repeat(100)}`)).toBeUndefined();
  });
});
