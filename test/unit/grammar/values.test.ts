import { describe, expect, it } from 'vitest';
import type { CellDecl, CompositeDecl, MaterialDecl, Property, Span } from '../../../grammar/ast';
import { parse } from '../../../grammar/index';

const at = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Parses `material M { <lines> }` and returns the text and its properties, asserting no syntax error. */
function material(lines: string): { text: string; properties: readonly Property[] } {
  const text = `material M {\n${lines}\n}\n`;
  const result = parse(text);
  expect(result.errors).toEqual([]);
  return { text, properties: (result.document.declarations[0] as MaterialDecl).properties };
}

describe('value kinds', () => {
  it('reads an identifier after a key as a name (role cathode, interphase passivating)', () => {
    const { properties } = material('  role cathode\n  interphase passivating');
    expect(properties.map((p) => p.value)).toMatchObject([
      { kind: 'name', name: { text: 'cathode' } },
      { kind: 'name', name: { text: 'passivating' } },
    ]);
  });

  it('reads a quoted citation as a string with its escapes undone', () => {
    const { text, properties } = material('  source "Zhou et al., \\"Nat. Energy\\" 2019, C:\\\\data"');
    expect(properties[0]!.value).toMatchObject({ kind: 'string', value: 'Zhou et al., "Nat. Energy" 2019, C:\\data' });
    expect(at(text, properties[0]!.value!.span)).toBe('"Zhou et al., \\"Nat. Energy\\" 2019, C:\\\\data"');
  });

  it('keeps a # inside a string as part of the string, not a comment', () => {
    const text = 'material M {\n  source "ref. #24"\n}';
    const result = parse(text);
    expect((result.document.declarations[0] as MaterialDecl).properties[0]!.value).toMatchObject({ value: 'ref. #24' });
    expect(result.document.comments).toEqual([]);
  });

  it('reads a bare number as a quantity without a unit (electrons 1, percolation 0.16)', () => {
    const { properties } = material('  electrons 1\n  percolation 0.16');
    expect(properties[0]!.value).toEqual({
      kind: 'quantity',
      value: 1,
      numberText: '1',
      numberSpan: properties[0]!.value!.span,
      unit: undefined,
      span: properties[0]!.value!.span,
    });
    expect(properties[1]!.value).toMatchObject({ value: 0.16, unit: undefined });
  });

  it('reads every number form of the language: 12, 0.25, -3, 1e-10, 2.1E+3', () => {
    const { properties } = material('  a 12\n  b 0.25\n  c -3\n  diffusivity 1e-10 cm2/s\n  e 2.1E+3');
    expect(properties.map((p) => p.value)).toMatchObject([
      { value: 12, numberText: '12' },
      { value: 0.25, numberText: '0.25' },
      { value: -3, numberText: '-3' },
      { value: 1e-10, numberText: '1e-10', unit: { text: 'cm2/s' } },
      { value: 2100, numberText: '2.1E+3' },
    ]);
  });
});

