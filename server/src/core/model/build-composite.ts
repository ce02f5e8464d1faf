/** A `composite` block → CompositeModel: components resolved, fractions read, porosity read. */
import type { CompositeDecl } from '../../../../grammar/ast';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { compositeProperty, COMPOSITE_PROPERTY_KEYS } from '../schema/properties';
import { closestNames } from '../text/closest';
import { readComponentFraction, readPropertyValue } from '../units/read-value';
import { compositeIon } from './ion';
import { materialForIon } from './library-materials';
import type { Resolver } from './resolver';
import type { ComponentModel, CompositeModel, FractionBasis } from './types';

export function buildComposite(
  decl: CompositeDecl,
  file: string,
  resolver: Resolver,
  diagnostics: CoreDiagnostic[],
): CompositeModel {
  const name = decl.name?.text ?? '';
  const components: { -readonly [K in keyof ComponentModel]: ComponentModel[K] }[] = decl.components.map((component) => {
    // Every field in the literal, set or not (build-cell.ts says why).
    const model: { -readonly [K in keyof ComponentModel]: ComponentModel[K] } = { syntax: component, material: undefined, fraction: undefined, coating: undefined };
    const material = resolver.resolveMaterial(component.material, 'component');
    if (material) model.material = material;
    if (component.fraction) {
      const read = readComponentFraction(component.fraction, component.material);
      diagnostics.push(...read.diagnostics);
      if (read.value) {
        const basis: FractionBasis = read.value.dimension === 'massFraction' ? 'wt' : 'vol';
        model.fraction = { value: read.value.value, basis };
      }
    } else {
      diagnostics.push(
        diagnostic('syntax', component.material.span, `\`${component.material.text}\` needs a fraction, e.g. \`${component.material.text} 30 wt%\``),
      );
    }
    // (`coated` with nothing after it is the parser's to report.)
    if (component.coating) {
      const coating = resolver.resolveMaterial(component.coating, 'coating');
      if (coating) model.coating = coating;
      const role = model.material?.role?.value;
      if (role && role !== 'cathode' && role !== 'anode') {
        // A coating is a buffer on an active material's particles; on anything else it changes no check.
        diagnostics.push(
          diagnostic(
            'ref/role',
            component.coatedKeywordSpan ?? component.coating.span,
            `\`${component.material.text}\` is ${role === 'electrolyte' ? 'an' : 'a'} ${role}: a coating buffers an active material (a cathode) against the electrolyte, so \`coated\` belongs on the cathode's line`,
            { data: { role, use: 'coated' } },
          ),
        );
      }
    }
    return model;
  });

  let porosity: number | undefined;
  for (const property of decl.properties) {
    const spec = compositeProperty(property.key.text);
    if (!spec) {
      const suggestions = closestNames(property.key.text, COMPOSITE_PROPERTY_KEYS);
      diagnostics.push(diagnostic('syntax', property.key.span, `unknown composite property \`${property.key.text}\``, { data: { suggestions } }));
      continue;
    }
    const read = readPropertyValue(spec, property.value, property.key);
    diagnostics.push(...read.diagnostics);
    if (read.value?.kind === 'number') porosity = read.value.value;
  }

  // The ion its materials carry; its library hosts (TiS2, Sn) then give their values for that ion.
  const ion = compositeIon(components.map((c) => c.material));
  if (ion !== undefined) {
    for (const component of components) if (component.material) component.material = materialForIon(component.material, ion);
  }
  const model: CompositeModel = { kind: 'composite', name, file, nameSpan: decl.name?.span, decl, components, porosity, ion };
  return model;
}
