/** A `cell` block → CellModel: layers resolved, thicknesses and loadings read, rate and cutoff read. */
import type { CellDecl } from '../../../../grammar/ast';
import { isLayerAttributeKey, LAYER_ROLES } from '../../../../grammar/vocabulary';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { cellProperty, layerAttribute, CELL_PROPERTY_KEYS, LAYER_ATTRIBUTE_KEYS } from '../schema/properties';
import { closestNames } from '../text/closest';
import { readPropertyValue } from '../units/read-value';
import { isWorkingIon } from '../chemistry/ions';
import { cellIon, compositeForIon } from './ion';
import { materialForIon } from './library-materials';
import type { Resolver } from './resolver';
import type { CellIon, CellModel, LayerModel } from './types';

export function buildCell(decl: CellDecl, file: string, resolver: Resolver, diagnostics: CoreDiagnostic[]): CellModel {
  const layers: { -readonly [K in keyof LayerModel]: LayerModel[K] }[] = decl.layers.map((layer) => {
    // Every field in the literal, set or not: one shape for every layer, its fields in the object
    // itself (a field added later costs a separate property array — 5,700 of them in 40k lines).
    const model: { -readonly [K in keyof LayerModel]: LayerModel[K] } = { syntax: layer, role: layer.role.text, target: undefined, thicknessUm: undefined, loadingMgPerCm2: undefined };
    if (layer.material) {
      const target = resolver.resolveLayer(layer.material, layer.role.text);
      if (target) model.target = target;
    } else {
      diagnostics.push(diagnostic('syntax', layer.role.span, `\`${layer.role.text}\` needs a material or composite, e.g. \`${example(layer.role.text)}\``));
    }
    for (const attribute of layer.attributes) {
      const spec = layerAttribute(attribute.key.text);
      if (!spec) {
        const suggestions = closestNames(attribute.key.text, LAYER_ATTRIBUTE_KEYS);
        diagnostics.push(diagnostic('syntax', attribute.key.span, `unknown layer attribute \`${attribute.key.text}\` (a layer takes \`thickness\` or \`loading\`)`, { data: { suggestions } }));
        continue;
      }
      const read = readPropertyValue(spec, attribute.value, attribute.key);
      diagnostics.push(...read.diagnostics);
      if (read.value?.kind !== 'number') continue;
      if (attribute.key.text === 'thickness') model.thicknessUm = read.value.value;
      else model.loadingMgPerCm2 = read.value.value;
    }
    return model;
  });

  const model: { -readonly [K in keyof CellModel]: CellModel[K] } = {
    kind: 'cell',
    name: decl.name?.text ?? '',
    file,
    nameSpan: decl.name?.span,
    decl,
    layers,
    rate: undefined,
    cutoff: undefined,
    ion: { value: 'Li', from: 'default' },
  };
  // A stack has one anode and one cathode (separators and collectors may repeat), one rate and
  // one cutoff: a second is reported and the first one is what every check and hint uses.
  const seen = new Map<string, { start: number; end: number }>();
  const once = (key: string, span: { start: number; end: number }, what: string): boolean => {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, span);
      return true;
    }
    diagnostics.push(
      diagnostic('ref/duplicate', span, `cell \`${model.name}\` already has ${what}; the first one is used`, {
        related: [{ location: { file, span: first }, message: `the first ${key}` }],
      }),
    );
    return false;
  };
  for (const layer of decl.layers) {
    if (layer.role.text === 'anode' || layer.role.text === 'cathode') once(layer.role.text, layer.role.span, `${layer.role.text === 'anode' ? 'an anode' : 'a cathode'} layer`);
  }
  let declared: CellIon | undefined;
  for (const property of decl.properties) {
    if ((property.key.text === 'rate' || property.key.text === 'cutoff' || property.key.text === 'ion') && !once(property.key.text, property.key.span, `a \`${property.key.text}\``)) continue;
    const spec = cellProperty(property.key.text);
    if (!spec) {
      // A layer role only fits a line whose value is a material's name (`separatr Li6PS5Cl …`):
      // `separatr 40 um` or `separatr loading …` renamed to `separator` would be a layer without
      // a material, a new syntax error.
      const valueIsName = property.value === undefined || (property.value.kind === 'name' && !isLayerAttributeKey(property.value.name.text));
      const suggestions = closestNames(property.key.text, valueIsName ? [...CELL_PROPERTY_KEYS, ...LAYER_ROLES] : CELL_PROPERTY_KEYS);
      diagnostics.push(
        diagnostic('syntax', property.key.span, `unknown cell line \`${property.key.text}\`; a cell has layers (\`anode\`, \`separator\`, \`cathode\`, \`collector\`), \`rate\`, \`cutoff\` and \`ion\``, {
          data: { suggestions },
        }),
      );
      continue;
    }
    const read = readPropertyValue(spec, property.value, property.key);
    diagnostics.push(...read.diagnostics);
    const value = read.value;
    if (!value) continue;
    if (property.key.text === 'rate' && value.kind === 'number') {
      model.rate = { value: value.value, unit: value.dimension === 'cRate' ? 'C' : 'mA/cm2' };
    } else if (property.key.text === 'cutoff' && value.kind === 'range') {
      model.cutoff = { low: value.low, high: value.high };
    } else if (property.key.text === 'ion' && value.kind === 'name' && isWorkingIon(value.text) && property.value) {
      declared = { value: value.text, from: 'declared', span: property.value.span };
    }
  }
  // The cell's ion, then each layer as it works with it: a library host's values for that ion,
  // a composite that says no ion of its own read for the cell's.
  model.ion = cellIon(declared, layers);
  const ion = model.ion.value;
  for (const layer of layers) {
    const target = layer.target;
    if (target?.kind === 'material') layer.target = materialForIon(target, ion);
    else if (target?.kind === 'composite') layer.target = compositeForIon(target, ion);
  }
  return model;
}

function example(role: string): string {
  switch (role) {
    case 'anode':
      return 'anode LiIn thickness 50 um';
    case 'separator':
      return 'separator Li6PS5Cl thickness 30 um';
    case 'cathode':
      return 'cathode MyComposite loading 15 mg/cm2';
    default:
      return 'collector Al thickness 10 um';
  }
}
