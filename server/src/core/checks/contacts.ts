/**
 * Where materials touch. The review's first design principle is about interfaces: a cathode
 * active material against the solid electrolyte around it (inside its composite, and the
 * separator layer facing the cathode), and the anode against the first separator layer.
 * Both the anion check and the window checks read these lists, so "who touches whom" is
 * decided in one place.
 */
import { DEFAULT_ION, type WorkingIon } from '../chemistry/ions';
import { cutoffVsMetal, type AnodePotential } from '../model/cell-potentials';
import { ionCarriedBy } from '../model/ion';
import type { Span } from '../../../../grammar/ast';
import { spanLike } from '../../../../grammar/span';
import type { CellModel, ComponentModel, CompositeModel, LayerModel, MaterialModel, Program } from '../model';

/** Where a diagnostic about a contact is shown and what its fixes may edit. */
export interface ContactSite {
  readonly file: string;
  /** The span the diagnostic is reported on. */
  readonly span: Span;
  /** The electrolyte reference a "use a compatible electrolyte" fix replaces (in this file). */
  readonly electrolyteSpan?: Span;
  /** Where ` coated X` is inserted for an "add a coating" fix (end of the component line's fraction). */
  readonly coatingInsertAt?: Span;
  /**
   * A cell's only separator, which meets the anode too: where a second separator line goes
   * (the start of the line after it) for a bilayer fix, and the indent of its line.
   */
  readonly bilayer?: { readonly insertAt: Span; readonly indent: string };
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
  /** The working ion at this contact: the cell's, or the composite's (lithium when its materials say none). */
  readonly ion: WorkingIon;
  /**
   * The highest voltage the cathode sees here, V vs the working ion's metal: the cell's cutoff maximum converted
   * from vs the anode (model/cell-potentials.ts), else the top of its `voltage`. A cutoff keeps
   * the value as written and the anode it was converted from, for the message.
   */
  readonly upperVoltage?: {
    readonly value: number;
    readonly from: 'cutoff' | 'voltage';
    readonly written?: number;
    readonly anode?: AnodePotential;
  };
  readonly site: ContactSite;
  /** The place of the other party, for related information. */
  readonly other: { readonly file: string; readonly span: Span; readonly label: string };
}

export interface AnodeContact {
  /** The cell's working ion: potentials are against its metal. */
  readonly ion: WorkingIon;
  readonly anode: MaterialModel;
  readonly electrolyte: MaterialModel;
  readonly cell: CellModel;
  readonly anodeLayer: LayerModel;
  readonly separatorLayer: LayerModel;
}

const isRole = (material: MaterialModel | undefined, role: string): material is MaterialModel => material?.role?.value === role;

/**
 * Whether every party to a contact works with the contact's ion. A lithium anode on a sodium
 * conductor is `cell/ion`; its potential is not one vs Na/Na⁺, so the window checks pass it by.
 */
export function oneIon(contact: { readonly ion: WorkingIon }, ...parties: readonly MaterialModel[]): boolean {
  return parties.every((m) => {
    const carried = ionCarriedBy(m);
    return carried === undefined || carried === contact.ion;
  });
}

function activeComponents(composite: CompositeModel): ComponentModel[] {
  return composite.components.filter((c) => isRole(c.material, 'cathode'));
}

function electrolyteComponents(composite: CompositeModel): ComponentModel[] {
  return composite.components.filter((c) => isRole(c.material, 'electrolyte'));
}

/** The highest voltage a cathode sees: the cell's cutoff converted to vs the ion's metal, else the top of its own voltage (range). */
function voltageOf(material: MaterialModel, cell?: CellModel): CathodeContact['upperVoltage'] {
  const cutoff = cell ? cutoffUpper(cell) : undefined;
  if (cutoff) return cutoff;
  const own = ownUpperVoltage(material);
  return own === undefined ? undefined : { value: own, from: 'voltage' };
}

/** The top of a cathode's own voltage (range), at which its contacts are checked where no cell gives a cutoff; undefined when it declares none. */
export function ownUpperVoltage(material: MaterialModel): number | undefined {
  return material.voltageRange?.high ?? material.voltage?.value;
}

function cutoffUpper(cell: CellModel): CathodeContact['upperVoltage'] {
  const cutoff = cutoffVsMetal(cell);
  if (!cutoff) return undefined;
  return { value: cutoff.high, from: 'cutoff', written: cutoff.written.high, ...(cutoff.anode ? { anode: cutoff.anode } : {}) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A contact with its optional parts set only when present. Built by assignment rather than
 * object spreads: this runs for every composite and cell on every keystroke, and spreads of
 * conditional objects were its main cost.
 */
function contact(
  required: Omit<CathodeContact, 'coating' | 'upperVoltage' | 'composite' | 'cell' | 'ion'>,
  optional: { coating?: MaterialModel; upperVoltage?: CathodeContact['upperVoltage']; composite?: CompositeModel; cell?: CellModel },
): CathodeContact {
  const made: Mutable<CathodeContact> = {
    cathode: required.cathode,
    electrolyte: required.electrolyte,
    context: required.context,
    site: required.site,
    other: required.other,
    ion: optional.cell?.ion.value ?? optional.composite?.ion ?? DEFAULT_ION,
  };
  if (optional.coating) made.coating = optional.coating;
  if (optional.composite) made.composite = optional.composite;
  if (optional.cell) made.cell = optional.cell;
  if (optional.upperVoltage) made.upperVoltage = optional.upperVoltage;
  return made;
}

function site(file: string, span: Span, electrolyteSpan: Span | undefined, coatingInsertAt: Span | undefined, bilayer?: ContactSite['bilayer']): ContactSite {
  const made: Mutable<ContactSite> = { file, span };
  if (electrolyteSpan) made.electrolyteSpan = electrolyteSpan;
  if (coatingInsertAt !== undefined) made.coatingInsertAt = coatingInsertAt;
  if (bilayer) made.bilayer = bilayer;
  return made;
}

/** After a cell's one separator line: where a cathode-side separator line is inserted, and its indent. */
function bilayerSite(text: string, cell: CellModel, separator: LayerModel): ContactSite['bilayer'] {
  if (cell.layers.filter((l) => l.role === 'separator').length !== 1) return undefined;
  const line = separator.syntax.span;
  const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, line.start))![0];
  const newline = text.indexOf('\n', line.end);
  // The start of the next line; a cell on the file's last line without a newline gets none (no fix).
  if (newline < 0) return undefined;
  return { insertAt: spanLike(line, newline + 1, newline + 1), indent };
}

