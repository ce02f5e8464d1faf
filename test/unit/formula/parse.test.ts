import { describe, expect, it } from 'vitest';
import { formatFormula, molarMass, parseFormula, type Formula, type FormulaError } from '../../../server/src/core/formula';

function parsed(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text} should parse: ${result.error.message}`);
  return result.formula;
}

function rejected(text: string): FormulaError {
  const result = parseFormula(text);
  if (result.ok) throw new Error(`${text} should be rejected`);
  return result.error;
}

describe('parsing real formulas', () => {
  it('multiplies out the nested group of the LTG sulfide cathode', () => {
    const ltg = parsed('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3');
    expect([...ltg.elements]).toEqual([
      ['Li', 1.75],
      ['Ti', 2],
      ['Ge', 0.75],
      ['P', 2.25],
      ['S', 11.4],
      ['Se', 0.6],
    ]);
    expect(formatFormula(ltg)).toBe('Li1.75Ti2Ge0.75P2.25S11.4Se0.6');
  });

  it('reads square brackets as a group, as in the LGPS-type conductor of the review', () => {
    const lgps = parsed('Li9.54[Si0.6Ge0.4]1.74P1.44S11.1Br0.3O0.6');
    expect(lgps.elements.get('Si')).toBe(1.044);
    expect(lgps.elements.get('Ge')).toBe(0.696);
    expect(lgps.elements.get('S')).toBe(11.1);
  });

  it('sums an element that appears twice, keeping the order of first appearance', () => {
    expect([...parsed('LiFeSO4F').elements.keys()]).toEqual(['Li', 'Fe', 'S', 'O', 'F']);
    expect([...parsed('CH3COOLi').elements]).toEqual([
      ['C', 2],
      ['H', 3],
      ['O', 2],
      ['Li', 1],
    ]);
  });

  it('applies a group multiplier to every element inside, also through nested groups', () => {
    expect(Object.fromEntries(parsed('Li1.3Al0.3Ti1.7(PO4)3').elements)).toEqual({ Li: 1.3, Al: 0.3, Ti: 1.7, P: 3, O: 12 });
    expect(Object.fromEntries(parsed('Ca3(Al[SiO4]2)2').elements)).toEqual({ Ca: 3, Al: 2, Si: 4, O: 16 });
  });

  it('knows all 118 element symbols, from H to Og', () => {
    expect(parsed('HOg').elements.get('Og')).toBe(1);
    expect(parsed('Ts2Lv').elements.get('Ts')).toBe(2);
  });

  it('accepts CO and SCN as written: both are valid formulas, so no case is fixed', () => {
    expect([...parsed('CO').elements.keys()]).toEqual(['C', 'O']);
    expect([...parsed('SCN').elements.keys()]).toEqual(['S', 'C', 'N']);
  });
});

describe('rejecting what is not a formula, at the exact characters', () => {
  const cases: readonly [text: string, code: FormulaError['code'], start: number, end: number, says: string][] = [
    ['', 'formula/syntax', 0, 0, 'empty'],
    ['75Li2S-25P2S5', 'formula/syntax', 6, 7, 'mixture of Li2S and P2S5'],
    ['Li2S+P2S5', 'formula/syntax', 4, 5, 'mixture of Li2S and P2S5'],
    ['Li2S·P2S5', 'formula/syntax', 4, 5, 'mixture'],
    ['2LiCl', 'formula/syntax', 0, 1, 'a formula cannot start with a coefficient; write LiCl, or declare two materials'],
    ['Li₂S', 'formula/syntax', 2, 3, 'subscript'],
    ['Li2S!', 'formula/syntax', 4, 5, "unexpected character '!'"],
    ['Li2S-', 'formula/syntax', 4, 5, "unexpected character '-'"],
    ['Li2S)', 'formula/syntax', 4, 5, "no matching '('"],
    ['Li(PO4', 'formula/syntax', 2, 3, 'never closed'],
    ['Li[PO4)3', 'formula/syntax', 6, 7, 'match their own kind'],
    ['Li()', 'formula/syntax', 2, 4, 'empty group'],
    ['Li0S', 'formula/syntax', 2, 3, 'zero'],
    ['Li0.0S', 'formula/syntax', 2, 5, 'zero'],
    ['Li-1', 'formula/syntax', 2, 4, 'negative'],
    ['Li(PO4)-3', 'formula/syntax', 7, 9, 'negative'],
    ['Li1e-3S', 'formula/syntax', 2, 6, 'exponents'],
    ['Li2 S', 'formula/syntax', 3, 4, 'no spaces'],
    ['Li.5S', 'formula/syntax', 2, 4, 'write 0.5'],
    ['Li2.S', 'formula/syntax', 2, 4, 'decimal point'],
    ['Li(2S)', 'formula/syntax', 3, 4, 'must follow an element'],
    ['LiXx', 'formula/element', 2, 4, "'Xx' is not an element symbol"],
    ['Qz', 'formula/element', 0, 2, "'Qz' is not an element symbol"],
    ['LiJ', 'formula/element', 2, 3, "'J' is not an element symbol"],
    ['li2s', 'formula/element', 0, 2, 'capital letter'],
  ];
  for (const [text, code, start, end, says] of cases) {
    it(`rejects ${JSON.stringify(text)} as ${code} at ${start}–${end}`, () => {
      const error = rejected(text);
      expect(error.code).toBe(code);
      expect([error.start, error.end]).toEqual([start, end]);
      expect(error.message).toContain(says);
    });
  }

  it('offers LiCl for a leading coefficient and Li2S for Unicode subscripts', () => {
    expect(rejected('2LiCl').suggestion).toBe('LiCl');
    expect(rejected('Li₂S').suggestion).toBe('Li2S');
  });

  it('offers no suggestion for a mixture or an unknown symbol with no real reading', () => {
    expect(rejected('75Li2S-25P2S5').suggestion).toBeUndefined();
    expect(rejected('LiXx').suggestion).toBeUndefined();
    expect(rejected('Qz').suggestion).toBeUndefined();
  });
});

describe('hydrates and adducts after a middle dot', () => {
  it('adds the water of crystallisation of blue vitriol: CuSO4·5H2O is 249.68 g/mol', () => {
    const vitriol = parsed('CuSO4·5H2O');
    expect(Object.fromEntries(vitriol.elements)).toEqual({ Cu: 1, S: 1, O: 9, H: 10 });
    expect(molarMass(vitriol)).toBeCloseTo(249.68, 2);
    // The bracketed spelling is an ordinary group, and the same compound.
    expect(Object.fromEntries(parsed('CuSO4(H2O)5').elements)).toEqual(Object.fromEntries(vitriol.elements));
  });

  it('reads a bare molecule as one, fractional counts as written, and chains of adducts', () => {
    expect(Object.fromEntries(parsed('LiOH·H2O').elements)).toEqual({ Li: 1, O: 2, H: 3 });
    expect(Object.fromEntries(parsed('CaSO4·0.5H2O').elements)).toEqual({ Ca: 1, S: 1, O: 4.5, H: 1 });
    expect(Object.fromEntries(parsed('NiCl2·6NH3').elements)).toEqual({ Ni: 1, Cl: 2, N: 6, H: 18 });
    expect(Object.fromEntries(parsed('LiCl*H2O*NH3').elements)).toEqual({ Li: 1, Cl: 1, H: 5, O: 1, N: 1 });
  });

  it('keeps the mixture advice when the second part is a compound, not an adduct molecule', () => {
    expect(rejected('Li2S·P2S5').message).toContain('mixture');
    expect(rejected('LiCl·2LiBr').message).toContain('mixture');
  });

  it('reports a wrong base formula, not the adduct', () => {
    const error = rejected('CuXx4·5H2O');
    expect(error.code).toBe('formula/element');
    expect(error.message).toContain("'Xx'");
  });

  it('refuses the ASCII-dot spelling, which would silently read as O4.5, and offers the middle dot', () => {
    const error = rejected('CuSO4.5H2O');
    expect(error.code).toBe('formula/syntax');
    expect([error.start, error.end]).toEqual([5, 6]);
    expect(error.message).toContain('hydrate');
    expect(error.suggestion).toBe('CuSO4·5H2O');
    expect(parseFormula(error.suggestion!).ok).toBe(true);
  });

  it('still reads ordinary decimal amounts that merely end in H or O', () => {
    expect(parsed('Li0.5H0.5').elements.get('H')).toBe(0.5);
    expect(parsed('LiNi0.8Co0.1Mn0.1O2').elements.get('O')).toBe(2);
  });
});

describe('fixing the case of element symbols', () => {
  const fixes: readonly [typed: string, meant: string][] = [
    ['LI2S', 'Li2S'],
    ['NACL', 'NaCl'],
    ['LIFEPO4', 'LiFePO4'],
    ['licoo2', 'LiCoO2'],
    ['li2s', 'Li2S'],
    ['LI6PS5CL', 'Li6PS5Cl'],
    ['Li3InCL6', 'Li3InCl6'],
    ['LIIN', 'LiIn'],
  ];
  for (const [typed, meant] of fixes) {
    it(`reads ${typed} as ${meant} and says so`, () => {
      const error = rejected(typed);
      expect(error.code).toBe('formula/element');
      expect(error.suggestion).toBe(meant);
      expect(error.message).toContain(`did you mean ${meant}?`);
      expect(parseFormula(meant).ok).toBe(true);
    });
  }

  it('prefers the stable-element reading: LIFEPO4 is phosphate, not polonium', () => {
    expect(rejected('LIFEPO4').suggestion).not.toBe('LiFePo4');
  });

  it('prefers a charge-balanced reading: licoo2 is LiCoO2, not LiCOO2', () => {
    expect(rejected('licoo2').suggestion).not.toBe('LiCOO2');
  });

  it('reads lowercase scn with two-letter symbols where they are valid: ScN', () => {
    expect(rejected('scn').suggestion).toBe('ScN');
  });

  it('points at the first wrong symbol of an upper-case formula', () => {
    const error = rejected('NACL');
    expect([error.start, error.end]).toEqual([1, 2]);
  });
});
