import { describe, expect, it } from 'vitest';
import { completions } from '../../../server/src/core/ide/completion';
import { hover } from '../../../server/src/core/ide/hover';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { semanticTokens } from '../../../server/src/core/ide/semantic-tokens';
import { analyze, only } from '../helpers/analyze';

/** Names that are also JavaScript's own property names: a lookup through a plain object would find a function. */
const TEXT = `material constructor {
  formula    Li6PS5Cl
  role       electrolyte
  voltage    3 constructor
  capacity   10 __proto__
  ionic      1 toString
  density    2 hasOwnProperty
  source     "\${process.exit(3)}"
}
material __proto__ {
  formula    LiCoO2
  role       cathode
}
composite toString {
  __proto__     70 wt%
  constructor   30 wt%
  valueOf        1 wt%
}
cell hasOwnProperty {
  anode      LiIn          thickness 40 um
  separator  constructor   thickness 30 um
  cathode    toString      loading 10 mg/cm2
  rate       1 constructor
}
`;

describe('a document is data: nothing in it is executed or reaches JavaScript objects', () => {
  const analysis = analyze(TEXT);

  it("JavaScript's own property names used as units are unknown units, each reported", () => {
    const units = only(analysis, 'unit/unknown').map((d) => analysis.text.slice(d.span.start, d.span.end));
    expect(units).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'constructor']);
  });

  it('used as material, composite and cell names they are ordinary names: declared ones resolve, others are undefined', () => {
    expect(analysis.program.materials.map((m) => m.name)).toEqual(['constructor', '__proto__']);
    expect(analysis.program.composites[0]!.components.map((c) => c.material?.name)).toEqual(['__proto__', 'constructor', undefined]);
    expect(only(analysis, 'ref/undefined').map((d) => analysis.text.slice(d.span.start, d.span.end))).toEqual(['valueOf']);
    // The oxide cathode `__proto__` in the sulfide `constructor` is checked like any other pair.
    expect(only(analysis, 'anion/mismatch')).toHaveLength(2);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['formula']).toBeUndefined();
  });

  it('a string that looks like code is kept as the text it is', () => {
    expect(analysis.program.materials[0]!.source).toBe('${process.exit(3)}');
  });

  it('every editor feature answers at every offset of such a document', () => {
    for (let offset = 0; offset <= TEXT.length; offset++) {
      const shown = hover(analysis, offset);
      if (shown) expect(typeof shown.contents).toBe('string');
      for (const completion of completions(analysis, offset)) expect(typeof completion.label).toBe('string');
    }
    expect(inlayHints(analysis).every((hint) => typeof hint.label === 'string')).toBe(true);
    expect(semanticTokens(analysis).length).toBeGreaterThan(0);
    for (const d of analysis.diagnostics) expect(Array.isArray(quickFixes(analysis, { code: d.code, span: d.span, data: d.data }))).toBe(true);
  });
});