/** Every cathode–electrolyte contact of the document's own composites and cells. */
export function cathodeContacts(program: Program): CathodeContact[] {
  const contacts: CathodeContact[] = [];
  for (const composite of program.composites) {
    const electrolytes = electrolyteComponents(composite);
    for (const active of activeComponents(composite)) {
      for (const electrolyte of electrolytes) {
        const fraction = active.syntax.fraction;
        contacts.push(
          contact(
            {
              cathode: active.material!,
              electrolyte: electrolyte.material!,
              context: 'composite',
              site: site(program.file, active.syntax.material.span, electrolyte.syntax.material.span, active.syntax.coating || active.syntax.coatedKeywordSpan || !fraction ? undefined : spanLike(fraction.span, fraction.span.end, fraction.span.end)),
              other: { file: program.file, span: electrolyte.syntax.material.span, label: `the electrolyte \`${electrolyte.material!.name}\`` },
            },
            { coating: active.coating, composite, upperVoltage: voltageOf(active.material!) },
          ),
        );
      }
    }
  }
  for (const cell of program.cells) {
    let last: LayerModel | undefined;
    let cathodeLayer: LayerModel | undefined;
    for (const layer of cell.layers) {
      if (layer.role === 'separator') last = layer;
      else if (layer.role === 'cathode' && cathodeLayer === undefined) cathodeLayer = layer;
    }
    if (!last || !cathodeLayer?.target || last.target?.kind !== 'material' || !isRole(last.target, 'electrolyte')) continue;
    const separator = last.target;
    if (cell.cutoff && cathodeLayer.target.kind === 'composite') {
      const composite = cathodeLayer.target;
      for (const active of activeComponents(composite)) {
        for (const electrolyte of electrolyteComponents(composite)) {
          contacts.push(
            contact(
              {
                cathode: active.material!,
                electrolyte: electrolyte.material!,
                context: 'cutoff',
                site: site(program.file, cathodeLayer.syntax.material!.span, composite.file === program.file ? electrolyte.syntax.material.span : undefined, undefined),
                other: { file: composite.file, span: electrolyte.syntax.material.span, label: `\`${electrolyte.material!.name}\` in \`${composite.name}\`` },
              },
              { coating: active.coating, cell, composite, upperVoltage: cutoffUpper(cell) },
            ),
          );
        }
      }
    }
    const actives: { material: MaterialModel; coating?: MaterialModel }[] =
      cathodeLayer.target.kind === 'composite'
        ? activeComponents(cathodeLayer.target).map((c) => ({ material: c.material!, coating: c.coating }))
        : isRole(cathodeLayer.target, 'cathode')
          ? [{ material: cathodeLayer.target }]
          : [];
    const separatorSpan = last.syntax.material!.span;
    const bilayer = bilayerSite(program.text, cell, last);
    for (const active of actives) {
      contacts.push(
        contact(
          {
            cathode: active.material,
            electrolyte: separator,
            context: 'separator',
            site: site(program.file, separatorSpan, separatorSpan, undefined, bilayer),
            other: { file: program.file, span: cathodeLayer.syntax.material!.span, label: `the cathode layer \`${cathodeLayer.target.name}\`` },
          },
          {
            coating: active.coating,
            cell,
            composite: cathodeLayer.target.kind === 'composite' ? cathodeLayer.target : undefined,
            upperVoltage: voltageOf(active.material, cell),
          },
        ),
      );
    }
  }
  return contacts;
}

/**
 * The anode materials of a cell whose only separator is also the one its cathode faces: an
 * electrolyte put in that separator meets them too. Empty when there are several separators.
 */
export function anodesAcrossSeparator(cell: CellModel): MaterialModel[] {
  if (cell.layers.filter((l) => l.role === 'separator').length !== 1) return [];
  const target = cell.layers.find((l) => l.role === 'anode')?.target;
  if (!target) return [];
  return target.kind === 'composite' ? target.components.map((c) => c.material).filter((m): m is MaterialModel => isRole(m, 'anode')) : [target];
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
    for (const anode of anodes) contacts.push({ ion: cell.ion.value, anode, electrolyte: separatorLayer.target, cell, anodeLayer, separatorLayer });
  }
  return contacts;
}
