/**
 * A value as written (grammar/ast.ts) → the value in canonical units, judged against its
 * key's spec (schema/properties.ts). Every problem is a diagnostic that says what is wrong,
 * the numbers behind it and what to write instead; `data` carries what a quick fix needs
 * (shapes below).
 *
 * An impossible value (a negative thickness, a reversed range) is reported and *not*
 * returned: later stages would only turn it into nonsense masses and energies.
 * A property line without a value returns nothing and says nothing — the parser has
 * already reported it as `syntax`.
 */
import type { Name, Quantity, RangeValue, Span, Value } from '../../../../grammar/ast';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { COMPONENT_FRACTION, type Bounds, type PropertySpec } from '../schema/properties';
import { closestWords } from '../text/edit-distance';
import { formatNumber, fromCanonicalValue, orList, toCanonicalValue } from './format';
import { NUMBER_MAGNITUDE, PLAUSIBLE } from './plausible';
import { foreignUnit, suggestUnits } from './suggest';
import { CANONICAL_UNIT, DIMENSION_PHRASE, lookupUnit, unitsOf, type Dimension, type UnitDefinition } from './units';
import type { DiagnosticData } from '../diagnostic-data';

export type ReadResult<T> = { value?: T; diagnostics: CoreDiagnostic[] };

/** A key's value in canonical units (V, mAh/g, mS/cm, cm2/s, g/cm3, um, mg/cm2, fractions 0–1, C, mA/cm2). */
export type ReadValue =
  | { readonly kind: 'number'; readonly value: number; readonly dimension: Dimension }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly dimension: Dimension }
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'formula'; readonly text: string; readonly span: Span };

export interface TextReplacement {
  readonly span: Span;
  readonly text: string;
}

/**
 * `unit/unknown` (span: the unit): replace the span with one of `suggestions`. For a unit of
 * another scale (`3.86 Ah/g`) `suggestions` is empty and `replacement` rewrites the whole
 * quantity in a unit of §3 (`3860 mAh/g`).
 */
export type UnknownUnitData = DiagnosticData<'unit/unknown'>;

/**
 * `unit/dimension` (span: the quantity): the units the key accepts. Put one at `unitSpan`
 * (the written unit), or, when the number has none, insert ` unit` at `numberSpan.end`.
 * `expected` is empty when the key takes no unit: remove `unitSpan`, or apply `replacement`
 * (`percolation 16 vol%` → `0.16`).
 */
export type UnitDimensionData = NonNullable<DiagnosticData<'unit/dimension'>>;

/** `syntax` for an unknown word, or a string written without quotes: replace the span with one of `suggestions`. */
export type WordSuggestionData = DiagnosticData<'ref/undefined'>;

/** `value/range` for a range written high end first: `replacement` swaps its ends. */
export type RangeOrderData = NonNullable<DiagnosticData<'value/range'>>;

interface ReadNumber {
  readonly value: number;
  readonly dimension: Dimension;
  /** The unit the number was written in, if any; limits in messages are shown in it. */
  readonly unit?: UnitDefinition;
}

const takesNoUnit = (dimensions: readonly Dimension[]) => dimensions.every((d) => d === 'dimensionless');

/** "a specific capacity (mAh/g, Ah/kg)", "a C-rate (C) or a current density (mA/cm2)". */
function expectationWithUnits(dimensions: readonly Dimension[]): string {
  return orList(
    dimensions.filter((d) => d !== 'dimensionless').map((d) => `${DIMENSION_PHRASE[d]} (${unitsOf([d]).join(', ')})`),
  );
}

function written(q: Quantity, unit: Name | undefined = q.unit): string {
  return unit ? `${q.numberText} ${unit.text}` : q.numberText;
}

