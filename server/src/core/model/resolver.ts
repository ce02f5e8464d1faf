/**
 * Name resolution (LANGUAGE.md §2): a reference is, in this order, a declaration of this file
 * or an imported one; a material of the built-in library; otherwise, if the name parses as a
 * formula, an ad-hoc material with that formula and nothing else. Every reference is recorded
 * (definition, references, rename) and role contradictions are reported here, where both the
 * use and the target are known.
 */
import type { LayerRole, Name } from '../../../../grammar/ast';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { article } from '../text/english';
import { chemistryOf } from './chemistry-cache';
import { libraryMaterial } from './library-materials';
import type { Declared, LayerTarget, MaterialModel, Reference } from './types';

export type ComponentUse = 'component' | 'coating';

export interface Resolver {
  resolveMaterial(name: Name, use: ComponentUse): MaterialModel | undefined;
  resolveLayer(name: Name, role: LayerRole): LayerTarget | undefined;
}

/** Declarations in scope, by name; built lazily so declaration order in a file does not matter. */
export interface Scope {
  lookup(name: string): Declared | undefined;
  names(): Iterable<string>;
  /** "Did you mean": the declared and library names closest to a misspelt one (text/closest.ts). */
  closestNames(name: string): string[];
}

/** Which material roles each use accepts (a material with no declared role fits anywhere). */
const ACCEPTED_ROLES: Record<ComponentUse | LayerRole, readonly string[]> = {
  component: ['cathode', 'electrolyte', 'anode', 'carbon', 'binder', 'coating'],
  coating: ['coating', 'electrolyte'],
  anode: ['anode'],
  separator: ['electrolyte'],
  cathode: ['cathode'],
  collector: ['collector'],
};

const USE_LABEL: Record<ComponentUse | LayerRole, string> = {
  component: 'a composite component',
  coating: 'a coating',
  anode: 'the anode',
  separator: 'a separator',
  cathode: 'the cathode',
  collector: 'a current collector',
};

export function createResolver(file: string, scope: Scope, references: Reference[], diagnostics: CoreDiagnostic[]): Resolver {
  const adHoc = new Map<string, MaterialModel>();

  const find = (name: Name): Declared | undefined => {
    const declared = scope.lookup(name.text) ?? libraryMaterial(name.text);
    if (declared) return declared;
    const cached = adHoc.get(name.text);
    if (cached) return cached;
    const chemistry = chemistryOf(name.text);
    if (!chemistry.ok) return undefined;
    const material: MaterialModel = { kind: 'material', name: name.text, origin: 'formula', formulaText: name.text, chemistry: chemistry.chemistry };
    adHoc.set(name.text, material);
    return material;
  };

  const resolve = (name: Name, use: ComponentUse | LayerRole): Declared | undefined => {
    const target = find(name);
    references.push(target ? { name, file, target } : { name, file });
    if (!target) {
      const suggestions = scope.closestNames(name.text);
      diagnostics.push(
        diagnostic(
          'ref/undefined',
          name.span,
          `\`${name.text}\` is not declared, not in the built-in library, and not a valid formula` +
            (suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : ''),
          { data: { suggestions } },
        ),
      );
      return undefined;
    }
    checkRole(name, target, use);
    return target;
  };

  const checkRole = (name: Name, target: Declared, use: ComponentUse | LayerRole): void => {
    const related = target.file && target.nameSpan ? [{ location: { file: target.file, span: target.nameSpan }, message: `\`${target.name}\` is declared here` }] : [];
    if (target.kind === 'cell' || (target.kind === 'composite' && use !== 'anode' && use !== 'cathode')) {
      diagnostics.push(
        diagnostic('ref/role', name.span, `\`${name.text}\` is a ${target.kind}; ${USE_LABEL[use]} must be a material`, { related, data: { role: target.kind, use } }),
      );
      return;
    }
    if (target.kind !== 'material' || !target.role) return;
    const role = target.role.value;
    if (!ACCEPTED_ROLES[use].includes(role)) {
      diagnostics.push(
        diagnostic(
          'ref/role',
          name.span,
          `\`${name.text}\` is declared as ${article(role)} ${role}, so it cannot be ${USE_LABEL[use]}` +
            ` (${USE_LABEL[use]} takes ${ACCEPTED_ROLES[use].map((r) => `${article(r)} ${r}`).join(' or ')})`,
          { related, data: { role, use } },
        ),
      );
    }
  };

  return {
    resolveMaterial(name, use) {
      const target = resolve(name, use);
      return target?.kind === 'material' ? target : undefined;
    },
    resolveLayer(name, role) {
      const target = resolve(name, role);
      if (!target || target.kind === 'cell') return undefined;
      if (target.kind === 'composite' && role !== 'anode' && role !== 'cathode') return undefined;
      return target;
    },
  };
}
