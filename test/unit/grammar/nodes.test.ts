import { describe, expect, it } from 'vitest';
import { parse, parseIncremental, parseVariant } from '../../../grammar';
import type { CellDecl, MaterialDecl, Quantity } from '../../../grammar/ast';

const TEXT = `material NCM811 {
  formula    LiNi0.8Co0.1Mn0.1O2
  voltage    3.8 V
  electronic 1 S cm-1
  window     1.7 V .. 2.3 V
}

cell C {
  cathode NCM811 loading 15 mg/cm2
  rate 0.5 C
}
`;

const material = (text: string) => parse(text).document.declarations[0] as MaterialDecl;
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('names, quantities and properties are their own spans (grammar/nodes.ts)', () => {
  it('reads each node’s span, number and unit at the characters written', () => {
    const [, voltage, electronic, window] = material(TEXT).properties;
    expect(slice(TEXT, voltage!.span)).toBe('voltage    3.8 V');
    expect(slice(TEXT, voltage!.key.span)).toBe('voltage');
    const quantity = voltage!.value as Quantity;
    expect([slice(TEXT, quantity.span), slice(TEXT, quantity.numberSpan), slice(TEXT, quantity.unit!.span)]).toEqual(['3.8 V', '3.8', 'V']);
    // A unit in the literature's style is read whole: a new quantity, its number where it was.
    const paper = electronic!.value as Quantity;
    expect([slice(TEXT, paper.span), slice(TEXT, paper.numberSpan), paper.unit!.text]).toEqual(['1 S cm-1', '1', 'S cm-1']);
    const range = window!.value!;
    expect(range.kind === 'range' && [slice(TEXT, range.low.numberSpan), slice(TEXT, range.high!.numberSpan)]).toEqual(['1.7', '2.3']);
  });

  it('a node’s span is the node: reading it makes nothing new, and it is written out as offsets', () => {
    const name = material(TEXT).name!;
    expect(name.span).toBe(name);
    expect(JSON.parse(JSON.stringify({ span: name.span }))).toEqual({ span: { start: 9, end: 15 } });
  });

  it('a layer’s attributes and a name value are nodes too, and move with their block', () => {
    const before = parseIncremental(TEXT, parseIncremental(TEXT));
    const edited = `# typed above\n${TEXT}`;
    const after = parseIncremental(edited, before);
    const cell = after.document.declarations[1] as CellDecl;
    const loading = cell.layers[0]!.attributes[0]!;
    expect([slice(edited, loading.span), slice(edited, loading.key.span), slice(edited, (loading.value as Quantity).numberSpan)]).toEqual(['loading 15 mg/cm2', 'loading', '15']);
    expect(after).toEqual(parse(edited));
  });

  it('a moved copy (a quick fix tried on a variant) reads the same as a fresh parse', () => {
    const current = parseIncremental(TEXT, parseIncremental(TEXT));
    const text = `${TEXT.replace('3.8 V', '3.9 V')}\n`;
    const variant = parseVariant(`\n${text}`, current);
    expect(variant).toEqual(parse(`\n${text}`));
    const quantity = (variant.document.declarations[0] as MaterialDecl).properties[1]!.value as Quantity;
    expect(slice(`\n${text}`, quantity.numberSpan)).toBe('3.9');
  });

  it('past the table of shared words, names keep their own text', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `material M${i} {\n  role cathode\n}`).join('\n');
    const names = parse(many).document.declarations.map((d) => (d as MaterialDecl).name!.text);
    expect(names.slice(-2)).toEqual(['M4998', 'M4999']);
    expect(new Set(names).size).toBe(5000);
  });
});