function readNumber(q: Quantity, dimensions: readonly Dimension[], keyLabel: string): ReadResult<ReadNumber> {
  // Read once: a quantity's value is parsed from its text on each read (grammar/nodes.ts).
  const value = q.value;
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || (magnitude !== 0 && (magnitude < NUMBER_MAGNITUDE.min || magnitude > NUMBER_MAGNITUDE.max))) {
    return fail(
      diagnostic(
        'value/range',
        q.numberSpan,
        `\`${q.numberText}\` is ${magnitude < 1 ? 'too small' : 'too large'} to be a measured value: Cellspec reads 0 and magnitudes from ${exponentText(NUMBER_MAGNITUDE.min)} to ${exponentText(NUMBER_MAGNITUDE.max)}`,
      ),
    );
  }
  // The accepted units are listed only when something is wrong: this runs for every number of a document.
  const unitName = q.unit;
  if (!unitName) {
    if (dimensions.includes('dimensionless')) return { value: { value, dimension: 'dimensionless' }, diagnostics: [] };
    const expected = unitsOf(dimensions);
    const data: UnitDimensionData = { expected, numberSpan: q.numberSpan };
    const kind = orList(dimensions.map((d) => DIMENSION_PHRASE[d]));
    return fail(
      diagnostic('unit/dimension', q.span, `\`${q.numberText}\` needs a unit: ${orList(expected)} (${keyLabel} is ${kind})`, { data }),
    );
  }
  const unit = lookupUnit(unitName.text);
  if (takesNoUnit(dimensions)) return fail(unitNotTaken(q, unitName, unit, keyLabel));
  if (!unit) return fail(unknownUnit(q, unitName, dimensions, keyLabel));
  if (!dimensions.includes(unit.dimension)) {
    const data: UnitDimensionData = { expected: unitsOf(dimensions), numberSpan: q.numberSpan, unitSpan: unitName.span };
    return fail(
      diagnostic(
        'unit/dimension',
        q.span,
        `${keyLabel} expects ${expectationWithUnits(dimensions)}, but \`${written(q)}\` is ${DIMENSION_PHRASE[unit.dimension]}`,
        { data },
      ),
    );
  }
  return { value: { value: toCanonicalValue(value, unit), dimension: unit.dimension, unit }, diagnostics: [] };
}

/** `1e-100`, `1e100`. */
function exponentText(value: number): string {
  return value.toExponential().replace('e+', 'e');
}

/** The dimension's plausible range (units/plausible.ts), with its lower bound lifted for zero. */
function plausibleBounds({ dimension, value }: ReadNumber): Bounds {
  const bounds = PLAUSIBLE[dimension];
  return value === 0 && bounds.min !== undefined && bounds.min > 0 ? { ...bounds, min: undefined } : bounds;
}

/** A bare-number key written with a unit; `16 vol%` for a volume fraction really means 0.16. */
function unitNotTaken(q: Quantity, unitName: Name, unit: UnitDefinition | undefined, keyLabel: string): CoreDiagnostic {
  const isPercent = unit?.dimension === 'massFraction' || unit?.dimension === 'volumeFraction';
  const plain = isPercent && unit ? formatNumber(toCanonicalValue(q.value, unit)) : q.numberText;
  const data: UnitDimensionData = {
    expected: [],
    numberSpan: q.numberSpan,
    unitSpan: unitName.span,
    ...(isPercent ? { replacement: { span: q.span, text: plain } } : {}),
  };
  return diagnostic(
    'unit/dimension',
    q.span,
    `${keyLabel} is a plain number and takes no unit: write \`${plain}\`${isPercent ? ` for ${written(q)}` : ''}`,
    { data },
  );
}

function unknownUnit(q: Quantity, unitName: Name, dimensions: readonly Dimension[], keyLabel: string): CoreDiagnostic {
  const accepted = `${keyLabel} takes ${orList(unitsOf(dimensions))}`;
  const foreign = foreignUnit(unitName.text);
  if (foreign && dimensions.includes(foreign.dimension)) {
    const text = `${formatNumber(toCanonicalValue(q.value, foreign))} ${CANONICAL_UNIT[foreign.dimension]}`;
    const data: UnknownUnitData = { suggestions: [], replacement: { span: q.span, text } };
    return diagnostic(
      'unit/unknown',
      unitName.span,
      `\`${unitName.text}\` is not a Cellspec unit: \`${written(q)}\` is \`${text}\` (${accepted})`,
      { data },
    );
  }
  const suggestions = suggestUnits(unitName.text, dimensions);
  const data: UnknownUnitData = { suggestions };
  const guess = suggestions.length > 0 ? `: did you mean \`${suggestions[0]}\`?` : ';';
  return diagnostic('unit/unknown', unitName.span, `unknown unit \`${unitName.text}\`${guess} ${accepted}`, { data });
}

