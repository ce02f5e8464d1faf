/**
 * The words of the `.cell` language, for syntax highlighting, completion and hovers.
 * Only the hard keywords are reserved; every other word here is an ordinary identifier
 * that the parser reads by its position on a line (a soft keyword), so a material may be
 * called `rate` and `role cathode` still works.
 */
import type { LayerRole } from './ast';

/** Reserved words: never a name. A line that starts with one of them starts a declaration. */
export const HARD_KEYWORDS = ['import', 'material', 'composite', 'cell'] as const;
export type HardKeyword = (typeof HARD_KEYWORDS)[number];

/** The keywords that open a `{ … }` block. */
export const BLOCK_KEYWORDS = ['material', 'composite', 'cell'] as const;
export type BlockKeyword = (typeof BLOCK_KEYWORDS)[number];

/** The first word of a layer line in a cell, anode side first in a stack. */
export const LAYER_ROLES: readonly LayerRole[] = ['anode', 'separator', 'cathode', 'collector'];

/** Words that, after a name or a number, introduce the next part of a line instead of a unit. */
export const ATTRIBUTE_KEYWORDS = ['coated', 'thickness', 'loading'] as const;
export type AttributeKeyword = (typeof ATTRIBUTE_KEYWORDS)[number];

/** The attributes a layer line may carry (`thickness 50 um`, `loading 15 mg/cm2`). */
export const LAYER_ATTRIBUTE_KEYS = ['thickness', 'loading'] as const;

/** Property keys of a material (docs/language.md §2); the checker, not the parser, rejects others. */
export const MATERIAL_PROPERTY_KEYS = [
  'formula',
  'role',
  'voltage',
  'capacity',
  'electrons',
  'ionic',
  'electronic',
  'diffusivity',
  'window',
  'interphase',
  'percolation',
  'd50',
  'density',
  'source',
] as const;

/** The one property of a composite besides its components. */
export const COMPOSITE_PROPERTY_KEYS = ['porosity'] as const;

/** Properties of a cell besides its layers. */
export const CELL_PROPERTY_KEYS = ['rate', 'cutoff', 'ion'] as const;

/** Values of a material's `role` (for completion; the checker judges them). */
export const MATERIAL_ROLE_VALUES = [
  'cathode',
  'electrolyte',
  'anode',
  'carbon',
  'binder',
  'coating',
  'collector',
] as const;

/** Values of a material's `interphase` (for completion; the checker judges them). */
export const INTERPHASE_VALUES = ['passivating', 'mixed'] as const;

/** Everything above in one object, for editor features that want the whole vocabulary. */
export const VOCABULARY = {
  hardKeywords: HARD_KEYWORDS,
  blockKeywords: BLOCK_KEYWORDS,
  layerRoles: LAYER_ROLES,
  attributeKeywords: ATTRIBUTE_KEYWORDS,
  layerAttributeKeys: LAYER_ATTRIBUTE_KEYS,
  materialPropertyKeys: MATERIAL_PROPERTY_KEYS,
  compositePropertyKeys: COMPOSITE_PROPERTY_KEYS,
  cellPropertyKeys: CELL_PROPERTY_KEYS,
  materialRoleValues: MATERIAL_ROLE_VALUES,
  interphaseValues: INTERPHASE_VALUES,
} as const;

const hardKeywordSet: ReadonlySet<string> = new Set(HARD_KEYWORDS);
const layerRoleSet: ReadonlySet<string> = new Set(LAYER_ROLES);
const attributeKeywordSet: ReadonlySet<string> = new Set(ATTRIBUTE_KEYWORDS);
const layerAttributeSet: ReadonlySet<string> = new Set(LAYER_ATTRIBUTE_KEYS);

export function isHardKeyword(word: string): word is HardKeyword {
  return hardKeywordSet.has(word);
}

export function isLayerRole(word: string): word is LayerRole {
  return layerRoleSet.has(word);
}

export function isAttributeKeyword(word: string): word is AttributeKeyword {
  return attributeKeywordSet.has(word);
}

export function isLayerAttributeKey(word: string): boolean {
  return layerAttributeSet.has(word);
}
