/**
 * A `material` block → MaterialModel: each line read through the property schema
 * (units converted to canonical ones, impossible values reported), the formula through
 * the formula engine. Problems become diagnostics; what could be read is kept.
 */
import type { MaterialDecl, Property, Span } from '../../../../grammar/ast';
import { spanLike } from '../../../../grammar/span';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { materialProperty, MATERIAL_PROPERTY_KEYS } from '../schema/properties';
import { readPropertyValue, type ReadValue } from '../units/read-value';
import { closestNames } from '../text/closest';
import { chemistryOf } from './chemistry-cache';
import type { Interphase, MaterialModel, MaterialRole, NumberRange, Sourced, WindowLimit } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function buildMaterial(decl: MaterialDecl, file: string, diagnostics: CoreDiagnostic[]): MaterialModel {
  const model: Mutable<MaterialModel> = {
    kind: 'material',
    name: decl.name?.text ?? '',
    origin: 'document',
    file,
    decl,
  };
  if (decl.name) model.nameSpan = decl.name.span;
  const seen = new Map<string, Property>();

  for (const property of decl.properties) {
    const key = property.key.text;
    const spec = materialProperty(key);
    if (!spec) {
      const suggestions = closestNames(key, MATERIAL_PROPERTY_KEYS);
      diagnostics.push(
        diagnostic(
          'syntax',
          property.key.span,
          `unknown material property \`${key}\`${suggestions.length ? `; did you mean \`${suggestions[0]}\`?` : ''} ` +
            `(a material has ${MATERIAL_PROPERTY_KEYS.map((k) => `\`${k}\``).join(', ')})`,
          { data: { suggestions } },
        ),
      );
      continue;
    }
    const earlier = seen.get(key);
    if (earlier) {
      diagnostics.push(
        diagnostic('ref/duplicate', property.key.span, `\`${key}\` is given twice in material \`${model.name}\`; the first one is used`, {
          related: [{ location: { file, span: earlier.span }, message: `first \`${key}\`` }],
        }),
      );
      continue;
    }
    seen.set(key, property);
    const read = readPropertyValue(spec, property.value, property.key);
    diagnostics.push(...read.diagnostics);
    if (read.value) assign(model, key, read.value, property, file, diagnostics);
  }
  const source = model.source;
  if (source) {
    // A document material's own `source` line cites every value it declares. (Written out
    // rather than spread: this runs for every material of a document on every check.)
    for (const key of ['voltage', 'capacity', 'electrons', 'ionic', 'electronic', 'diffusivity', 'density', 'percolation', 'd50'] as const) {
      const value = model[key] as Sourced<unknown> | undefined;
      if (value && !value.source) (model as Record<string, unknown>)[key] = { value: value.value, file: value.file, span: value.span, source };
    }
    if (model.window) {
      const { low, high } = model.window;
      const cited = (limit: WindowLimit): WindowLimit => ({ value: limit.value, file: limit.file, span: limit.span, source });
      model.window = low && high ? { low: cited(low), high: cited(high) } : low ? { low: cited(low) } : high ? { high: cited(high) } : {};
    }
  }
  return model;
}

function assign(
  model: Mutable<MaterialModel>,
  key: string,
  value: ReadValue,
  property: Property,
  file: string,
  diagnostics: CoreDiagnostic[],
): void {
  const span = property.span;
  const single = (v: ReadValue): number | undefined => (v.kind === 'number' ? v.value : undefined);
  const range = (v: ReadValue): NumberRange | undefined =>
    v.kind === 'number' ? { low: v.value, high: v.value } : v.kind === 'range' ? { low: v.low, high: v.high } : undefined;
  const sourced = <T>(v: T | undefined): Sourced<T> | undefined => (v === undefined ? undefined : { value: v, file, span });

  switch (key) {
    case 'formula': {
      if (value.kind !== 'formula') return;
      model.formulaText = value.text;
      model.formulaSpan = value.span;
      const result = chemistryOf(value.text);
      if (result.ok) {
        model.chemistry = result.chemistry;
      } else {
        model.formulaError = result.error;
        const at = { start: value.span.start + result.error.start, end: value.span.start + Math.max(result.error.end, result.error.start + 1) };
        const data = result.error.suggestion
          ? { suggestion: result.error.suggestion, replace: value.span }
          : undefined;
        diagnostics.push(diagnostic(result.error.code, clampSpan(at, value.span), result.error.message, data ? { data } : {}));
      }
      return;
    }
    case 'role':
      if (value.kind === 'name') model.role = { value: value.text as MaterialRole, file, span };
      return;
    case 'interphase':
      if (value.kind === 'name') model.interphase = { value: value.text as Interphase, file, span };
      return;
    case 'source':
      if (value.kind === 'string') model.source = value.text;
      return;
    case 'voltage': {
      // A voltage range is a plateau or a spread of reports: the midpoint is its voltage (V is linear, unlike σ).
      const given = range(value);
      if (!given) return;
      model.voltage = sourced((given.low + given.high) / 2);
      model.voltageRange = given;
      return;
    }
    case 'capacity':
      model.capacity = sourced(single(value));
      return;
    case 'electrons':
      model.electrons = sourced(single(value));
      return;
    case 'density':
      model.density = sourced(single(value));
      return;
    case 'percolation':
      model.percolation = sourced(single(value));
      return;
    case 'd50':
      model.d50 = sourced(single(value));
      return;
    case 'ionic':
      model.ionic = sourced(range(value));
      return;
    case 'electronic':
      model.electronic = sourced(range(value));
      return;
    case 'diffusivity':
      model.diffusivity = sourced(range(value));
      return;
    case 'window': {
      const r = range(value);
      if (r) model.window = { low: { value: r.low, file, span }, high: { value: r.high, file, span } };
      return;
    }
  }
}

/** The part of `within` that `span` covers (at least one character), moving with `within` (span.ts). */
function clampSpan(span: Span, within: Span): Span {
  const start = Math.min(Math.max(span.start, within.start), within.end);
  const end = Math.min(Math.max(span.end, start), Math.max(within.end, start));
  return spanLike(within, start, end === start && within.end > start ? start + 1 : end);
}