describe('formula values', () => {
  const cases: [string, string][] = [
    ['Li6PS5Cl', 'an argyrodite'],
    ['Li1.3Al0.3Ti1.7(PO4)3', 'LATP with brackets and fractions'],
    ['75Li2S-25P2S5', 'a glass written as a mixture'],
    ['Li₂S', 'Unicode subscripts'],
    ['LI2S', 'a wrong-case element symbol'],
    ['Li[Co]O2', 'square brackets'],
    ['Li2S + P2S5', 'spaces inside'],
  ];
  for (const [formula, what] of cases) {
    it(`passes ${what} (${formula}) to the formula engine raw, with its exact span`, () => {
      const { text, properties } = material(`  formula   ${formula}   # note`);
      const value = properties[0]!.value!;
      expect(value).toMatchObject({ kind: 'formula', text: formula });
      expect(at(text, value.span)).toBe(formula);
    });
  }

  it('reads a quoted formula as the text inside the quotes', () => {
    const { text, properties } = material('  formula "Li3InCl6"');
    expect(properties[0]!.value).toMatchObject({ kind: 'formula', text: 'Li3InCl6' });
    expect(at(text, properties[0]!.value!.span)).toBe('Li3InCl6');
  });

  it('reads a quoted formula glued to its key as the text inside the quotes', () => {
    const { text, properties } = material('  formula"Li3YCl6"');
    expect(properties[0]!.value).toMatchObject({ kind: 'formula', text: 'Li3YCl6' });
    expect(at(text, properties[0]!.value!.span)).toBe('Li3YCl6');
  });

  it('ends a formula at a comment and collects the comment', () => {
    const text = 'material M {\n  formula LiNbO3# coating\n}';
    const result = parse(text);
    expect((result.document.declarations[0] as MaterialDecl).properties[0]!.value).toMatchObject({ text: 'LiNbO3' });
    expect(result.document.comments.map((c) => c.text)).toEqual(['# coating']);
  });

  it('reads the formula of a one-line material without its closing brace', () => {
    const text = 'material LNO { formula LiNbO3 }';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect((result.document.declarations[0] as MaterialDecl).properties[0]!.value).toMatchObject({ kind: 'formula', text: 'LiNbO3' });
  });

  it('treats `formula` outside a material as an ordinary word (a component named formula)', () => {
    const text = 'composite C {\n  formula 70 wt%\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect((result.document.declarations[0] as CompositeDecl).components[0]).toMatchObject({ material: { text: 'formula' }, fraction: { value: 70 } });
  });

  it('does not take `formula` as a key when it is a value (role formula)', () => {
    const { properties } = material('  role formula');
    expect(properties[0]!.value).toMatchObject({ kind: 'name', name: { text: 'formula' } });
  });
});

describe('units', () => {
  it('reads units that contain a slash or a percent sign as one unit', () => {
    const units = ['mAh/g', 'mS/cm', 'wt%', 'vol%', 'cm2/s', 'g/cm3', 'mg/cm2', 'mA/cm2', 'S/m', 'kg/m3', 'Ah/kg', 'mAh/cm2'];
    const { properties } = material(units.map((unit, i) => `  k${i} 1 ${unit}`).join('\n'));
    expect(properties.map((p) => (p.value?.kind === 'quantity' ? p.value.unit?.text : undefined))).toEqual(units);
  });

  it('reads a plain word after a number as its unit, known or not (V, mV, um, MPa, Vv)', () => {
    const { properties } = material('  a 3 V\n  b 3 mV\n  c 3 um\n  d 3 MPa\n  e 3 Vv');
    expect(properties.map((p) => (p.value?.kind === 'quantity' ? p.value.unit?.text : undefined))).toEqual(['V', 'mV', 'um', 'MPa', 'Vv']);
  });

  it('reads a micro sign unit (µm) as a unit for the checker to judge', () => {
    const { properties } = material('  a 30 µm');
    expect(properties[0]!.value).toMatchObject({ unit: { text: 'µm' } });
  });

  it('reads a unit written without a space (3V, 70wt%)', () => {
    const { properties } = material('  a 3V\n  b 70wt%');
    expect(properties.map((p) => p.value)).toMatchObject([
      { value: 3, unit: { text: 'V' } },
      { value: 70, unit: { text: 'wt%' } },
    ]);
  });

  it('gives the unit the exact span of its text', () => {
    const { text, properties } = material('  capacity   250   mAh/g');
    const quantity = properties[0]!.value!;
    expect(quantity.kind).toBe('quantity');
    if (quantity.kind !== 'quantity') return;
    expect(at(text, quantity.numberSpan)).toBe('250');
    expect(at(text, quantity.unit!.span)).toBe('mAh/g');
    expect(at(text, quantity.span)).toBe('250   mAh/g');
  });

  it('does not take `coated` after a fraction as a unit', () => {
    const text = 'composite C {\n  NCM811 70 coated LiNbO3\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    const ncm = (result.document.declarations[0] as CompositeDecl).components[0]!;
    expect(ncm.fraction).toMatchObject({ value: 70, unit: undefined });
    expect(ncm.coating?.text).toBe('LiNbO3');
  });

  it('does not take `thickness` or `loading` after a number as a unit', () => {
    const text = 'cell C {\n  cathode X loading 15 thickness 60 um\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    const cathode = (result.document.declarations[0] as CellDecl).layers[0]!;
    expect(cathode.attributes.map((a) => [a.key.text, a.value?.kind === 'quantity' ? a.value.unit?.text : 'none'])).toEqual([
      ['loading', undefined],
      ['thickness', 'um'],
    ]);
  });
});

