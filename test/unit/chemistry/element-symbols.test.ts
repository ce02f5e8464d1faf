/**
 * Which words are element symbols: the lookup every formula and the editor's formula colouring
 * rest on. Written against the mutants mutation testing found alive (or not covered) in
 * chemistry/elements.ts (stryker); elements.test.ts has the table's facts.
 */
import { expect, it } from 'vitest';
import { ELEMENTS, elementBySymbol, isElementSymbol } from '../../../server/src/core/chemistry/elements';

it('every symbol of the table is one, as written', () => {
  for (const element of ELEMENTS) {
    expect(isElementSymbol(element.symbol), element.symbol).toBe(true);
    expect(elementBySymbol(element.symbol)).toBe(element);
  }
});

it('anything else is not: wrong case, names, unknown symbols, the empty string', () => {
  for (const word of ['li', 'LI', 'CO', 'Lithium', 'Xx', 'J', 'Uue', '', ' Li']) {
    expect(isElementSymbol(word), word).toBe(false);
    expect(elementBySymbol(word), word).toBeUndefined();
  }
});