/** "greater than 0 um", "between 0 and 10 V", "greater than 0 g/cm3 and less than 25 g/cm3". */
function limitPhrase(bounds: Bounds, unit: UnitDefinition | undefined): string {
  const number = (canonical: number) => formatNumber(unit ? fromCanonicalValue(canonical, unit) : canonical);
  const suffix = unit ? ` ${unit.symbol}` : '';
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined && !bounds.minExclusive && !bounds.maxExclusive) {
    return `between ${number(min)} and ${number(max)}${suffix}`;
  }
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${bounds.minExclusive ? 'greater than' : 'at least'} ${number(min)}${suffix}`);
  if (max !== undefined) parts.push(`${bounds.maxExclusive ? 'less than' : 'at most'} ${number(max)}${suffix}`);
  return parts.join(' and ');
}

function outsideBounds(value: number, bounds: Bounds): boolean {
  const { min, max } = bounds;
  if (min !== undefined && (bounds.minExclusive ? value <= min : value < min)) return true;
  if (max !== undefined && (bounds.maxExclusive ? value >= max : value > max)) return true;
  return false;
}

function checkBounds(read: ReadNumber, bounds: Bounds | undefined, q: Quantity, keyLabel: string): CoreDiagnostic | undefined {
  if (!bounds || !outsideBounds(read.value, bounds)) return undefined;
  const shown = read.unit ? `${q.numberText} ${read.unit.symbol}` : q.numberText;
  const why = bounds.why ? ` (${bounds.why})` : '';
  return diagnostic('value/range', q.span, `${keyLabel} must be ${limitPhrase(bounds, read.unit)}, got ${shown}${why}`);
}

function fail<T>(d: CoreDiagnostic): ReadResult<T> {
  return { diagnostics: [d] };
}

/**
 * A quantity in one of `dimensions`, converted to that dimension's canonical unit.
 * `dimensionless` among them means a bare number is accepted; only `dimensionless` means a
 * unit is refused. `keyLabel` starts the messages as written, e.g. "`capacity`".
 */
export function readQuantity(
  q: Quantity,
  dimensions: readonly Dimension[],
  keyLabel: string,
): ReadResult<{ value: number; dimension: Dimension }> {
  const read = readNumber(q, dimensions, keyLabel);
  if (!read.value) return read;
  const implausible = checkBounds(read.value, plausibleBounds(read.value), q, keyLabel);
  return implausible ? fail(implausible) : { value: { value: read.value.value, dimension: read.value.dimension }, diagnostics: read.diagnostics };
}

/** The property's own bounds first (their message says what the property means), then what any value of the dimension can be. */
function readBoundedNumber(spec: PropertySpec, q: Quantity, keyLabel: string): ReadResult<ReadNumber> {
  const read = readNumber(q, spec.dimensions, keyLabel);
  if (!read.value) return read;
  const outside = checkBounds(read.value, spec.bounds, q, keyLabel) ?? checkBounds(read.value, plausibleBounds(read.value), q, keyLabel);
  return outside ? fail(outside) : read;
}

/** The quantity read with `unit`, at its own place (a syntax node is its own span: copied field by field, never spread). */
function withUnit(q: Quantity, unit: Name): Quantity {
  return { kind: 'quantity', value: q.value, numberText: q.numberText, numberSpan: q.numberSpan, unit, span: q.span };
}

function readRange(spec: PropertySpec, range: RangeValue, keyLabel: string): ReadResult<ReadValue> {
  const high = range.high;
  if (!high) return { diagnostics: [] };
  // `2.5 .. 4.3 V`: a unit written once, after the high end, counts for both ends, as in papers.
  const borrowsUnit = !range.low.unit && high.unit !== undefined && !spec.dimensions.includes('dimensionless');
  const low = borrowsUnit ? withUnit(range.low, high.unit!) : range.low;
  const highRead = readBoundedNumber(spec, high, keyLabel);
  if (borrowsUnit && !highRead.value && highRead.diagnostics.some((d) => d.code !== 'value/range')) {
    return { diagnostics: highRead.diagnostics };
  }
  const lowRead = readBoundedNumber(spec, low, keyLabel);
  const diagnostics = [...lowRead.diagnostics, ...highRead.diagnostics];
  if (!lowRead.value || !highRead.value) return { diagnostics };
  if (lowRead.value.dimension !== highRead.value.dimension) {
    const data: UnitDimensionData = { expected: unitsOf([lowRead.value.dimension]), numberSpan: high.numberSpan, ...(high.unit ? { unitSpan: high.unit.span } : {}) };
    return fail(
      diagnostic(
        'unit/dimension',
        range.span,
        `both ends of ${keyLabel} must measure the same thing, but \`${written(low)}\` is ${DIMENSION_PHRASE[lowRead.value.dimension]} and \`${written(high)}\` is ${DIMENSION_PHRASE[highRead.value.dimension]}`,
        { data },
      ),
    );
  }
  if (lowRead.value.value > highRead.value.value) {
    const swapped = `${written(high)} .. ${written(low)}`;
    const data: RangeOrderData = { replacement: { span: range.span, text: swapped } };
    return fail(
      diagnostic(
        'value/range',
        range.span,
        `${keyLabel} is written high end first (\`${written(range.low)} .. ${written(high)}\`): the low end comes first, \`${swapped}\``,
        { data },
      ),
    );
  }
  return {
    value: { kind: 'range', low: lowRead.value.value, high: highRead.value.value, dimension: lowRead.value.dimension },
    diagnostics,
  };
}

