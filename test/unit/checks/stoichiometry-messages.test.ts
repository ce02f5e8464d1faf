/**
 * stoich/charge, stoich/anion-redox and stoich/capacity in full — message, numbers and data — as a
 * user reads them. Written against the mutants mutation testing found alive in
 * checks/stoichiometry.ts: each case pins a decision the older tests left free.
 */
import { describe, expect, it } from 'vitest';
import { analyze, only } from '../helpers/analyze';

const material = (lines: string) => analyze(`material M {\n${lines}\n}\n`);

describe('stoich/charge', () => {
  it('names the formula and says by how much the charges miss, then what to check', () => {
    const [d] = only(material('  formula LiCoO3'), 'stoich/charge');
    expect(d!.message).toBe(
      '`LiCoO3` cannot be charge balanced with known oxidation states: the cations reach at most +5 (Li +1, Co +4) but the anions need at least 6 (3 O at −2): 1 short per formula unit. Check the formula for a typo or a missing element.',
    );
  });

  it('carries the residual charge in its data, signed: short is negative, too much positive', () => {
    expect(only(material('  formula LiCoO3'), 'stoich/charge')[0]!.data).toEqual({ residual: -1 });
    expect(only(material('  formula Li3YCl4'), 'stoich/charge')[0]!.data).toEqual({ residual: 2 });
  });

  it('too much positive charge is said the other way round', () => {
    const [d] = only(material('  formula Li3YCl4'), 'stoich/charge');
    expect(d!.message).toBe(
      '`Li3YCl4` cannot be charge balanced with known oxidation states: the cations carry at least +6 (Li +1, Y +3) but the anions take at most 4 (4 Cl at −1): 2 too much per formula unit. Check the formula for a typo or a missing element.',
    );
  });
});

describe('stoich/anion-redox', () => {
  it('a chalcogen partly at −1: the states found, and the Li3NiS4 analogy', () => {
    const [d] = only(material('  formula Li3NiS4'), 'stoich/anion-redox');
    expect(d!.message).toMatch(/^`Li3NiS4` balances only with a chalcogen partly at −1 \(Li \+1, Ni [+−\d.]+, S −[\d.]+\): anionic redox, as in Li3NiS4\.$/);
    expect((d!.data as { oxidationStates: Record<string, number> }).oxidationStates.Li).toBe(1);
  });

  it('a catenated anion: the states and the explanation', () => {
    const [d] = only(material('  formula Li2O2'), 'stoich/anion-redox');
    expect(d!.message).toMatch(/^`Li2O2` balances only through a catenated anion \(Li \+1, O −1\): .+\.$/);
    expect((d!.data as { oxidationStates: Record<string, number> }).oxidationStates).toEqual({ Li: 1, O: -1 });
  });
});

describe('stoich/capacity', () => {
  it('the declared and theoretical capacities, the molar mass, the capacity per electron and the electrons it implies', () => {
    const a = material('  formula LiCoO2\n  capacity 300 mAh/g\n  electrons 1');
    const [d] = only(a, 'stoich/capacity');
    expect(d!.message).toBe(
      '300 mAh/g is above the theoretical capacity of `LiCoO2` for 1 electron per formula unit: 274 mAh/g (M = 97.87 g/mol, 274 mAh/g per electron). It would take 1.1 electrons; check the capacity or `electrons`.',
    );
    const data = d!.data as { theoretical: number; impliedElectrons: number };
    expect(data.theoretical).toBeCloseTo(273.84, 1);
    expect(data.impliedElectrons).toBeCloseTo(300 / 273.84, 3);
    expect(a.text.slice(d!.span.start, d!.span.end)).toBe('capacity 300 mAh/g');
  });

  it('plural electrons, and a capacity at the theoretical one passes', () => {
    expect(only(material('  formula LiCoO2\n  capacity 600 mAh/g\n  electrons 2'), 'stoich/capacity')[0]!.message).toContain('for 2 electrons per formula unit: 548 mAh/g');
    expect(only(material('  formula LiCoO2\n  capacity 273 mAh/g\n  electrons 1'), 'stoich/capacity')).toEqual([]);
  });
});

describe('stoich/sites', () => {
  it('names the formula as written, not the material', () => {
    const [d] = only(material('  formula LiNi0.88Co0.09Mn0.09O2'), 'stoich/sites');
    expect(d!.message).toMatch(/^`LiNi0\.88Co0\.09Mn0\.09O2` /);
  });
});
