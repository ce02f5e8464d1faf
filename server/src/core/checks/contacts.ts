/**
 * Where materials touch. The review's first design principle is about interfaces: a cathode
 * active material against the solid electrolyte around it (inside its composite, and the
 * separator layer facing the cathode), and the anode against the first separator layer.
 * Both the anion check and the window checks read these lists, so "who touches whom" is
 * decided in one place.
 */
import type { Span } from '../../../../grammar/ast';
import type { CellModel, ComponentModel, CompositeModel, LayerModel, MaterialModel, Program } from '../model';

/** Where a diagnostic about a contact is shown and what its fixes may edit. */
export interface ContactSite {
  readonly file: string;
  /** The span the diagnostic is reported on. */
  readonly span: Span;
  /** The electrolyte reference a "use a compatible electrolyte" fix replaces (in this file). */
  readonly electrolyteSpan?: Span;
  /** Where ` coated X` is inserted for an "add a coating" fix (end of the component line's fraction). */
  readonly coatingInsertOffset?: number;
}

export interface CathodeContact {
  readonly cathode: MaterialModel;
  readonly coating?: MaterialModel;
  readonly electrolyte: MaterialModel;
  /**
   * `composite`: inside a composite (at the material's voltage); `separator`: a cell's last
   * separator against its cathode; `cutoff`: inside the cell's cathode composite again, at the
   * cell's cutoff — a composite fine at its cathode's average voltage may not be at the cutoff.
   */
  readonly context: 'composite' | 'separator' | 'cutoff';
  readonly composite?: CompositeModel;
  readonly cell?: CellModel;
  /** The highest voltage the cathode sees here: the cell's cutoff maximum, else its `voltage`. */
  readonly upperVoltage?: { readonly value: number; readonly from: 'cutoff' | 'voltage' };
  readonly site: ContactSite;
  /** The place of the other party, for related information. */
  readonly other: { readonly file: string; readonly span: Span; readonly label: string };
}

export interface AnodeContact {
  readonly anode: MaterialModel;
  readonly electrolyte: MaterialModel;
  readonly cell: CellModel;
  readonly anodeLayer: LayerModel;
  readonly separatorLayer: LayerModel;
}

const isRole = (material: MaterialModel | undefined, role: string): material is MaterialModel => material?.role?.value === role;

function activeComponents(composite: CompositeModel): ComponentModel[] {
  return composite.components.filter((c) => isRole(c.material, 'cathode'));
}

function electrolyteComponents(composite: CompositeModel): ComponentModel[] {
  return composite.components.filter((c) => isRole(c.material, 'electrolyte'));
}

function voltageOf(material: MaterialModel, cell?: CellModel): CathodeContact['upperVoltage'] {
  if (cell?.cutoff) return { value: cell.cutoff.high, from: 'cutoff' };
  return material.voltage ? { value: material.voltage.value, from: 'voltage' } : undefined;
}

/** Every cathode–electrolyte contact of the document's own composites and cells. */
export function cathodeContacts(program: Program): CathodeContact[] {
  const contacts: CathodeContact[] = [];
  for (const composite of program.composites) {
    const electrolytes = electrolyteComponents(composite);
    for (const active of activeComponents(composite)) {
      for (const electrolyte of electrolytes) {
        const fraction = active.syntax.fraction;
        contacts.push({
          cathode: active.material!,
          ...(active.coating ? { coating: active.coating } : {}),
          electrolyte: electrolyte.material!,
          context: 'composite',
          composite,
          ...optional('upperVoltage', voltageOf(active.material!)),
          site: {
            file: program.file,
            span: active.syntax.material.span,
            electrolyteSpan: electrolyte.syntax.material.span,
            ...(active.syntax.coating || !fraction ? {} : { coatingInsertOffset: fraction.span.end }),
          },
          other: { file: program.file, span: electrolyte.syntax.material.span, label: `the electrolyte \`${electrolyte.material!.name}\`` },
        });
      }
    }
  }
  for (const cell of program.cells) {
    const separators = cell.layers.filter((l) => l.role === 'separator');
    const last = separators[separators.length - 1];
    const cathodeLayer = cell.layers.find((l) => l.role === 'cathode');
    if (!last || !cathodeLayer?.target || last.target?.kind !== 'material' || !isRole(last.target, 'electrolyte')) continue;
    const separator = last.target;
    if (cell.cutoff && cathodeLayer.target.kind === 'composite') {
      const composite = cathodeLayer.target;
      for (const active of activeComponents(composite)) {
        for (const electrolyte of electrolyteComponents(composite)) {
          contacts.push({
            cathode: active.material!,
            ...optional('coating', active.coating),
            electrolyte: electrolyte.material!,
            context: 'cutoff',
            cell,
            composite,
            upperVoltage: { value: cell.cutoff.high, from: 'cutoff' },
            site: {
              file: program.file,
              span: cathodeLayer.syntax.material!.span,
              ...(composite.file === program.file ? { electrolyteSpan: electrolyte.syntax.material.span } : {}),
            },
            other: { file: composite.file, span: electrolyte.syntax.material.span, label: `\`${electrolyte.material!.name}\` in \`${composite.name}\`` },
          });
        }
      }
    }
    const actives: { material: MaterialModel; coating?: MaterialModel }[] =
      cathodeLayer.target.kind === 'composite'
        ? activeComponents(cathodeLayer.target).map((c) => ({ material: c.material!, ...optional('coating', c.coating) }))
        : isRole(cathodeLayer.target, 'cathode')
          ? [{ material: cathodeLayer.target }]
          : [];
    for (const active of actives) {
      contacts.push({
        cathode: active.material,
        ...optional('coating', active.coating),
        electrolyte: separator,
        context: 'separator',
        cell,
        ...(cathodeLayer.target.kind === 'composite' ? { composite: cathodeLayer.target } : {}),
        ...optional('upperVoltage', voltageOf(active.material, cell)),
        site: { file: program.file, span: last.syntax.material!.span, electrolyteSpan: last.syntax.material!.span },
        other: { file: program.file, span: cathodeLayer.syntax.material!.span, label: `the cathode layer \`${cathodeLayer.target.name}\`` },
      });
    }
  }
  return contacts;
}

/** The anode of each cell against the first separator layer. */
export function anodeContacts(program: Program): AnodeContact[] {
  const contacts: AnodeContact[] = [];
  for (const cell of program.cells) {
    const anodeLayer = cell.layers.find((l) => l.role === 'anode');
    const separatorLayer = cell.layers.find((l) => l.role === 'separator');
    if (!anodeLayer?.target || separatorLayer?.target?.kind !== 'material') continue;
    const anodes =
      anodeLayer.target.kind === 'composite'
        ? anodeLayer.target.components.map((c) => c.material).filter((m): m is MaterialModel => isRole(m, 'anode'))
        : [anodeLayer.target];
    for (const anode of anodes) contacts.push({ anode, electrolyte: separatorLayer.target, cell, anodeLayer, separatorLayer });
  }
  return contacts;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