/** What a key takes, for a value of the wrong shape: "a voltage such as `2.55 V`". */
function shapeDescription(spec: PropertySpec): string {
  const example = `\`${spec.example}\``;
  const kind = orList(spec.dimensions.map((d) => DIMENSION_PHRASE[d]));
  switch (spec.shape) {
    case 'formula':
      return `a chemical formula such as ${example}`;
    case 'name':
      return spec.allowed ? `one of ${orList(spec.allowed)}` : `a name such as ${example}`;
    case 'string':
      return `a quoted string such as ${example}`;
    case 'quantity':
      return `${kind} such as ${example}`;
    case 'quantityOrRange':
      return `${kind} such as ${example}, or a range of two`;
    case 'range':
      return `a range, low end first, such as ${example}`;
  }
}

function wrongShape(spec: PropertySpec, value: Value, keyLabel: string, extra = ''): ReadResult<ReadValue> {
  return fail(diagnostic('syntax', value.span, `${keyLabel} expects ${shapeDescription(spec)}${extra}`));
}

function readName(spec: PropertySpec, name: Name, keyLabel: string): ReadResult<ReadValue> {
  const allowed = spec.allowed;
  if (!allowed || allowed.includes(name.text)) return { value: { kind: 'name', text: name.text }, diagnostics: [] };
  const close = closestWords(name.text, allowed);
  const data: WordSuggestionData = { suggestions: close.length > 0 ? close : [...allowed] };
  const guess = close.length > 0 ? `: did you mean \`${close[0]}\`?` : ':';
  return fail(
    diagnostic('syntax', name.span, `\`${name.text}\` is not a valid ${keyLabel}${guess} (one of ${orList(allowed)})`, { data }),
  );
}

/**
 * The value of one property line, read against its key's spec. `keyName` is the key as
 * written; messages name it. An undefined value gives no value and no diagnostic.
 */
export function readPropertyValue(spec: PropertySpec, value: Value | undefined, keyName: Name): ReadResult<ReadValue> {
  if (!value) return { diagnostics: [] };
  const keyLabel = `\`${keyName.text}\``;
  switch (spec.shape) {
    case 'formula':
      if (value.kind === 'formula') return { value: { kind: 'formula', text: value.text, span: value.span }, diagnostics: [] };
      // §1: every formula is also a valid name, so a parser may hand one over as a name.
      if (value.kind === 'name') return { value: { kind: 'formula', text: value.name.text, span: value.name.span }, diagnostics: [] };
      return wrongShape(spec, value, keyLabel);
    case 'name':
      return value.kind === 'name' ? readName(spec, value.name, keyLabel) : wrongShape(spec, value, keyLabel);
    case 'string':
      if (value.kind === 'string') return { value: { kind: 'string', text: value.value }, diagnostics: [] };
      if (value.kind === 'name') {
        const data: WordSuggestionData = { suggestions: [JSON.stringify(value.name.text)] };
        return fail(diagnostic('syntax', value.span, `${keyLabel} expects ${shapeDescription(spec)}: put the text in double quotes`, { data }));
      }
      return wrongShape(spec, value, keyLabel);
    case 'quantity':
      if (value.kind === 'quantity') return asNumber(readBoundedNumber(spec, value, keyLabel));
      return wrongShape(spec, value, keyLabel, value.kind === 'range' ? ', a single value rather than a range' : '');
    case 'quantityOrRange':
      if (value.kind === 'quantity') return asNumber(readBoundedNumber(spec, value, keyLabel));
      if (value.kind === 'range') return readRange(spec, value, keyLabel);
      return wrongShape(spec, value, keyLabel);
    case 'range':
      if (value.kind === 'range') return readRange(spec, value, keyLabel);
      return wrongShape(spec, value, keyLabel, value.kind === 'quantity' ? `, not the single value \`${written(value)}\`` : '');
  }
}

function asNumber(read: ReadResult<ReadNumber>): ReadResult<ReadValue> {
  if (!read.value) return { diagnostics: read.diagnostics };
  return { value: { kind: 'number', value: read.value.value, dimension: read.value.dimension }, diagnostics: read.diagnostics };
}

/**
 * A composite component's fraction (`NCM811 70 wt%`) as a fraction 0–1 of the solid, with
 * whether it was a mass or a volume fraction (a composite must not mix them: `mix/units`).
 */
export function readComponentFraction(
  fraction: Quantity,
  material: Name,
): ReadResult<{ value: number; dimension: 'massFraction' | 'volumeFraction' }> {
  const read = readBoundedNumber(COMPONENT_FRACTION, fraction, `the fraction of \`${material.text}\``);
  if (!read.value) return { diagnostics: read.diagnostics };
  const dimension = read.value.dimension === 'volumeFraction' ? 'volumeFraction' : 'massFraction';
  return { value: { value: read.value.value, dimension }, diagnostics: read.diagnostics };
}
