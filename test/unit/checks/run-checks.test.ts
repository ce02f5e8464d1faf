/**
 * runChecks (checks/index.ts): the families in their order, each declaration's findings kept
 * while its model is, and checked again when the settings or, for a composite's conduction
 * advice, the ion its cells run on change. Written against the mutants mutation testing found
 * alive in checks/index.ts (stryker).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDocument, forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { RELEASE_BATCH, runChecks } from '../../../server/src/core/checks';
import { hintsOfCell, hintsOfComposite } from '../../../server/src/core/compute';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { generateDocument } from '../../../scripts/bench/generate-document';
import { analyze, exampleFiles, memoryHost, only, WORKSPACE } from '../helpers/analyze';

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

/** A generated document of many batches, with a cell at its end that stacks the first composite and one that stacks a composite declared below it. */
function manyBatches(): string {
  const text = generateDocument(60 * RELEASE_BATCH, 11);
  return (
    'cell Early {\n  anode Li thickness 1 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Composite9 loading 40 mg/cm2\n  rate 20 C\n}\n\n' +
    text +
    '\ncell Late {\n  anode Li thickness 1 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Composite1 loading 40 mg/cm2\n  rate 20 C\n}\n'
  );
}

describe('a run that lets hints and findings go as it goes (`cellspec check`)', () => {
  it('finds what a run that keeps them finds, in the same order: every example, and a document of many batches that names back and ahead', () => {
    const documents = { ...exampleFiles(), [`${WORKSPACE}/many.cell`]: manyBatches() };
    for (const [file, text] of Object.entries(documents)) {
      const host = memoryHost(documents);
      forgetPreviousAnalyses();
      const kept = analyzeDocument(file, text, { host, settings: { ...DEFAULT_SETTINGS } }).diagnostics;
      forgetPreviousAnalyses();
      const released = analyzeDocument(file, text, { host, settings: { ...DEFAULT_SETTINGS }, once: true }).diagnostics;
      expect(released, file).toEqual(kept);
    }
    const many = analyzeDocument(`${WORKSPACE}/many.cell`, manyBatches(), { host: memoryHost(), once: true });
    expect(many.program.composites.length).toBeGreaterThan(2 * RELEASE_BATCH);
    // The two cells' findings read the hints of composites checked (and let go) batches away.
    expect(only(many, 'cell/balance').map((d) => many.text.slice(d.span.start, d.span.end))).toEqual(['anode Li thickness 1 um', 'anode Li thickness 1 um']);
    expect(only(many, 'conduction/limited')).toHaveLength(2);
  });

  it('lets each declaration’s hints go; a run that keeps them leaves the same objects', () => {
    const a = analyze(manyBatches());
    const [composite, cell] = [a.program.composites[0]!, a.program.cells.at(-1)!];
    const before = [hintsOfComposite(a.hints, composite, a.settings), hintsOfCell(a.hints, cell, a.settings)];
    runChecks(a.program, a.hints, a.settings);
    expect([hintsOfComposite(a.hints, composite, a.settings), hintsOfCell(a.hints, cell, a.settings)]).toEqual(before);
    expect(hintsOfComposite(a.hints, composite, a.settings)).toBe(before[0]);
    runChecks(a.program, a.hints, a.settings, { release: true });
    const after = [hintsOfComposite(a.hints, composite, a.settings), hintsOfCell(a.hints, cell, a.settings)];
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after).toEqual(before);
  });

  it('lets the kept findings go: a second run finds equal diagnostics, not the same ones', () => {
    const a = analyze(manyBatches());
    const settings = { ...a.settings };
    const first = runChecks(a.program, a.hints, settings);
    const kept = runChecks(a.program, a.hints, settings);
    expect(kept.every((d, i) => d === first[i])).toBe(true);
    const released = runChecks(a.program, a.hints, settings, { release: true });
    expect(released).toEqual(first);
    const afterRelease = runChecks(a.program, a.hints, settings);
    expect(afterRelease).toEqual(first);
    expect(afterRelease.some((d, i) => d !== first[i])).toBe(true);
  });
});
