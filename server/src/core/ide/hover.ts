/**
 * Hover: what the word under the cursor means. A material, composite or cell name (declared or
 * referenced) shows its values and what they imply; an element inside a formula its table row
 * and its state in the compound; a unit its value in the canonical unit; a key, keyword or role
 * word the schema's plain-words doc, and the section of the language reference that specifies it.
 */
import type { Declaration, Name, Property, Quantity, Span, Value } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import type { Hover } from '../api';
import type { Declared, MaterialModel } from '../model';
import {
  cellProperty,
  COMPONENT_FRACTION,
  compositeProperty,
  interphaseDoc,
  layerAttribute,
  layerRoleDoc,
  materialProperty,
  materialRoleDoc,
  specDoc,
  type PropertySpec,
} from '../schema/properties';
import { unitsOf } from '../units/units';
import { cellHover } from './hover-cell';
import { compositeHover } from './hover-composite';
import { elementHover } from './hover-element';
import { symbolAtOffset } from './formula-text';
import { materialHover } from './hover-material';
import { unitHover } from './hover-unit';
import { formatMolarMass } from '../compute';
import { chargeBalanceLine } from './display';
import { KEYWORD_DOCS } from './keyword-docs';
import { REFERENCE_SECTIONS } from './reference';
import { symbolAt } from './navigation';
import { ionAt, ionOfDeclaration, ionOfModel } from './ion-context';
import { isWorkingIon, ionWords, type WorkingIon } from '../chemistry/ions';
import { materialForIon } from '../model/library-materials';
import { compositeForIon } from '../model/ion';

const DECLARATIONS = REFERENCE_SECTIONS.declarations;

const inside = (span: Span | undefined, offset: number): span is Span => span !== undefined && offset >= span.start && offset < span.end;

export function hover(analysis: DocumentAnalysis, offset: number): Hover | undefined {
  const symbol = symbolAt(analysis, offset);
  if (symbol && inside(symbol.name.span, offset)) return nameHover(analysis, symbol.name, symbol.target, offset, symbol.isDeclaration);
  const declaration = analysis.parse.document.declarations.find((d) => offset >= d.span.start && offset < d.span.end);
  return declaration ? declarationHover(analysis, declaration, offset) : undefined;
}

function nameHover(analysis: DocumentAnalysis, name: Name, found: Declared | undefined, offset: number, isDeclaration: boolean): Hover {
  if (!found) return { span: name.span, contents: `**${name.text}** — not declared, not in the built-in library, and not a valid formula.` };
  // A name is shown as the block it stands in uses it: TiS2 in a sodium composite with its sodium values.
  const ion = isDeclaration ? ionOfModel(analysis, found) : ionAt(analysis, offset);
  const target = found.kind === 'material' ? materialForIon(found, ion) : found.kind === 'composite' ? compositeForIon(found, ion) : found;
  if (target.kind === 'material') {
    const contents = materialHover(analysis, target, ion);
    if (target.origin === 'formula') {
      // An ad-hoc formula is read like a formula value: the element under the cursor first.
      const element = symbolAtOffset(name.text, name.span.start, offset);
      if (element) {
        const elementText = elementHover(element.symbol, { name: target.name, ...(target.chemistry ? { chemistry: target.chemistry } : {}) });
        return { span: element.span, contents: `${elementText}\n\n---\n\n${contents}` };
      }
    }
    return { span: name.span, contents };
  }
  return { span: name.span, contents: target.kind === 'composite' ? compositeHover(analysis, target) : cellHover(analysis, target) };
}

function declarationHover(analysis: DocumentAnalysis, declaration: Declaration, offset: number): Hover | undefined {
  if (inside(declaration.keywordSpan, offset)) return { span: declaration.keywordSpan, contents: keywordContents(declaration.kind), reference: DECLARATIONS };
  const ion = ionOfDeclaration(analysis, declaration);
  switch (declaration.kind) {
    case 'import':
      return undefined;
    case 'material': {
      const model = analysis.program.materials.find((m) => m.decl === declaration);
      for (const property of declaration.properties) {
        const found = propertyHover(property, materialProperty(property.key.text), offset, model, ion);
        if (found) return found;
      }
      return undefined;
    }
    case 'composite':
      for (const component of declaration.components) {
        if (inside(component.coatedKeywordSpan, offset)) return { span: component.coatedKeywordSpan, contents: keywordContents('coated'), reference: DECLARATIONS };
        if (component.fraction && inside(component.fraction.span, offset)) return quantityHover(component.fraction, COMPONENT_FRACTION);
      }
      for (const property of declaration.properties) {
        const found = propertyHover(property, compositeProperty(property.key.text), offset, undefined, ion);
        if (found) return found;
      }
      return undefined;
    case 'cell':
      for (const layer of declaration.layers) {
        if (inside(layer.role.span, offset)) {
          return { span: layer.role.span, contents: wordContents(layer.role.text, 'layer role', layerRoleDoc(layer.role.text, ion)), reference: DECLARATIONS };
        }
        for (const attribute of layer.attributes) {
          const found = propertyHover(attribute, layerAttribute(attribute.key.text), offset, undefined, ion);
          if (found) return found;
        }
      }
      for (const property of declaration.properties) {
        const found = propertyHover(property, cellProperty(property.key.text), offset, undefined, ion);
        if (found) return found;
      }
      return undefined;
  }
}

