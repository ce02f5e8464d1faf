/**
 * Hand-built syntax-tree values for the unit tests, laid out as on a real line so spans are
 * meaningful: `quantity('3', 'V', 11)` is the `3 V` starting at column 11 of `capacity   3 V`.
 */
import type { FormulaValue, Name, NameValue, Quantity, RangeValue, StringValue } from '../../../grammar/ast';

export function name(text: string, start = 0): Name {
  return { text, span: { start, end: start + text.length } };
}

export function quantity(numberText: string, unitText?: string, start = 0): Quantity {
  const numberSpan = { start, end: start + numberText.length };
  const unit = unitText === undefined ? undefined : name(unitText, numberSpan.end + 1);
  return {
    kind: 'quantity',
    value: Number(numberText),
    numberText,
    numberSpan,
    ...(unit ? { unit } : {}),
    span: { start, end: unit ? unit.span.end : numberSpan.end },
  };
}

/** `low .. high`, each end given as [number, unit?]. */
export function range(low: [string, string?], high: [string, string?] | undefined, start = 0): RangeValue {
  const lowQ = quantity(low[0], low[1], start);
  const highQ = high ? quantity(high[0], high[1], lowQ.span.end + 4) : undefined;
  return { kind: 'range', low: lowQ, ...(highQ ? { high: highQ } : {}), span: { start, end: (highQ ?? lowQ).span.end } };
}

export function nameValue(text: string, start = 0): NameValue {
  const n = name(text, start);
  return { kind: 'name', name: n, span: n.span };
}

export function stringValue(value: string, start = 0): StringValue {
  return { kind: 'string', value, span: { start, end: start + value.length + 2 } };
}

export function formulaValue(text: string, start = 0): FormulaValue {
  return { kind: 'formula', text, span: { start, end: start + text.length } };
}
