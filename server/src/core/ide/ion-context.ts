/**
 * The working ion an editor feature speaks of at a place in a document (docs/language.md §2,
 * "The working ion"): a cell's own; a composite's, else that of the cells that use it; a
 * material's formula's, else that of the blocks that use it; lithium when nothing says.
 * Hovers, completion docs and key docs fill their words from it (chemistry/ions.ts).
 */
import type { Declaration } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import { DEFAULT_ION, type WorkingIon } from '../chemistry/ions';
import type { CompositeModel, Declared, MaterialModel } from '../model';
import { compositeIonIn } from '../model/ion';

/** One ion when all of `ions` agree, else undefined. */
function agreed(ions: readonly (WorkingIon | undefined)[]): WorkingIon | undefined {
  const set = new Set(ions.filter((ion): ion is WorkingIon => ion !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

function compositeIon(analysis: DocumentAnalysis, composite: CompositeModel): WorkingIon | undefined {
  return compositeIonIn(composite, analysis.program.cells);
}

function materialIon(analysis: DocumentAnalysis, material: MaterialModel): WorkingIon | undefined {
  if (material.ion) return material.ion;
  const { composites, cells } = analysis.program;
  const inComposites = composites.filter((c) => c.components.some((component) => component.material?.name === material.name)).map((c) => compositeIon(analysis, c));
  const inCells = cells.filter((cell) => cell.layers.some((l) => l.target?.kind === 'material' && l.target.name === material.name)).map((cell) => cell.ion.value);
  return agreed([...inComposites, ...inCells]);
}

/** The ion of a declared model, as the document uses it. */
export function ionOfModel(analysis: DocumentAnalysis, model: Declared): WorkingIon {
  switch (model.kind) {
    case 'cell':
      return model.ion.value;
    case 'composite':
      return compositeIon(analysis, model) ?? DEFAULT_ION;
    case 'material':
      return materialIon(analysis, model) ?? DEFAULT_ION;
  }
}

/** The ion of the declaration that holds `offset` (lithium outside every block, and in an import line). */
export function ionAt(analysis: DocumentAnalysis, offset: number): WorkingIon {
  const declaration = analysis.parse.document.declarations.find((d) => offset >= d.span.start && offset < d.span.end);
  return declaration ? ionOfDeclaration(analysis, declaration) : DEFAULT_ION;
}

export function ionOfDeclaration(analysis: DocumentAnalysis, declaration: Declaration): WorkingIon {
  const { materials, composites, cells } = analysis.program;
  switch (declaration.kind) {
    case 'import':
      return DEFAULT_ION;
    case 'material': {
      const model = materials.find((m) => m.decl === declaration);
      return model ? ionOfModel(analysis, model) : DEFAULT_ION;
    }
    case 'composite': {
      const model = composites.find((c) => c.decl === declaration);
      return model ? ionOfModel(analysis, model) : DEFAULT_ION;
    }
    case 'cell': {
      const model = cells.find((c) => c.decl === declaration);
      return model ? model.ion.value : DEFAULT_ION;
    }
  }
}