function propertyHover(property: Property, spec: PropertySpec | undefined, offset: number, material: MaterialModel | undefined, ion: WorkingIon): Hover | undefined {
  if (inside(property.key.span, offset)) {
    return { span: property.key.span, contents: spec ? keyContents(spec, ion) : `\`${property.key.text}\` is not a property here.`, reference: DECLARATIONS };
  }
  const value = property.value;
  if (!value || !inside(value.span, offset)) return undefined;
  return valueHover(value, spec, offset, material, ion);
}

function valueHover(value: Value, spec: PropertySpec | undefined, offset: number, material: MaterialModel | undefined, ion: WorkingIon): Hover | undefined {
  switch (value.kind) {
    case 'quantity':
      return quantityHover(value, spec);
    case 'range': {
      const part = [value.low, value.high].find((q) => q && inside(q.span, offset));
      return part ? quantityHover(part, spec) : undefined;
    }
    case 'name': {
      const word = value.name.text;
      const doc = spec?.key === 'role' ? materialRoleDoc(word, ion) : spec?.key === 'interphase' ? interphaseDoc(word, ion) : spec?.key === 'ion' ? ionDoc(word) : undefined;
      const kind = spec?.key === 'role' ? 'material role' : spec?.key === 'ion' ? 'working ion' : 'interphase';
      if (!doc) return spec?.allowed ? { span: value.name.span, contents: `\`${word}\` is not one of ${spec.allowed.map((w) => `\`${w}\``).join(', ')}.` } : undefined;
      return { span: value.name.span, contents: wordContents(word, kind, doc), reference: DECLARATIONS };
    }
    case 'formula':
      return formulaHover(value.text, value.span, offset, material);
    case 'string':
      return undefined;
  }
}

function formulaHover(text: string, span: Span, offset: number, material: MaterialModel | undefined): Hover | undefined {
  const element = symbolAtOffset(text, span.start, offset);
  const compound = { name: material?.name || text, ...(material?.chemistry ? { chemistry: material.chemistry } : {}) };
  if (element) return { span: element.span, contents: elementHover(element.symbol, compound) };
  const chemistry = material?.chemistry;
  if (!chemistry) return undefined;
  const anionClass = chemistry.anionClass === 'none' ? 'no anion class (not an ionic compound)' : `${chemistry.anionClass}`;
  return {
    span,
    contents: `\`${chemistry.formula.text}\` — M = ${formatMolarMass(chemistry.molarMass)} g/mol · ${anionClass}\n\n${chargeBalanceLine(chemistry)}`,
  };
}

function quantityHover(quantity: Quantity, spec: PropertySpec | undefined): Hover {
  return {
    span: quantity.unit ? { start: quantity.numberSpan.start, end: quantity.unit.span.end } : quantity.numberSpan,
    contents: unitHover(quantity, spec),
    reference: REFERENCE_SECTIONS.units,
  };
}

/** `Na`: sodium, potentials vs Na/Na⁺. */
function ionDoc(word: string): string | undefined {
  if (!isWorkingIon(word)) return undefined;
  const words = ionWords(word);
  return `The cell runs on ${words.element}: its voltages, windows and anode potentials are against ${words.element} metal (vs ${words.reference}), its capacities count ${words.cation}, and a material that carries the other ion is \`cell/ion\`.`;
}

function keyContents(spec: PropertySpec, ion: WorkingIon): string {
  const where = spec.block === 'layer' ? 'layer attribute' : `${spec.block} property`;
  const units = unitsOf(spec.dimensions.filter((d) => d !== 'dimensionless'));
  const lines = [`**${spec.key}** — ${where}`, specDoc(spec, ion)];
  if (units.length) lines.push(`Units: ${units.map((u) => `\`${u}\``).join(', ')} · e.g. \`${spec.key} ${spec.example}\``);
  else if (spec.allowed) lines.push(`One of ${spec.allowed.map((w) => `\`${w}\``).join(', ')}.`);
  return lines.join('\n\n');
}

function keywordContents(keyword: string): string {
  return `**${keyword}** — keyword\n\n${KEYWORD_DOCS[keyword] ?? ''}`.trim();
}

function wordContents(word: string, kind: string, doc: string | undefined): string {
  return `**${word}** — ${kind}${doc ? `\n\n${doc}` : ''}`;
}
