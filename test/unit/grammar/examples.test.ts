import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CellDecl, CompositeDecl, MaterialDecl, Span } from '../../../grammar/ast';
import { parse } from '../../../grammar/index';

// The repository's copies of the shared contract examples (docs/language.md: they must keep parsing).
const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');
const read = (name: string): string => readFileSync(path.join(examplesDir, name), 'utf8');
const at = (text: string, span: Span): string => text.slice(span.start, span.end);

describe('the examples', () => {
  const files = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.cell'));

  it('include the four contract examples of the language', () => {
    expect(files).toEqual(expect.arrayContaining(['halide-cathode.cell', 'homogeneous-ltg.cell', 'mistakes.cell', 'oxide-on-sulfide.cell']));
  });

  for (const file of files) {
    it(`${file} parses without a syntax error`, () => {
      expect(parse(read(file)).errors).toEqual([]);
    });
  }
});

describe('homogeneous-ltg.cell: a single ICDC sulfide cathode', () => {
  const text = read('homogeneous-ltg.cell');
  const { document } = parse(text);
  const [ltg, composite, cell] = document.declarations as [MaterialDecl, CompositeDecl, CellDecl];

  it('declares the LTG material, the LTGonly composite and the HomogeneousCell, in order', () => {
    expect(document.declarations.map((d) => [d.kind, 'name' in d ? d.name?.text : undefined])).toEqual([
      ['material', 'LTG'],
      ['composite', 'LTGonly'],
      ['cell', 'HomogeneousCell'],
    ]);
  });

  it('keeps the LTG formula raw, with a span that covers exactly the formula', () => {
    const formula = ltg.properties[0]!;
    expect(formula.key.text).toBe('formula');
    expect(formula.value).toMatchObject({ kind: 'formula', text: 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3' });
    expect(at(text, formula.value!.span)).toBe('Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3');
    expect(at(text, formula.span)).toBe('formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3');
  });

  it('reads every property key of LTG in the order written', () => {
    expect(ltg.properties.map((p) => p.key.text)).toEqual(['formula', 'role', 'voltage', 'capacity', 'ionic', 'electronic', 'source']);
  });

  it('reads the role as a name, the voltage and capacity as quantities with their units', () => {
    const [, role, voltage, capacity] = ltg.properties;
    expect(role!.value).toMatchObject({ kind: 'name', name: { text: 'cathode' } });
    expect(voltage!.value).toMatchObject({ kind: 'quantity', value: 2.55, numberText: '2.55', unit: { text: 'V' } });
    expect(capacity!.value).toMatchObject({ kind: 'quantity', value: 250, unit: { text: 'mAh/g' } });
    expect(at(text, capacity!.value!.span)).toBe('250 mAh/g');
  });

  it('reads the ionic conductivity 0.22–0.66 mS/cm as a range of two quantities', () => {
    const ionic = ltg.properties[4]!.value;
    expect(ionic).toMatchObject({
      kind: 'range',
      low: { value: 0.22, unit: { text: 'mS/cm' } },
      high: { value: 0.66, unit: { text: 'mS/cm' } },
    });
    expect(at(text, ionic!.span)).toBe('0.22 mS/cm .. 0.66 mS/cm');
  });

  it('reads the source citation as an unescaped string', () => {
    expect(ltg.properties[6]!.value).toMatchObject({ kind: 'string', value: 'review Table 1, ref. 24' });
  });

  it('reads the porosity of the composite as a property and LTG as its only component', () => {
    expect(composite.components.map((c) => [c.material.text, c.fraction?.value, c.fraction?.unit?.text])).toEqual([['LTG', 100, 'wt%']]);
    expect(composite.properties.map((p) => [p.key.text, at(text, p.value!.span)])).toEqual([['porosity', '8 vol%']]);
  });

  it('reads the stack anode side first, two collectors included, and the C-rate', () => {
    expect(cell.layers.map((l) => [l.role.text, l.material?.text, l.attributes.map((a) => at(text, a.span))])).toEqual([
      ['anode', 'LiIn', ['thickness 40 um']],
      ['separator', 'Li6PS5Cl', ['thickness 30 um']],
      ['cathode', 'LTGonly', ['loading 10 mg/cm2']],
      ['collector', 'Al', ['thickness 10 um']],
      ['collector', 'Cu', ['thickness 8 um']],
    ]);
    expect(cell.properties[0]).toMatchObject({ key: { text: 'rate' }, value: { kind: 'quantity', value: 0.5, unit: { text: 'C' } } });
  });

  it('spans a declaration from its keyword to its closing brace', () => {
    expect(at(text, ltg.keywordSpan)).toBe('material');
    expect(at(text, ltg.name!.span)).toBe('LTG');
    expect(at(text, cell.span).startsWith('cell HomogeneousCell {')).toBe(true);
    expect(at(text, cell.span).endsWith('rate       0.5 C\n}')).toBe(true);
  });

  it('collects the four leading comment lines', () => {
    expect(document.comments).toHaveLength(4);
    expect(document.comments[0]!.text.startsWith('# A homogeneous (ICDC) sulfide cathode')).toBe(true);
    for (const comment of document.comments) expect(at(text, comment.span)).toBe(comment.text);
  });
});

describe('oxide-on-sulfide.cell: NCM811 in an argyrodite catholyte', () => {
  const text = read('oxide-on-sulfide.cell');
  const [bare, coated, cell] = parse(text).document.declarations as [CompositeDecl, CompositeDecl, CellDecl];

  it('leaves the bare NCM811 uncoated', () => {
    expect(bare.components[0]).toMatchObject({ material: { text: 'NCM811' }, fraction: { value: 70 } });
    expect(bare.components[0]!.coating).toBeUndefined();
    expect(bare.components[0]!.coatedKeywordSpan).toBeUndefined();
  });

  it('reads NCM811 70 wt% coated LiNbO3 as one component with its coating', () => {
    const ncm = coated.components[0]!;
    expect(ncm.coating?.text).toBe('LiNbO3');
    expect(at(text, ncm.coatedKeywordSpan!)).toBe('coated');
    expect(at(text, ncm.span)).toBe('NCM811     70 wt%  coated LiNbO3');
    expect(coated.components.map((c) => c.material.text)).toEqual(['NCM811', 'Li6PS5Cl', 'VGCF']);
  });

  it('reads the cathode loading of 15 mg/cm2 and the 0.1 C rate', () => {
    const cathode = cell.layers.find((l) => l.role.text === 'cathode')!;
    expect(cathode.material?.text).toBe('BareNCM');
    expect(cathode.attributes[0]).toMatchObject({ key: { text: 'loading' }, value: { value: 15, unit: { text: 'mg/cm2' } } });
    expect(cell.properties[0]!.value).toMatchObject({ value: 0.1, unit: { text: 'C' } });
  });
});

describe('halide-cathode.cell: FeCl3 in Li3InCl6', () => {
  const text = read('halide-cathode.cell');
  const [fecl3, , cell] = parse(text).document.declarations as [MaterialDecl, CompositeDecl, CellDecl];

  it('reads the FeCl3 formula and its single redox electron', () => {
    expect(fecl3.properties[0]!.value).toMatchObject({ kind: 'formula', text: 'FeCl3' });
    expect(fecl3.properties.find((p) => p.key.text === 'electrons')!.value).toMatchObject({ kind: 'quantity', value: 1, unit: undefined });
  });

  it('reads the 2.5–4.0 V cutoff as a range and keeps the trailing comment of the anode line out of the tree', () => {
    const cutoff = cell.properties.find((p) => p.key.text === 'cutoff')!;
    expect(at(text, cutoff.value!.span)).toBe('2.5 V .. 4.0 V');
    const anode = cell.layers[0]!;
    expect(at(text, anode.span)).toBe('anode      Li              thickness 20 um');
  });
});

describe('mistakes.cell: mistakes for the checker, not the parser', () => {
  const text = read('mistakes.cell');
  const declarations = parse(text).document.declarations;

  it('keeps the wrong-case formula LI2S raw for the formula engine', () => {
    const typo = declarations[0] as MaterialDecl;
    expect(typo.properties[0]!.value).toMatchObject({ kind: 'formula', text: 'LI2S' });
    expect(at(text, typo.properties[0]!.value!.span)).toBe('LI2S');
  });

  it('reads a negative separator thickness as the number -30', () => {
    const broken = declarations[3] as CellDecl;
    expect(broken.layers[0]!.attributes[0]!.value).toMatchObject({ value: -30, numberText: '-30', unit: { text: 'um' } });
  });

  it('reads an undefined layer reference (Unbalancd) as a plain name', () => {
    const broken = declarations[3] as CellDecl;
    expect(broken.layers[1]!.material?.text).toBe('Unbalancd');
  });
});
