/**
 * A block's working ion (docs/language.md §2, "The working ion"): what its materials carry,
 * read from their formulas (chemistry/ions.ts), or what a cell declares (`ion Na`). The ion
 * decides which values a library host gives (TiS2 with lithium or with sodium) and the words
 * every message uses; a block whose materials carry both ions is `cell/ion` (checks/ion.ts).
 */
import { carriedIon, DEFAULT_ION, WORKING_IONS, type WorkingIon } from '../chemistry/ions';
import { materialForIon } from './library-materials';
import type { CellIon, CellModel, CompositeModel, LayerTarget, MaterialModel } from './types';

/**
 * Only what conducts or stores the ion carries it: an electrode's active material and an
 * electrolyte (or a material with no declared role, such as an ad-hoc `Na2S`). A coating, a
 * carbon, a binder or a collector works with either ion.
 */
const CARRYING_ROLES: ReadonlySet<string> = new Set(['cathode', 'anode', 'electrolyte']);

/** The ion a material carries in a cell: its formula's (Na3PS4: Na), for the roles that carry one. */
export function ionCarriedBy(material: MaterialModel | undefined): WorkingIon | undefined {
  if (!material?.chemistry) return undefined;
  const role = material.role?.value;
  if (role !== undefined && !CARRYING_ROLES.has(role)) return undefined;
  return carriedIon(material.chemistry.formula.elements);
}

/**
 * The ion most of `carriers` carry; a tie goes to `tieBreak` when it is one of them (the
 * cathode's ion), else to the first ion in WORKING_IONS order. Undefined when none carries one.
 */
export function majorityIon(carriers: readonly (WorkingIon | undefined)[], tieBreak?: WorkingIon): WorkingIon | undefined {
  const counts = new Map<WorkingIon, number>();
  for (const ion of carriers) if (ion) counts.set(ion, (counts.get(ion) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const most = Math.max(...counts.values());
  const leaders = WORKING_IONS.filter((ion) => counts.get(ion) === most);
  return tieBreak && leaders.includes(tieBreak) ? tieBreak : leaders[0];
}

/** A composite's ion: what its components carry (the majority; a tie goes to its active material's). */
export function compositeIon(materials: readonly (MaterialModel | undefined)[]): WorkingIon | undefined {
  const active = materials.find((m) => m?.role?.value === 'cathode') ?? materials.find((m) => m?.role?.value === 'anode');
  return majorityIon(materials.map(ionCarriedBy), ionCarriedBy(active));
}

/** The ion a cell layer carries: a material's own, or its composite's. */
export function layerIon(target: LayerTarget | undefined): WorkingIon | undefined {
  if (!target) return undefined;
  return target.kind === 'composite' ? target.ion : ionCarriedBy(target);
}

/** A cell's ion: declared, else what most of its layers carry (a tie goes to the cathode's), else lithium. */
export function cellIon(declared: CellIon | undefined, layers: readonly { role: string; target?: LayerTarget }[]): CellIon {
  if (declared) return declared;
  const cathode = layers.find((l) => l.role === 'cathode');
  const ion = majorityIon(
    layers.map((l) => layerIon(l.target)),
    layerIon(cathode?.target),
  );
  return ion ? { value: ion, from: 'materials' } : { value: DEFAULT_ION, from: 'default' };
}

/**
 * The ion a composite works with in a document: its own, else the one every cell using it
 * runs on (when they agree), else undefined.
 */
export function compositeIonIn(composite: CompositeModel, cells: readonly CellModel[]): WorkingIon | undefined {
  if (composite.ion) return composite.ion;
  const ions = cellIonsByComposite(cells).get(composite.decl);
  return ions?.size === 1 ? [...ions][0] : undefined;
}

/**
 * For each composite declaration, the ions of the cells that stack it: made once per list of
 * cells (a program's), so asking for every composite is linear in the document, not composites
 * × cells (issue #19).
 */
const cellIonsIndex = new WeakMap<readonly CellModel[], Map<CompositeModel['decl'], Set<WorkingIon>>>();

function cellIonsByComposite(cells: readonly CellModel[]): Map<CompositeModel['decl'], Set<WorkingIon>> {
  let index = cellIonsIndex.get(cells);
  if (index !== undefined) return index;
  index = new Map();
  for (const cell of cells) {
    for (const layer of cell.layers) {
      if (layer.target?.kind !== 'composite') continue;
      let ions = index.get(layer.target.decl);
      if (ions === undefined) index.set(layer.target.decl, (ions = new Set()));
      ions.add(cell.ion.value);
    }
  }
  cellIonsIndex.set(cells, index);
  return index;
}

/** Each composite's copy for another ion, made once: a composite model is immutable and reused across keystrokes. */
const compositeVariants = new WeakMap<CompositeModel, Map<WorkingIon, CompositeModel>>();

/**
 * A composite whose own materials say no ion (TiS2 with carbon), as a cell of `ion` uses it:
 * its library hosts with their values for that ion. The composite itself when nothing changes.
 */
export function compositeForIon(composite: CompositeModel, ion: WorkingIon): CompositeModel {
  if (composite.ion !== undefined) return composite;
  let variants = compositeVariants.get(composite);
  let variant = variants?.get(ion);
  if (variant) return variant;
  const components = composite.components.map((c) => {
    const material = c.material ? materialForIon(c.material, ion) : undefined;
    return material === c.material ? c : { ...c, material };
  });
  variant = components.every((c, i) => c === composite.components[i]) ? composite : { ...composite, components, ion };
  if (!variants) compositeVariants.set(composite, (variants = new Map()));
  variants.set(ion, variant);
  return variant;
}
