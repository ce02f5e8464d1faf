import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCellspecGrammar, renderGrammarJson } from '../../../scripts/syntax-grammar';
import { CELLSPEC_VOCABULARY } from '../../../scripts/syntax-vocabulary';
import { GRAMMAR_FILE, scopeOf, scopesOf, tokenize } from './textmate';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

describe('the TextMate grammar', () => {
  it('is exactly what the generator makes from the parser vocabulary (run npm run gen:syntax after a vocabulary change)', () => {
    expect(readFileSync(GRAMMAR_FILE, 'utf8')).toBe(renderGrammarJson(buildCellspecGrammar(CELLSPEC_VOCABULARY)));
  });

  it('highlights a material block: keyword, name, property keys, role value and the formula with its counts', async () => {
    const tokens = await tokenize(readFileSync(path.join(examples, 'homogeneous-ltg.cell'), 'utf8'));
    expect(scopeOf(tokens, 'material')).toBe('storage.type.material.cellspec');
    expect(scopeOf(tokens, 'LTG')).toBe('entity.name.type.material.cellspec');
    expect(scopeOf(tokens, 'formula')).toBe('support.type.property-name.cellspec');
    expect(scopeOf(tokens, 'Ti')).toBe('string.unquoted.formula.cellspec');
    expect(scopeOf(tokens, '1.75')).toBe('constant.numeric.stoichiometry.cellspec');
    expect(scopeOf(tokens, '(')).toBe('punctuation.definition.group.cellspec');
    expect(scopeOf(tokens, 'cathode')).toBe('constant.language.role.cellspec');
    expect(scopeOf(tokens, 'mAh/g')).toBe('keyword.other.unit.cellspec');
    expect(scopeOf(tokens, '250')).toBe('constant.numeric.cellspec');
    expect(scopeOf(tokens, '..')).toBe('keyword.operator.range.cellspec');
    expect(scopeOf(tokens, 'review Table 1, ref. 24')).toBe('string.quoted.double.cellspec');
    expect(scopesOf(tokens, '250')).toContain('meta.block.material.cellspec');
  });

  it('highlights a composite: components as material references, fractions with units, and coatings', async () => {
    const tokens = await tokenize(readFileSync(path.join(examples, 'oxide-on-sulfide.cell'), 'utf8'));
    expect(scopeOf(tokens, 'BareNCM')).toBe('entity.name.type.composite.cellspec');
    expect(scopeOf(tokens, 'NCM811')).toBe('variable.other.material.cellspec');
    expect(scopeOf(tokens, 'wt%')).toBe('keyword.other.unit.cellspec');
    expect(scopeOf(tokens, 'coated')).toBe('keyword.other.coated.cellspec');
    expect(scopeOf(tokens, 'LiNbO3')).toBe('variable.other.material.cellspec');
  });

  it('highlights a cell: layer roles, the materials they name, thickness and loading', async () => {
    const tokens = await tokenize(readFileSync(path.join(examples, 'halide-cathode.cell'), 'utf8'));
    const anodeLine = tokens.find((token) => token.text === 'anode' && token.scopes.includes('meta.block.cell.cellspec'))!.line;
    expect(scopeOf(tokens, 'anode', anodeLine)).toBe('keyword.other.layer.cellspec');
    expect(scopeOf(tokens, 'Li', anodeLine)).toBe('variable.other.material.cellspec');
    expect(scopeOf(tokens, 'thickness', anodeLine)).toBe('support.type.property-name.cellspec');
    expect(scopeOf(tokens, 'um', anodeLine)).toBe('keyword.other.unit.cellspec');
    expect(scopeOf(tokens, 'mg/cm2')).toBe('keyword.other.unit.cellspec');
    expect(scopeOf(tokens, 'cutoff')).toBe('support.type.property-name.cellspec');
    expect(scopesOf(tokens, ' expected: window/reduction against Li3InCl6')).toContain('comment.line.number-sign.cellspec');
  });

  it('does not colour an unknown unit as a unit, nor a number inside a name', async () => {
    const tokens = await tokenize('material X {\n  capacity 3 bananas\n  formula Li6PS5Cl\n}');
    expect(scopeOf(tokens, ' bananas')).not.toBe('keyword.other.unit.cellspec');
    expect(tokens.some((token) => token.text.includes('bananas') && token.scopes.includes('keyword.other.unit.cellspec'))).toBe(false);
    expect(scopeOf(tokens, '6', 2)).toBe('constant.numeric.stoichiometry.cellspec');
  });

  it('recovers at the next declaration when a block lacks its closing brace', async () => {
    const tokens = await tokenize('material Half {\n  role cathode\n\ncomposite Next {\n  NCM811 70 wt%\n}');
    expect(scopeOf(tokens, 'composite')).toBe('storage.type.composite.cellspec');
    expect(scopeOf(tokens, 'Next')).toBe('entity.name.type.composite.cellspec');
    expect(scopeOf(tokens, 'NCM811')).toBe('variable.other.material.cellspec');
  });

  it('keeps an escaped quote inside a source string', async () => {
    const tokens = await tokenize('material X {\n  source "Kraft \\"2017\\""\n}');
    expect(scopeOf(tokens, '\\"')).toBe('constant.character.escape.cellspec');
    expect(scopesOf(tokens, '2017')).toContain('string.quoted.double.cellspec');
  });
});