describe('ranges', () => {
  it('reads a stability window 1.7 V .. 2.3 V as a range with both units', () => {
    const { text, properties } = material('  window 1.7 V .. 2.3 V');
    expect(properties[0]!.value).toMatchObject({ kind: 'range', low: { value: 1.7, unit: { text: 'V' } }, high: { value: 2.3, unit: { text: 'V' } } });
    expect(at(text, properties[0]!.value!.span)).toBe('1.7 V .. 2.3 V');
  });

  it('reads 1..2 as the range from 1 to 2, not as malformed numbers', () => {
    const { properties } = material('  density 1..2');
    expect(properties[0]!.value).toMatchObject({ kind: 'range', low: { value: 1, numberText: '1' }, high: { value: 2, numberText: '2' } });
  });

  it('reads a range with negative numbers and exponents', () => {
    const { properties } = material('  diffusivity 1e-12 cm2/s .. 1e-10 cm2/s\n  window -0.5 V..0.5 V');
    expect(properties.map((p) => p.value)).toMatchObject([
      { kind: 'range', low: { value: 1e-12 }, high: { value: 1e-10 } },
      { kind: 'range', low: { value: -0.5 }, high: { value: 0.5 } },
    ]);
  });
});

describe('soft keywords', () => {
  it('lets a material be called `rate` and a cell name it as its cathode', () => {
    const text = 'material rate {\n  role cathode\n}\ncell Stack {\n  cathode rate loading 10 mg/cm2\n  rate 1 C\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    const [rate, stack] = result.document.declarations as [MaterialDecl, CellDecl];
    expect(rate.name?.text).toBe('rate');
    expect(stack.layers[0]!.material?.text).toBe('rate');
    expect(stack.properties[0]).toMatchObject({ key: { text: 'rate' }, value: { value: 1 } });
  });

  it('reads a line starting with a layer role as a layer and any other line of a cell as a property', () => {
    const text = 'cell C {\n  separator Li6PS5Cl thickness 30 um\n  cutoff 2.5 V .. 4.3 V\n  pressure 50 MPa\n}';
    const cell = parse(text).document.declarations[0] as CellDecl;
    expect(cell.layers.map((l) => l.role.text)).toEqual(['separator']);
    expect(cell.properties.map((p) => p.key.text)).toEqual(['cutoff', 'pressure']);
  });

  it('reads `porosity` in a composite as a property and every other line as a component', () => {
    const text = 'composite C {\n  NCM811 70 vol%\n  porosity 10 vol%\n  Li6PS5Cl 30 vol%\n}';
    const composite = parse(text).document.declarations[0] as CompositeDecl;
    expect(composite.components.map((c) => c.material.text)).toEqual(['NCM811', 'Li6PS5Cl']);
    expect(composite.properties.map((p) => p.key.text)).toEqual(['porosity']);
  });

  it('reads a layer without a material but with its thickness (the material left missing)', () => {
    const text = 'cell C {\n  anode thickness 50 um\n}';
    const result = parse(text);
    const layer = (result.document.declarations[0] as CellDecl).layers[0]!;
    expect(layer.material).toBeUndefined();
    expect(layer.attributes[0]).toMatchObject({ key: { text: 'thickness' }, value: { value: 50 } });
    expect(result.errors.map((e) => at(text, e.span))).toEqual(['anode']);
  });

  it('accepts any property key, leaving unknown keys to the checker', () => {
    const { properties } = material('  bandgap 2.1 eV\n  colour yellow');
    expect(properties.map((p) => p.key.text)).toEqual(['bandgap', 'colour']);
  });

  it('puts the `{` on the next line if the author does', () => {
    const text = 'material LTG\n{\n  voltage 2.55 V\n}\n';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect((result.document.declarations[0] as MaterialDecl).properties[0]!.key.text).toBe('voltage');
  });

  it('reads an import path as a string', () => {
    const text = 'import "imports/materials.cell"';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.document.declarations[0]).toMatchObject({ kind: 'import', path: { kind: 'string', value: 'imports/materials.cell' } });
  });
});
