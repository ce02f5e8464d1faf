/**
 * Every hint of one document, computed once per analysis: the inlay hints, the hovers and
 * `cellspec report` read these lists; the checks read a declaration's hints by model
 * (`hintsOfComposite`, `hintsOfCell`: the same objects, from the per-model memo).
 */
import type { CellModel, CompositeModel, MaterialModel, Program } from '../model';
import { computeCell, type CellHints } from './cell';
import { computeComposite, type CompositeHints, type CompositeSettings } from './composite';
import { computeMaterial, type MaterialHints } from './material';

export interface ProgramHints {
  /** The document's own materials first, then every other material its composites and cells use. */
  readonly materials: readonly MaterialHints[];
  /** The document's own composites. */
  readonly composites: readonly CompositeHints[];
  /** The document's own cells. */
  readonly cells: readonly CellHints[];
  /** The same hints by model, for editor features that start from a name under the cursor. */
  readonly byMaterial: ReadonlyMap<MaterialModel, MaterialHints>;
  readonly byComposite: ReadonlyMap<CompositeModel, CompositeHints>;
  readonly byCell: ReadonlyMap<CellModel, CellHints>;
}

/**
 * Computed on first reading, field by field: a hover right after a keystroke asks for the hints
 * of the one model under the cursor (`hintsOfMaterial` and its kin, which compute it or take it
 * from the per-model memo), not for the whole document's; the inlay hints read the lists a
 * moment later. Each field is computed once per analysis.
 */
export function computeProgram(program: Program, settings: CompositeSettings): ProgramHints {
  let byMaterial: ReadonlyMap<MaterialModel, MaterialHints> | undefined;
  let byComposite: ReadonlyMap<CompositeModel, CompositeHints> | undefined;
  let byCell: ReadonlyMap<CellModel, CellHints> | undefined;
  let materials: readonly MaterialHints[] | undefined;
  let composites: readonly CompositeHints[] | undefined;
  let cells: readonly CellHints[] | undefined;
  return {
    get byMaterial() {
      return (byMaterial ??= new Map(materialsOf(program).map((m) => [m, computeMaterial(m)] as const)));
    },
    get byComposite() {
      return (byComposite ??= new Map(program.composites.map((c) => [c, computeComposite(c, settings)] as const)));
    },
    get byCell() {
      return (byCell ??= new Map(program.cells.map((c) => [c, computeCell(c, settings)] as const)));
    },
    get materials() {
      return (materials ??= [...this.byMaterial.values()]);
    },
    get composites() {
      return (composites ??= [...this.byComposite.values()]);
    },
    get cells() {
      return (cells ??= [...this.byCell.values()]);
    },
  };
}

/**
 * A material's hints. The same object the document's list holds (each is computed once per
 * model: compute/memo.ts), without making the list: an imported material hovered, say.
 */
export function hintsOfMaterial(_hints: ProgramHints, material: MaterialModel): MaterialHints {
  return computeMaterial(material);
}

export function hintsOfComposite(_hints: ProgramHints, composite: CompositeModel, settings: CompositeSettings): CompositeHints {
  return computeComposite(composite, settings);
}

export function hintsOfCell(_hints: ProgramHints, cell: CellModel, settings: CompositeSettings): CellHints {
  return computeCell(cell, settings);
}

/** Own materials, then the materials used (library, imported, ad-hoc formulas), each once. */
export function materialsOf(program: Program): MaterialModel[] {
  const seen = new Set<MaterialModel>();
  const names = new Set<string>();
  const list: MaterialModel[] = [];
  const add = (material: MaterialModel | undefined): void => {
    if (!material || seen.has(material) || names.has(material.name)) return;
    seen.add(material);
    names.add(material.name);
    list.push(material);
  };
  const addComposite = (composite: CompositeModel): void => {
    for (const component of composite.components) {
      add(component.material);
      add(component.coating);
    }
  };
  for (const material of program.materials) add(material);
  for (const composite of program.composites) addComposite(composite);
  for (const cell of program.cells) {
    for (const layer of cell.layers) {
      if (layer.target?.kind === 'material') add(layer.target);
      else if (layer.target?.kind === 'composite') addComposite(layer.target);
    }
  }
  return list;
}
