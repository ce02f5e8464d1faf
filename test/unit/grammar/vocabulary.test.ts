import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CellDecl, CompositeDecl, MaterialDecl } from '../../../grammar/ast';
import {
  ATTRIBUTE_KEYWORDS,
  CELL_PROPERTY_KEYS,
  COMPOSITE_PROPERTY_KEYS,
  HARD_KEYWORDS,
  LAYER_ATTRIBUTE_KEYS,
  LAYER_ROLES,
  MATERIAL_PROPERTY_KEYS,
  MATERIAL_ROLE_VALUES,
  parse,
} from '../../../grammar/index';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

describe('the vocabulary', () => {
  it('covers every key, role and attribute the examples use', () => {
    const files = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.cell'));
    const seen = { material: new Set<string>(), composite: new Set<string>(), cell: new Set<string>(), roles: new Set<string>(), attributes: new Set<string>() };
    for (const file of files) {
      for (const declaration of parse(readFileSync(path.join(examplesDir, file), 'utf8')).document.declarations) {
        if (declaration.kind === 'material') (declaration as MaterialDecl).properties.forEach((p) => seen.material.add(p.key.text));
        if (declaration.kind === 'composite') (declaration as CompositeDecl).properties.forEach((p) => seen.composite.add(p.key.text));
        if (declaration.kind === 'cell') {
          const cell = declaration as CellDecl;
          cell.properties.forEach((p) => seen.cell.add(p.key.text));
          cell.layers.forEach((l) => {
            seen.roles.add(l.role.text);
            l.attributes.forEach((a) => seen.attributes.add(a.key.text));
          });
        }
      }
    }
    expect(seen.material.size).toBeGreaterThan(0);
    expect(MATERIAL_PROPERTY_KEYS).toEqual(expect.arrayContaining([...seen.material]));
    expect(COMPOSITE_PROPERTY_KEYS).toEqual(expect.arrayContaining([...seen.composite]));
    expect(CELL_PROPERTY_KEYS).toEqual(expect.arrayContaining([...seen.cell]));
    expect(LAYER_ROLES).toEqual(expect.arrayContaining([...seen.roles]));
    expect(LAYER_ATTRIBUTE_KEYS).toEqual(expect.arrayContaining([...seen.attributes]));
  });

  it('reserves only the four hard keywords: every other word of it may name a material', () => {
    const softWords = new Set<string>([
      ...MATERIAL_PROPERTY_KEYS,
      ...COMPOSITE_PROPERTY_KEYS,
      ...CELL_PROPERTY_KEYS,
      ...LAYER_ROLES,
      ...ATTRIBUTE_KEYWORDS,
      ...MATERIAL_ROLE_VALUES,
    ]);
    for (const word of softWords) {
      const result = parse(`material ${word} {\n}`);
      expect(result.errors, word).toEqual([]);
      expect((result.document.declarations[0] as MaterialDecl).name?.text).toBe(word);
    }
    for (const word of HARD_KEYWORDS) {
      expect(parse(`material ${word} {\n}`).errors, word).toHaveLength(1);
    }
  });
});
