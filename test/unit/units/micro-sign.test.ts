/**
 * `µm` (micro sign, U+00B5) and `μm` (Greek mu, U+03BC) are micrometres wherever `um` is (issue
 * #17): the same numbers in a cell, a hover that names the unit, completion in the spelling being
 * typed, and the unit colour in the TextMate grammar.
 */
import { describe, expect, it } from 'vitest';
import { completions } from '../../../server/src/core/ide/completion';
import { hover } from '../../../server/src/core/ide/hover';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { analyzeText } from '../helpers/analyze';
import { scopeOf, tokenize } from '../syntax/textmate';

const MICRO_SIGN = '\u00b5';
const GREEK_MU = '\u03bc';

const stack = (micrometre: string, space = ' ') =>
  [
    'composite Mix {',
    '  NCM811     70 wt%  coated LiNbO3',
    '  Li6PS5Cl   27 wt%',
    '  VGCF        3 wt%',
    '}',
    'cell Stack {',
    `  anode      LiIn      thickness 40${space}${micrometre}`,
    `  separator  Li6PS5Cl  thickness 30${space}${micrometre}`,
    '  cathode    Mix       loading 10 mg/cm2',
    '  rate       0.1 C',
    '}',
    'material Film {',
    '  formula Li3PO4',
    '  role    electrolyte',
    `  ionic   2 ${micrometre.replace(/m$/, 'S/cm')}`,
    '}',
  ].join('\n');

const labels = (text: string) => inlayHints(analyzeText(text)).map((hint) => hint.label);

describe('the micro sign and the Greek mu', () => {
  it.each([MICRO_SIGN, GREEK_MU])('%s: a cell in µm has the diagnostics and computed values of the same cell in um', (sign) => {
    const ascii = analyzeText(stack('um'));
    for (const space of [' ', '']) {
      const text = stack(`${sign}m`, space);
      const micro = analyzeText(text);
      expect(micro.diagnostics.map((d) => d.code), space).toEqual(ascii.diagnostics.map((d) => d.code));
      expect(labels(text), space).toEqual(labels(stack('um')));
    }
    expect(ascii.diagnostics.filter((d) => d.code.startsWith('unit/'))).toEqual([]);
  });

  it('hovers µm as the micrometre, with no conversion to itself', () => {
    const analysis = analyzeText(stack(`${MICRO_SIGN}m`));
    const shown = hover(analysis, analysis.text.indexOf(`${MICRO_SIGN}m`))!;
    expect(shown.contents).toContain(`**${MICRO_SIGN}m** — micrometre, a length`);
    expect(shown.contents).toContain('is the unit Cellspec computes length in');
    const conductivity = hover(analysis, analysis.text.indexOf(`${MICRO_SIGN}S/cm`))!;
    expect(conductivity.contents).toContain(`**${MICRO_SIGN}S/cm** — microsiemens per centimetre`);
    expect(conductivity.contents).toContain('here 2 µS/cm = 0.002 mS/cm');
  });

  it('completes a unit in the spelling being typed: µ▮ offers µm, u▮ and nothing typed offer um', () => {
    const unitsAt = (line: string) => {
      const text = `cell X {\n  anode LiIn thickness ${line}\n}`;
      return completions(analyzeText(text), text.indexOf(line) + line.length).map((item) => item.label);
    };
    expect(unitsAt(`40 ${MICRO_SIGN}`)).toEqual([`${MICRO_SIGN}m`, 'nm', 'mm', 'cm']);
    expect(unitsAt(`40${GREEK_MU}`)).toEqual([`${GREEK_MU}m`, 'nm', 'mm', 'cm']);
    expect(unitsAt('40 u')).toEqual(['um', 'nm', 'mm', 'cm']);
    expect(unitsAt('40 ')).toEqual(['um', 'nm', 'mm', 'cm']);
  });

  it('colours µm and μm as units in the TextMate grammar', async () => {
    for (const sign of [MICRO_SIGN, GREEK_MU]) {
      const tokens = await tokenize(stack(`${sign}m`));
      expect(scopeOf(tokens, `${sign}m`), sign).toBe('keyword.other.unit.cellspec');
    }
  });
});
