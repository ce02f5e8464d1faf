/**
 * The words the TextMate grammar highlights, taken from their single sources: the parser's
 * vocabulary (grammar/vocabulary.ts) and the unit table (core/units).
 */
import {
  ATTRIBUTE_KEYWORDS,
  BLOCK_KEYWORDS,
  CELL_PROPERTY_KEYS,
  COMPOSITE_PROPERTY_KEYS,
  HARD_KEYWORDS,
  INTERPHASE_VALUES,
  LAYER_ATTRIBUTE_KEYS,
  LAYER_ROLES,
  MATERIAL_PROPERTY_KEYS,
  MATERIAL_ROLE_VALUES,
} from '../grammar';
import { spellingsOf, UNITS } from '../server/src/core/units/units';
import type { SyntaxVocabulary } from './syntax-grammar';

function word<T extends string>(words: readonly T[], wanted: T): T {
  if (!words.includes(wanted)) throw new Error(`the parser's vocabulary has no '${wanted}'`);
  return wanted;
}

export const CELLSPEC_VOCABULARY: SyntaxVocabulary = {
  materialKeyword: word(BLOCK_KEYWORDS, 'material'),
  compositeKeyword: word(BLOCK_KEYWORDS, 'composite'),
  cellKeyword: word(BLOCK_KEYWORDS, 'cell'),
  importKeyword: word(HARD_KEYWORDS, 'import'),
  materialPropertyKeys: MATERIAL_PROPERTY_KEYS,
  formulaKey: word(MATERIAL_PROPERTY_KEYS, 'formula'),
  enumeratedValues: {
    [word(MATERIAL_PROPERTY_KEYS, 'role')]: MATERIAL_ROLE_VALUES,
    [word(MATERIAL_PROPERTY_KEYS, 'interphase')]: INTERPHASE_VALUES,
  },
  compositePropertyKeys: COMPOSITE_PROPERTY_KEYS,
  coatedKeyword: word(ATTRIBUTE_KEYWORDS, 'coated'),
  layerRoles: LAYER_ROLES,
  layerAttributeKeys: LAYER_ATTRIBUTE_KEYS,
  cellPropertyKeys: CELL_PROPERTY_KEYS,
  units: UNITS.flatMap(spellingsOf),
};
