/**
 * `cell/ion` (an extension of docs/language.md §4, issue #14): a cell shuttles one ion between
 * its electrodes through every electrolyte between them, and a composite moves one ion between
 * its active material and its catholyte. A material that carries the other one — a lithium
 * anode on a sodium conductor, Li6PS5Cl around NaCrO2 — cannot work there. Hosts that hold
 * neither ion (TiS2, Sn, carbon) and coatings, binders and collectors work with either
 * (model/ion.ts decides who carries what and which ion a block runs on).
 */
import { ionWords, type WorkingIon } from '../chemistry/ions';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import type { DiagnosticData } from '../diagnostic-data';
import { ionCarriedBy, layerIon } from '../model/ion';
import { libraryMaterial } from '../model/library-materials';
import type { CellModel, CompositeModel, LayerModel, MaterialModel } from '../model';

export type IonData = DiagnosticData<'cell/ion'>;

/** What a material does with its ion, for a sentence: an electrolyte conducts it, an electrode stores it. */
function verb(material: MaterialModel): string {
  const role = material.role?.value;
  return role === 'electrolyte' ? 'conducts' : role === 'cathode' || role === 'anode' ? 'stores' : 'holds';
}

const quoted = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** The components of a composite that carry another ion than the composite's. */
export function checkCompositeIon(composite: CompositeModel): CoreDiagnostic[] {
  const ion = composite.ion;
  if (!ion) return [];
  const carriers = composite.components.flatMap((c) => {
    const carried = ionCarriedBy(c.material);
    return carried ? [{ component: c, material: c.material!, carried }] : [];
  });
  const others = carriers.filter((c) => c.carried === ion).map((c) => c.material.name);
  const words = ionWords(ion);
  return carriers
    .filter((c) => c.carried !== ion)
    .map(({ component, material, carried }) => {
      const theirs = ionWords(carried);
      const data: IonData = { ion, carried, material: material.name };
      return diagnostic(
        'cell/ion',
        component.syntax.material.span,
        `\`${material.name}\` ${verb(material)} ${theirs.element}, but composite \`${composite.name}\` works with ${words.element} (${quoted(others)}): ` +
          `an electrode moves one ion between its active material and its electrolyte, and ${theirs.cation} has nowhere to go. ` +
          `Use a ${words.element} ${material.role?.value ?? 'material'} here.`,
        { data },
      );
    });
}

/** The layers of a cell that carry another ion than the cell runs on (declared, or what most of its layers carry). */
export function checkCellIon(cell: CellModel): CoreDiagnostic[] {
  const ion = cell.ion.value;
  const words = ionWords(ion);
  const carrying = cell.layers.flatMap((layer) => {
    const carried = layerIon(layer.target);
    return carried && layer.syntax.material ? [{ layer, carried }] : [];
  });
  const agreeing = carrying.filter((l) => l.carried === ion).map((l) => l.layer.target!.name);
  return carrying
    .filter((l) => l.carried !== ion)
    .map(({ layer, carried }) => {
      const theirs = ionWords(carried);
      const name = layer.target!.name;
      const why =
        cell.ion.from === 'declared'
          ? `cell \`${cell.name}\` declares \`ion ${ion}\``
          : `the rest of cell \`${cell.name}\` works with ${words.element} (${quoted([...new Set(agreeing)])})`;
      const metal = metalSwap(layer, carried, ion);
      const data: IonData = { ion, carried, material: name, ...(metal ? { metal } : {}) };
      return diagnostic(
        'cell/ion',
        layer.syntax.material!.span,
        `the ${layer.role} \`${name}\` ${layer.target!.kind === 'composite' ? 'works with' : verb(layer.target as MaterialModel)} ${theirs.element}, but ${why}: ` +
          `a cell shuttles one ion from anode to cathode through every layer between them, so ${theirs.cation} and ${words.cation} cannot meet in one stack. ` +
          (metal ? `Use a ${words.element} metal anode (\`${metal.name}\`)` : `Use a ${words.element} ${layer.role}`) +
          (cell.ion.from === 'declared' ? '.' : `, or declare \`ion ${carried}\` if the cell is meant to run on ${theirs.element}.`),
        { data },
      );
    });
}

/** A metal anode of the other ion (Li in a sodium cell): the cell's own ion's metal, when the library has it. */
function metalSwap(layer: LayerModel, carried: WorkingIon, ion: WorkingIon): IonData['metal'] {
  const target = layer.target;
  if (layer.role !== 'anode' || target?.kind !== 'material' || target.origin !== 'library' || target.name !== ionWords(carried).metal) return undefined;
  const metal = ionWords(ion).metal;
  return libraryMaterial(metal) ? { span: layer.syntax.material!.span, name: metal } : undefined;
}
