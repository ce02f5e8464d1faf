import { describe, expect, it } from 'vitest';
import type { Value } from '../../../grammar/ast';
import {
  CELL_PROPERTY_KEYS,
  COMPONENT_FRACTION,
  COMPOSITE_PROPERTY_KEYS,
  INTERPHASE_KINDS,
  LAYER_ATTRIBUTE_KEYS,
  LAYER_ROLES,
  MATERIAL_PROPERTY_KEYS,
  MATERIAL_ROLES,
  cellProperty,
  compositeProperty,
  layerAttribute,
  layerRoleDoc,
  materialProperty,
  materialRoleDoc,
  propertiesOf,
  type Block,
  type PropertySpec,
} from '../../../server/src/core/schema/properties';
import { readPropertyValue } from '../../../server/src/core/units/read-value';
import { unitsOf } from '../../../server/src/core/units/units';
import { formulaValue, name, nameValue, quantity, range, stringValue } from './ast-builders';

const BLOCKS: Block[] = ['material', 'composite', 'cell', 'layer'];
const everySpec = BLOCKS.flatMap((block) => propertiesOf(block));

/** The spec's example as the parser would hand it over. */
function exampleValue(spec: PropertySpec): Value {
  const text = spec.example;
  switch (spec.shape) {
    case 'formula':
      return formulaValue(text);
    case 'name':
      return nameValue(text);
    case 'string':
      return stringValue(text.slice(1, -1));
    default: {
      const ends = text.split(' .. ').map((end) => end.split(' ') as [string, string?]);
      return ends.length === 2 ? range(ends[0]!, ends[1]!) : quantity(ends[0]![0], ends[0]![1]);
    }
  }
}

describe('the property schema', () => {
  it('knows the material keys of docs/language.md §2, in its order', () => {
    expect(MATERIAL_PROPERTY_KEYS).toEqual([
      'formula', 'role', 'voltage', 'capacity', 'electrons', 'ionic', 'electronic',
      'diffusivity', 'window', 'interphase', 'percolation', 'd50', 'density', 'source',
    ]);
  });

  it('knows porosity for composites, rate and cutoff for cells, thickness and loading for layers', () => {
    expect(COMPOSITE_PROPERTY_KEYS).toEqual(['porosity']);
    expect(CELL_PROPERTY_KEYS).toEqual(['rate', 'cutoff', 'ion']);
    expect(LAYER_ATTRIBUTE_KEYS).toEqual(['thickness', 'loading']);
  });

  it('keeps each key to its block: porosity is not a material property, capacity not a cell one', () => {
    expect(materialProperty('porosity')).toBeUndefined();
    expect(cellProperty('capacity')).toBeUndefined();
    expect(compositeProperty('porosity')?.dimensions).toEqual(['volumeFraction']);
    expect(layerAttribute('loading')?.dimensions).toEqual(['arealLoading']);
  });

  it('takes conductivities and diffusivity as a value or a range, windows and cutoffs only as a range', () => {
    for (const key of ['ionic', 'electronic', 'diffusivity']) expect(materialProperty(key)?.shape).toBe('quantityOrRange');
    expect(materialProperty('window')?.shape).toBe('range');
    expect(cellProperty('cutoff')?.shape).toBe('range');
  });

  it('measures rate as a C-rate or a current density', () => {
    expect(cellProperty('rate')?.dimensions).toEqual(['cRate', 'currentDensity']);
  });

  it('lists the roles and interphase kinds of the language', () => {
    expect(MATERIAL_ROLES).toEqual(['cathode', 'electrolyte', 'anode', 'carbon', 'binder', 'coating', 'collector']);
    expect(LAYER_ROLES).toEqual(['anode', 'separator', 'cathode', 'collector']);
    expect(INTERPHASE_KINDS).toEqual(['passivating', 'mixed']);
    expect(materialProperty('role')?.allowed).toEqual(MATERIAL_ROLES);
    expect(materialProperty('interphase')?.allowed).toEqual(INTERPHASE_KINDS);
    expect(materialRoleDoc('coating')).toContain('LiNbO3');
    expect(layerRoleDoc('separator')).toContain('anode side first');
  });

  it.each(everySpec.map((spec) => [spec.block, spec.key, spec] as const))(
    '%s `%s` documents itself with its unit, and its own example reads cleanly',
    (_block, _key, spec) => {
      expect(spec.doc.length).toBeGreaterThan(60);
      const units = unitsOf(spec.dimensions);
      if (units.length > 0) expect(spec.doc).toContain(units[0]);
      const result = readPropertyValue(spec, exampleValue(spec), name(spec.key));
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toBeDefined();
    },
  );

  it('reads a component fraction in wt% or vol% within 0–100 %', () => {
    expect(COMPONENT_FRACTION.dimensions).toEqual(['massFraction', 'volumeFraction']);
    expect(COMPONENT_FRACTION.bounds).toEqual({ min: 0, max: 1 });
  });
});
