/**
 * runChecks (checks/index.ts): the families in their order, each declaration's findings kept
 * while its model is, and checked again when the settings or, for a composite's conduction
 * advice, the ion its cells run on change. Written against the mutants mutation testing found
 * alive in checks/index.ts (stryker).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { runChecks } from '../../../server/src/core/checks';
import { analyze, only } from '../helpers/analyze';

beforeEach(() => forgetPreviousAnalyses());

describe('the families, in order', () => {
  it('findings on the same place come family by family: the anion check before the oxidation check', () => {
    const a = analyze('material Odd {\n  formula LiCoO3\n  role cathode\n  voltage 3.9 V\n}\ncomposite K {\n  NCM811 70 wt%\n  Li6PS5Cl 20 wt%\n}\n');
    expect(a.diagnostics.map((d) => d.code)).toEqual(['stoich/charge', 'mix/sum', 'anion/mismatch', 'window/oxidation']);
    const [mismatch, oxidation] = only(a, 'anion/mismatch').concat(only(a, 'window/oxidation'));
    expect(mismatch!.span).toEqual(oxidation!.span);
  });
});

describe('findings kept with their model', () => {
  it('other settings check a kept model again', () => {
    const cell = 'cell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 20 mg/cm2\n  rate 1 C\n}\n';
    const limited = (settings: { conductionLimit?: number; homoCategoryWindowSlack?: number }) => only(analyze(cell, { settings }), 'conduction/limited');
    expect(limited({})).toHaveLength(2);
    expect(limited({ conductionLimit: 1 })).toHaveLength(1); // the ionic loss is infinite: no limit passes it
    expect(limited({})).toHaveLength(2);
  });
});

describe('runChecks on a program', () => {
  it('a cell of another file (imported there) is not balanced in this one', () => {
    const a = analyze(
      'material Host {\n  formula Li4Ti5O12\n  role anode\n  voltage 1.55 V\n  capacity 140 mAh/g\n  density 3.5 g/cm3\n}\n' +
        'cell C {\n  anode Host loading 10 mg/cm2\n  separator Li6PS5Cl thickness 30 um\n  cathode LiCoO2 loading 20 mg/cm2\n}\n',
    );
    expect(only(a, 'cell/balance')).toHaveLength(1);
    // Fresh settings, so that nothing found for the analysis is reused.
    const elsewhere = runChecks({ ...a.program, file: '/ws/other.cell' }, a.hints, { ...a.settings });
    expect(elsewhere.filter((d) => d.code === 'cell/balance')).toEqual([]);
    expect(runChecks(a.program, a.hints, { ...a.settings }).filter((d) => d.code === 'cell/balance')).toHaveLength(1);
  });
});
