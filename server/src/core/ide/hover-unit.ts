/**
 * The hover of a quantity's unit (or its number): what the unit measures and what the value is
 * in the canonical unit every computation uses (`1 S/m = 10 mS/cm`), so a value typed in an
 * unusual unit can be checked at a glance.
 */
import type { Quantity } from '../../../../grammar/ast';
import type { PropertySpec } from '../schema/properties';
import { fromCanonicalValue, toCanonicalValue } from '../units/format';
import { CANONICAL_UNIT, DIMENSION_PHRASE, lookupUnit, unitsOf } from '../units/units';
import { num, prettyUnit } from './display';

export function unitHover(quantity: Quantity, spec: PropertySpec | undefined): string {
  const accepted = spec ? unitsOf(spec.dimensions.filter((d) => d !== 'dimensionless')) : [];
  const acceptedLine = spec && accepted.length ? `\`${spec.key}\` accepts ${accepted.map((u) => `\`${u}\``).join(', ')}.` : undefined;
  if (!quantity.unit) {
    const plain = spec?.dimensions.includes('dimensionless');
    const lines = [`**${quantity.numberText}** — ${plain ? 'a plain number (no unit)' : 'a number without a unit'}`];
    if (!plain && acceptedLine) lines.push(acceptedLine);
    return lines.join('\n\n');
  }
  const symbol = quantity.unit.text;
  const unit = lookupUnit(symbol);
  if (!unit) {
    return [`**${symbol}** is not a unit Cellspec knows (units are case-sensitive, docs/language.md §3).`, acceptedLine].filter(Boolean).join('\n\n');
  }
  const canonical = CANONICAL_UNIT[unit.dimension];
  const lines = [`**${symbol}** — ${unit.name}, ${DIMENSION_PHRASE[unit.dimension]}`];
  const value = toCanonicalValue(quantity.value, unit);
  if (canonical === '') {
    // wt% and vol% become plain fractions: 70 wt% is 0.7 of the solid.
    lines.push(`\`1 ${symbol}\` = ${num(toCanonicalValue(1, unit))}; here ${quantity.numberText} ${symbol} = ${num(value)} as a fraction`);
  } else if (canonical === unit.symbol) {
    lines.push(`\`${prettyUnit(symbol)}\` is the unit Cellspec computes ${DIMENSION_PHRASE[unit.dimension].replace(/^an? /, '')} in.`);
  } else {
    lines.push(
      `\`1 ${prettyUnit(symbol)} = ${num(toCanonicalValue(1, unit))} ${prettyUnit(canonical)}\`; here ${quantity.numberText} ${prettyUnit(symbol)} = ${num(value)} ${prettyUnit(canonical)}`,
    );
    const back = fromCanonicalValue(1, unit);
    if (back !== 1) lines.push(`(1 ${prettyUnit(canonical)} = ${num(back)} ${prettyUnit(symbol)})`);
  }
  if (spec && !spec.dimensions.includes(unit.dimension)) {
    lines.push(`⚠ \`${spec.key}\` expects ${spec.dimensions.map((d) => DIMENSION_PHRASE[d]).join(' or ')}.`);
  } else if (acceptedLine) {
    lines.push(acceptedLine);
  }
  return lines.join('\n\n');
}
