/**
 * The built-in library seen as resolved materials: each entry becomes a MaterialModel once
 * (memoised), with its chemistry derived from its formula and every value keeping its source
 * key (hovers show the full citation through `librarySource`).
 */
import { carriedIon, DEFAULT_ION, type WorkingIon } from '../chemistry/ions';
import { bounds, loadLibrary, nominalValue, type LibraryMaterial, type LibrarySource, type Measured, type StabilityWindow as LibraryWindow } from '../library';
import { ION_FIELDS, type IonValues } from '../library/schema';
import { chemistryOf } from './chemistry-cache';
import type { MaterialModel, NumberRange, Sourced, StabilityWindow, WindowLimit } from './types';

/** Each entry's model, made on first use: the first check of a file needs a few, not all 72. */
const byEntry = new Map<LibraryMaterial, MaterialModel>();
/** An entry's model with the other working ion (TiS2 with sodium), made on first use. */
const byEntryAndIon = new Map<LibraryMaterial, Map<WorkingIon, MaterialModel>>();

function modelOf(entry: LibraryMaterial): MaterialModel {
  let model = byEntry.get(entry);
  if (model === undefined) {
    model = toModel(entry, entryIon(entry), entry);
    byEntry.set(entry, model);
  }
  return model;
}

/** The ion an entry's own values are for: declared, else the one its formula carries, else lithium. */
export function entryIon(entry: LibraryMaterial): WorkingIon {
  if (entry.ion) return entry.ion;
  const chemistry = entry.formula ? chemistryOf(entry.formula) : undefined;
  return (chemistry?.ok ? carriedIon(chemistry.chemistry.formula.elements) : undefined) ?? DEFAULT_ION;
}

/**
 * A library material as it works with `ion`: the same entry when its values are for that ion
 * or it carries an ion of its own (Li6PS5Cl's window is vs Li/Li⁺ wherever it is put: a
 * lithium conductor in a sodium cell is `cell/ion`, not a sodium conductor); for a host that
 * holds neither ion (TiS2, Sn, graphite), its values with `ion` (`withIon`), and what the
 * library does not give for that ion unknown. Document and ad-hoc materials are as written.
 */
export function materialForIon(material: MaterialModel, ion: WorkingIon | undefined): MaterialModel {
  if (ion === undefined || material.origin !== 'library' || material.ion === ion) return material;
  if (material.chemistry && carriedIon(material.chemistry.formula.elements) !== undefined) return material;
  const entry = loadLibrary().lookup(material.name);
  if (!entry || entry.name !== material.name) return material;
  // Nothing to give per ion (a carbon, a binder, a collector): the same model serves both.
  if (!ION_FIELDS.some((field) => entry[field] !== undefined || entry.withIon?.[ion]?.[field] !== undefined)) return material;
  let variants = byEntryAndIon.get(entry);
  if (!variants) byEntryAndIon.set(entry, (variants = new Map()));
  let variant = variants.get(ion);
  if (!variant) variants.set(ion, (variant = toModel(entry, ion, entry.withIon?.[ion] ?? {})));
  return variant;
}

/** A library material by its exact name or alias (case matters: `co` is not `Co`). */
export function libraryMaterial(name: string): MaterialModel | undefined {
  const entry = loadLibrary().lookup(name);
  if (!entry || (entry.name !== name && !entry.aliases.includes(name))) return undefined;
  return modelOf(entry);
}

export function allLibraryMaterials(): MaterialModel[] {
  return loadLibrary().all().map(modelOf);
}

/** Every name a user can type to reach a library entry (names, then typeable aliases). */
export function libraryNames(): readonly string[] {
  return loadLibrary().names();
}

/** The full citation behind a library source key (`Zhu15` → authors, journal, DOI, what was read). */
export function librarySource(key: string): LibrarySource | undefined {
  return loadLibrary().source(key);
}

/** The model of an entry, with `values` (the entry itself, or its `withIon` for another ion) for the ion-dependent fields. */
function toModel(entry: LibraryMaterial, ion: WorkingIon, values: IonValues): MaterialModel {
  const chemistry = entry.formula ? chemistryOf(entry.formula) : undefined;
  const single = (q: Measured<string> | undefined): Sourced<number> | undefined => (q ? { value: nominalValue(q), ...cite(q) } : undefined);
  const range = (q: Measured<string> | undefined): Sourced<NumberRange> | undefined => (q ? { value: bounds(q), ...cite(q) } : undefined);
  const model: { -readonly [K in keyof MaterialModel]: MaterialModel[K] } = {
    kind: 'material',
    name: entry.name,
    origin: 'library',
    role: { value: entry.role, source: 'library' },
    description: entry.description,
    aliases: entry.aliases,
    ion,
  };
  if (entry.formula) model.formulaText = entry.formula;
  if (chemistry?.ok) model.chemistry = chemistry.chemistry;
  const assign = <K extends keyof MaterialModel>(key: K, value: MaterialModel[K] | undefined): void => {
    if (value !== undefined) model[key] = value;
  };
  if (values.voltage) {
    // As for a document's range: the midpoint (a voltage is linear, unlike a conductivity's geometric mean).
    const { low, high } = bounds(values.voltage);
    model.voltage = { value: (low + high) / 2, ...cite(values.voltage) };
    model.voltageRange = { low, high };
  }
  assign('capacity', single(values.capacity));
  assign('electrons', values.electrons ? { value: values.electrons.value, ...cite(values.electrons) } : undefined);
  assign('ionic', range(values.ionic));
  assign('electronic', range(entry.electronic));
  assign('diffusivity', range(values.diffusivity));
  assign('density', single(entry.density));
  assign('percolation', entry.percolation ? { value: entry.percolation.value, ...cite(entry.percolation) } : undefined);
  assign('reducedAt', values.reducedAt ? { value: values.reducedAt.value, anode: values.reducedAt.anode, ...cite(values.reducedAt) } : undefined);
  assign('interphase', values.interphase ? { value: values.interphase.value, ...cite(values.interphase) } : undefined);
  assign('window', mergeWindows(values.window, values.windowExperimental));
  return model;
}

/** Computed limits first (thermodynamic, the conservative choice), measured ones where no computed limit exists. */
function mergeWindows(computed: LibraryWindow | undefined, measured: LibraryWindow | undefined): StabilityWindow | undefined {
  const limit = (side: 'low' | 'high'): WindowLimit | undefined => {
    for (const window of [computed, measured]) {
      const value = window?.[side];
      if (window && value !== undefined) return { value, method: window.method, ...cite(window) };
    }
    return undefined;
  };
  const low = limit('low');
  const high = limit('high');
  if (!low && !high) return undefined;
  return { ...(low ? { low } : {}), ...(high ? { high } : {}) };
}

function cite(p: { source: string; note?: string }): { source: string; note?: string } {
  return p.note ? { source: p.source, note: p.note } : { source: p.source };
}
