import { describe, expect, it } from 'vitest';
import { parse, parseIncremental, parseVariant } from '../../../grammar';
import type { MaterialDecl } from '../../../grammar/ast';

const LIBRARY = `material NCM811 {
  formula    LiNi0.8Co0.1Mn0.1O2
  role       cathode
}

material Argyrodite {
  formula    Li6PS5Cl
  role       electrolyte
}
`;

/** The argyrodite block's formula, as the parse reports it. */
function argyroditeFormula(result: ReturnType<typeof parse>) {
  const argyrodite = result.document.declarations.find((d): d is MaterialDecl => d.kind === 'material' && d.name?.text === 'Argyrodite')!;
  return argyrodite.properties[0]!.value!;
}

/** A warm parse: the second one files the first by block, as after the first edit in an editor. */
function warm(text: string) {
  return parseIncremental(text, parseIncremental(text));
}

describe('incremental parsing keeps the nodes of blocks an edit moved', () => {
  it('a block below an edit is the same node, read at its new position', () => {
    const before = warm(LIBRARY);
    const formulaBefore = argyroditeFormula(before);
    const edited = `# a comment typed above\n${LIBRARY}`;
    const after = parseIncremental(edited, before);
    const formulaAfter = argyroditeFormula(after);
    expect(formulaAfter).toBe(formulaBefore);
    expect(edited.slice(formulaAfter.span.start, formulaAfter.span.end)).toBe('Li6PS5Cl');
    expect(after).toEqual(parse(edited));
  });

  it('the first edit after a whole-text parse keeps that parse’s nodes', () => {
    const cold = parseIncremental(LIBRARY);
    const edited = parseIncremental(`\n${LIBRARY}`, cold);
    expect(argyroditeFormula(edited)).toBe(argyroditeFormula(cold));
    expect(argyroditeFormula(edited).span.start).toBe(LIBRARY.indexOf('Li6PS5Cl') + 1);
  });

  it('equal blocks moved by one edit each keep a position of their own', () => {
    const ncm = LIBRARY.slice(0, LIBRARY.indexOf('material Argyrodite'));
    const thrice = `${ncm}${ncm}${ncm}${LIBRARY.slice(ncm.length)}`;
    const before = warm(thrice);
    const edited = `\n\n${thrice}`;
    const after = parseIncremental(edited, before);
    const starts = after.document.declarations.map((d) => d.span.start);
    expect(starts).toEqual(parse(edited).document.declarations.map((d) => d.span.start));
    expect(new Set(starts).size).toBe(4);
    expect(after.document.declarations.every((d, i) => d === before.document.declarations[i])).toBe(true);
  });

  it('parsing a variant (a quick fix tried out) leaves the current parse where it was', () => {
    const current = warm(LIBRARY);
    const formula = argyroditeFormula(current);
    const { start, end } = formula.span;
    const variant = parseVariant(`# inserted\n${LIBRARY}`, current);
    expect([formula.span.start, formula.span.end]).toEqual([start, end]);
    expect(LIBRARY.slice(start, end)).toBe('Li6PS5Cl');
    expect(variant).toEqual(parse(`# inserted\n${LIBRARY}`));
  });

  it('a span is written out as plain offsets', () => {
    const after = parseIncremental(`\n${LIBRARY}`, warm(LIBRARY));
    expect(JSON.parse(JSON.stringify(argyroditeFormula(after).span))).toEqual({ start: LIBRARY.indexOf('Li6PS5Cl') + 1, end: LIBRARY.indexOf('Li6PS5Cl') + 9 });
  });
});
