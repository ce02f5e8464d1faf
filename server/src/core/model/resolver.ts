/**
 * Name resolution (docs/language.md §2): a reference is, in this order, a declaration of this file
 * or an imported one; a material of the built-in library; otherwise, if the name parses as a
 * formula, an ad-hoc material with that formula and nothing else. Every reference is recorded
 * (definition, references, rename) and role contradictions are reported here, where both the
 * use and the target are known.
 */
import type { LayerRole, Name } from '../../../../grammar/ast';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { article, listed } from '../text/english';
import { chemistryOf } from './chemistry-cache';
import { libraryMaterial } from './library-materials';
import { findLookalike, type Lookalike } from './lookalike';
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
  /** A declared or library name that looks like this one but is not it (model/lookalike.ts). */
  sameLooking(name: string): string | undefined;
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
  // Made on first use: a resolver is made per declaration, and most never meet an ad-hoc formula.
  let adHoc: Map<string, MaterialModel> | undefined;
  let lookalikes: Map<string, Lookalike | undefined> | undefined;

  const find = (name: Name): Declared | undefined => {
    const declared = scope.lookup(name.text) ?? libraryMaterial(name.text);
    if (declared) return declared;
    const cached = adHoc?.get(name.text);
    if (cached) return cached;
    const chemistry = chemistryOf(name.text);
    if (!chemistry.ok) return undefined;
    const material: MaterialModel = { kind: 'material', name: name.text, origin: 'formula', formulaText: name.text, chemistry: chemistry.chemistry };
    (adHoc ??= new Map()).set(name.text, material);
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
    if (target.kind === 'material' && target.origin === 'formula') checkLookalike(name, target);
    checkRole(name, target, use);
    return target;
  };

  const checkLookalike = (name: Name, target: MaterialModel): void => {
    if (!target.chemistry) return;
    lookalikes ??= new Map();
    let lookalike = lookalikes.get(name.text);
    if (!lookalikes.has(name.text)) {
      lookalike = findLookalike(name.text, target.chemistry, { sameLooking: (text) => scope.sameLooking(text), closestNames: (text) => scope.closestNames(text), chemistryOf });
      lookalikes.set(name.text, lookalike);
    }
    if (!lookalike) return;
    const elements = listed([...target.chemistry.formula.elements.keys()]);
    const why =
      lookalike.slip === 'zero-for-oxygen'
        ? `reads each 0 as part of a subscript, so it is a formula of ${elements} alone`
        : lookalike.slip === 'one-edit'
          ? `is not a declared or library name, so it is read as a formula of ${elements}, which does not balance`
          : `is read as a formula of ${elements} (${characterSlips(name.text, lookalike.replacement)})`;
    diagnostics.push(
      diagnostic(
        'ref/lookalike',
        name.span,
        `\`${name.text}\` ${why}: no library data, so the checks that need it are off; did you mean \`${lookalike.replacement}\`?`,
        { data: { replacement: lookalike.replacement, slip: lookalike.slip } },
      ),
    );
  };

  // Where the target is declared, for a ref/role diagnostic: made only when there is one (this runs for every reference).
  const relatedOf = (target: Declared) =>
    target.file && target.nameSpan ? [{ location: { file: target.file, span: target.nameSpan }, message: `\`${target.name}\` is declared here` }] : [];

  const checkRole = (name: Name, target: Declared, use: ComponentUse | LayerRole): void => {
    if (target.kind === 'cell' || (target.kind === 'composite' && use !== 'anode' && use !== 'cathode')) {
      diagnostics.push(
        diagnostic('ref/role', name.span, `\`${name.text}\` is a ${target.kind}; ${USE_LABEL[use]} must be a material`, { related: relatedOf(target), data: { role: target.kind, use } }),
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
          { related: relatedOf(target), data: { role, use } },
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

/** `I where Li6PS5Cl has l`: the characters in which two same-length look-alike names differ. */
function characterSlips(written: string, meant: string): string {
  const slips = new Set<string>();
  for (let i = 0; i < written.length && i < meant.length; i++) {
    if (written[i] !== meant[i]) slips.add(`\`${written[i]}\` for \`${meant[i]}\``);
  }
  return `${listed([...slips])} of \`${meant}\``;
}
