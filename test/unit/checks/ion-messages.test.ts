/**
 * cell/ion in full: each wording of the message (what a material does with its ion, why the
 * composite or the cell runs on the other one, what to use instead) and its data, including the
 * metal-anode swap. Written against the mutants mutation testing found alive in checks/ion.ts
 * (stryker); ion.test.ts has the rule's cases, this file the sentences a user reads.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { analyze, only, spanText } from '../helpers/analyze';

// Each case from a cold analysis: no block's checks reused from whatever document was analysed before.
beforeEach(() => forgetPreviousAnalyses());

const cellOf = (lines: string) => `cell C {\n${lines}\n}\n`;
const COMPOSITE_REASON = 'an electrode moves one ion between its active material and its electrolyte, and Li⁺ has nowhere to go.';
const STACK = 'a cell shuttles one ion from anode to cathode through every layer between them, so';

describe('in a composite', () => {
  it('an electrolyte conducts, an electrode material stores, a material without a role holds', () => {
    // Three carry sodium and three lithium: the tie goes to the active material's sodium.
    const text = 'material X {\n  formula Li2S\n}\ncomposite K {\n  NaCrO2 60 wt%\n  Na3PS4 20 wt%\n  Na2S 10 wt%\n  X 4 wt%\n  LiCoO2 3 wt%\n  Li6PS5Cl 3 wt%\n}\n';
    const a = analyze(text);
    const found = only(a, 'cell/ion');
    expect(found.map((d) => spanText(a, d))).toEqual(['X', 'LiCoO2', 'Li6PS5Cl']);
    expect(found.map((d) => d.message)).toEqual([
      `\`X\` holds lithium, but composite \`K\` works with sodium (\`NaCrO2\`, \`Na3PS4\`, \`Na2S\`): ${COMPOSITE_REASON} Use a sodium material here.`,
      `\`LiCoO2\` stores lithium, but composite \`K\` works with sodium (\`NaCrO2\`, \`Na3PS4\`, \`Na2S\`): ${COMPOSITE_REASON} Use a sodium cathode here.`,
      `\`Li6PS5Cl\` conducts lithium, but composite \`K\` works with sodium (\`NaCrO2\`, \`Na3PS4\`, \`Na2S\`): ${COMPOSITE_REASON} Use a sodium electrolyte here.`,
    ]);
    expect(found.map((d) => d.data)).toEqual([
      { ion: 'Na', carried: 'Li', material: 'X' },
      { ion: 'Na', carried: 'Li', material: 'LiCoO2' },
      { ion: 'Na', carried: 'Li', material: 'Li6PS5Cl' },
    ]);
  });

  it('a composite of one ion, with hosts and carbon, is silent', () => {
    expect(only(analyze('composite K {\n  TiS2 60 wt%\n  Na3PS4 35 wt%\n  VGCF 5 wt%\n}\n'), 'cell/ion')).toEqual([]);
  });
});

describe('in a cell', () => {
  it('by the majority: each agreeing material named once, the metal anode to swap in, and the other ion to declare', () => {
    const a = analyze(cellOf('  anode Li thickness 20 um\n  separator Na3PS4 thickness 30 um\n  separator Na3PS4 thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2'));
    const [d] = only(a, 'cell/ion');
    expect(only(a, 'cell/ion')).toHaveLength(1);
    expect(d!.message).toBe(
      `the anode \`Li\` stores lithium, but the rest of cell \`C\` works with sodium (\`Na3PS4\`, \`NaCrO2\`): ${STACK} Li⁺ and Na⁺ cannot meet in one stack. ` +
        'Use a sodium metal anode (`Na`), or declare `ion Li` if the cell is meant to run on lithium.',
    );
    const data = d!.data as { metal: { span: { start: number; end: number }; name: string } };
    expect(data).toEqual({ ion: 'Na', carried: 'Li', material: 'Li', metal: { span: d!.span, name: 'Na' } });
    expect(spanText(a, { span: data.metal.span })).toBe('Li');
  });

  it('the other way round: a sodium anode in a lithium cell gets the lithium metal', () => {
    const a = analyze(cellOf('  anode Na thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 5 mg/cm2'));
    const [d] = only(a, 'cell/ion');
    expect(d!.message).toBe(
      `the anode \`Na\` stores sodium, but the rest of cell \`C\` works with lithium (\`Li6PS5Cl\`, \`LiCoO2\`): ${STACK} Na⁺ and Li⁺ cannot meet in one stack. ` +
        'Use a lithium metal anode (`Li`), or declare `ion Na` if the cell is meant to run on sodium.',
    );
    expect((d!.data as { metal: { name: string } }).metal.name).toBe('Li');
  });

  it('declared: the declaration is the reason, and nothing to declare instead', () => {
    const a = analyze(cellOf('  anode Li thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2\n  ion Na'));
    expect(only(a, 'cell/ion')[0]!.message).toBe(
      `the anode \`Li\` stores lithium, but cell \`C\` declares \`ion Na\`: ${STACK} Li⁺ and Na⁺ cannot meet in one stack. Use a sodium metal anode (\`Na\`).`,
    );
  });

  it('a composite layer works with its ion; the advice is a layer of the right ion, not a metal', () => {
    const a = analyze('composite K {\n  LiCoO2 70 wt%\n  Li3InCl6 30 wt%\n}\n' + cellOf('  anode Na thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 5 mg/cm2\n  ion Na'));
    const [d] = only(a, 'cell/ion');
    expect(d!.message).toBe(`the cathode \`K\` works with lithium, but cell \`C\` declares \`ion Na\`: ${STACK} Li⁺ and Na⁺ cannot meet in one stack. Use a sodium cathode.`);
    expect(d!.data).toEqual({ ion: 'Na', carried: 'Li', material: 'K' });
  });

  it('no metal swap for a document’s own material named like the metal, nor for the metal in another role', () => {
    const own = analyze('material Li {\n  formula Li\n  role anode\n  voltage 0 V\n}\n' + cellOf('  anode Li thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2'));
    const [d] = only(own, 'cell/ion');
    expect(d!.message).toMatch(/cannot meet in one stack\. Use a sodium anode, or declare `ion Li` if the cell is meant to run on lithium\.$/);
    expect('metal' in (d!.data as object)).toBe(false);
    const asSeparator = analyze(cellOf('  anode Na thickness 20 um\n  separator Li thickness 30 um\n  cathode NaCrO2 loading 5 mg/cm2\n  ion Na'));
    const [s] = only(asSeparator, 'cell/ion');
    expect(s!.message).toBe(`the separator \`Li\` stores lithium, but cell \`C\` declares \`ion Na\`: ${STACK} Li⁺ and Na⁺ cannot meet in one stack. Use a sodium separator.`);
    expect('metal' in (s!.data as object)).toBe(false);
  });
});
