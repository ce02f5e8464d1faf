/**
 * What `stoich/charge` and `stoich/anion-redox` tell a user, sentence for sentence, and the
 * d/f-block rule that decides which cation takes up mixed valence. Written against the mutants
 * that survived the first mutation run of chemistry/charge-balance.ts (docs/architecture.md,
 * "Mutation testing"): those tests checked that an explanation contained a name, not what it said.
 */
import { describe, expect, it } from 'vitest';
import { chargeBalance, isDOrFBlock, type ChargeBalance } from '../../../server/src/core/chemistry/charge-balance';
import { ELEMENTS } from '../../../server/src/core/chemistry/elements';
import { parseFormula, type Formula } from '../../../server/src/core/formula';

function balanceOf(text: string): ChargeBalance {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return chargeBalance(result.formula);
}

describe('the explanations, in full', () => {
  it('says why a composition is not checked', () => {
    expect(balanceOf('Li')).toEqual({ status: 'not-checked', explanation: 'a single element has no charge to balance' });
    expect(balanceOf('LiIn')).toEqual({
      status: 'not-checked',
      explanation: 'no anion former (H, N, O, F, P, S, Cl, Se, Br, Te, I): a metal, an alloy or lithiated carbon is not charge-checked',
    });
    expect(balanceOf('C2H2F2')).toEqual({
      status: 'not-checked',
      explanation: 'an organic (C–H) composition such as a polymer binder, whose atoms take several formal states within one molecule',
    });
  });

  it('names an element without oxidation states, and a symbol that is no element', () => {
    expect(balanceOf('NeO')).toEqual({ status: 'unbalanced', explanation: 'Ne has no known oxidation state, so it cannot be part of an ionic compound' });
    const made: Formula = { elements: new Map([['Li', 1], ['Xx', 1], ['O', 1]]) } as unknown as Formula;
    expect(chargeBalance(made)).toEqual({ status: 'unbalanced', explanation: 'Xx is not an element' });
  });

  it('says when no element can be the cation', () => {
    expect(balanceOf('OF2')).toEqual({
      status: 'unbalanced',
      explanation: 'no split into cations and more electronegative anions exists with the known states (O −2; F −1)',
    });
  });

  it('a composition short of positive charge: the cations at their highest against the anions at their least', () => {
    expect(balanceOf('LiCoO3')).toEqual({
      status: 'unbalanced',
      oxidationStates: { Li: 1, Co: 4, O: -2 },
      residual: -1,
      explanation: 'the cations reach at most +5 (Li +1, Co +4) but the anions need at least 6 (3 O at −2): 1 short per formula unit',
    });
    expect(balanceOf('LiF2')).toMatchObject({ residual: -1, explanation: 'the cations reach at most +1 (Li +1) but the anions need at least 2 (2 F at −1): 1 short per formula unit' });
  });

  it('a composition with too much positive charge: the cations at their least against the anions at their most', () => {
    expect(balanceOf('LiAuO')).toEqual({
      status: 'unbalanced',
      oxidationStates: { Li: 1, Au: 3, O: -2 },
      residual: 2,
      explanation: 'the cations carry at least +4 (Li +1, Au +3) but the anions take at most 2 (O at −2): 2 too much per formula unit',
    });
  });

  it('catenated anions are named, each at its chain state', () => {
    const catenated = (text: string, explanation: string): void =>
      expect(balanceOf(text)).toMatchObject({ status: 'anion-redox', anionRedox: 'catenated', residual: 0, explanation });
    catenated('Li2O2', 'O −1: a peroxide O2²⁻ (anionic redox: the anion carries the charge, not a cation)');
    catenated('KO2', 'O −0.5: a superoxide O2⁻ (anionic redox: the anion carries the charge, not a cation)');
    catenated('KO3', 'O −0.333: an ozonide O3⁻ (anionic redox: the anion carries the charge, not a cation)');
    catenated('Li2S8', 'S −0.25: a polysulfide S8²⁻ (anionic redox: the anion carries the charge, not a cation)');
    catenated('LiN3', 'N −0.333: an azide N3⁻ (anionic redox: the anion carries the charge, not a cation)');
    expect(balanceOf('KO2').oxidationStates).toEqual({ K: 1, O: -0.5 });
  });

  it('high-valent oxo-anions balance, and say which state they needed', () => {
    expect(balanceOf('K2FeO4')).toEqual({
      status: 'balanced',
      oxidationStates: { K: 1, Fe: 6, O: -2 },
      residual: 0,
      explanation: 'Fe +6, a high-valent oxo-anion as in SrFeO3, BaFeO3 (Fe⁴⁺), K2FeO4 (Fe⁶⁺)',
    });
    expect(balanceOf('OsO4')).toMatchObject({ status: 'balanced', explanation: 'Os +8, a high-valent oxo-anion as in K2OsO4 (Os⁶⁺), OsO4 (Os⁸⁺)' });
  });

  it('a chalcogen partly at −1 is anion redox, with its average state', () => {
    expect(balanceOf('Li3NiS4')).toEqual({
      status: 'anion-redox',
      anionRedox: 'chalcogen',
      oxidationStates: { Li: 1, Ni: 4, S: -1.75 },
      residual: 0,
      explanation: 'S averages −1.75: balanced only with the chalcogen partly at −1 (polyanion, anionic redox)',
    });
    expect(balanceOf('FeS2')).toMatchObject({ oxidationStates: { Fe: 3, S: -1.5 }, explanation: 'S averages −1.5: balanced only with the chalcogen partly at −1 (polyanion, anionic redox)' });
  });

  it('a balanced ordinary compound carries no explanation', () => {
    expect(balanceOf('Li2SO4')).toEqual({ status: 'balanced', oxidationStates: { Li: 1, S: 6, O: -2 }, residual: 0 });
  });
});

describe('the d- and f-block metals take up mixed valence first', () => {
  // Groups 3–12 with the lanthanides and actinides, written out by symbol rather than by atomic number.
  const D_AND_F_BLOCK = new Set(
    (
      'Sc Ti V Cr Mn Fe Co Ni Cu Zn Y Zr Nb Mo Tc Ru Rh Pd Ag Cd ' +
      'La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg ' +
      'Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn'
    ).split(' '),
  );

  it('is true exactly for those 68 elements of the table (Sc–Zn, Y–Cd, La–Hg, Ac–Cn)', () => {
    expect(D_AND_F_BLOCK.size).toBe(68);
    for (const element of ELEMENTS) expect(isDOrFBlock(element.z), element.symbol).toBe(D_AND_F_BLOCK.has(element.symbol));
  });

  it('in NCM811 nickel, the most abundant transition metal, carries the charge; cobalt and manganese keep +3 and +4', () => {
    expect(balanceOf('LiNi0.8Co0.1Mn0.1O2').oxidationStates).toEqual({ Li: 1, Ni: 2.875, Co: 3, Mn: 4, O: -2 });
  });
});
