/**
 * The built-in library seen as resolved materials: each entry becomes a MaterialModel once
 * (memoised), with its chemistry derived from its formula and every value keeping its source
 * key (hovers show the full citation through `librarySource`).
 */
import { bounds, loadLibrary, nominalValue, type LibraryMaterial, type LibrarySource, type Measured, type StabilityWindow as LibraryWindow } from '../library';
import { chemistryOf } from './chemistry-cache';
import type { MaterialModel, NumberRange, Sourced, StabilityWindow, WindowLimit } from './types';

/** Each entry's model, made on first use: the first check of a file needs a few, not all 72. */
const byEntry = new Map<LibraryMaterial, MaterialModel>();

function modelOf(entry: LibraryMaterial): MaterialModel {
  let model = byEntry.get(entry);
  if (model === undefined) {
    model = toModel(entry);
    byEntry.set(entry, model);
  }
  return model;
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

function toModel(entry: LibraryMaterial): MaterialModel {
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
  };
  if (entry.formula) model.formulaText = entry.formula;
  if (chemistry?.ok) model.chemistry = chemistry.chemistry;
  const assign = <K extends keyof MaterialModel>(key: K, value: MaterialModel[K] | undefined): void => {
    if (value !== undefined) model[key] = value;
  };
  if (entry.voltage) {
    // As for a document's range: the midpoint (a voltage is linear, unlike a conductivity's geometric mean).
    const { low, high } = bounds(entry.voltage);
    model.voltage = { value: (low + high) / 2, ...cite(entry.voltage) };
    model.voltageRange = { low, high };
  }
  assign('capacity', single(entry.capacity));
  assign('electrons', entry.electrons ? { value: entry.electrons.value, ...cite(entry.electrons) } : undefined);
  assign('ionic', range(entry.ionic));
  assign('electronic', range(entry.electronic));
  assign('diffusivity', range(entry.diffusivity));
  assign('density', single(entry.density));
  assign('percolation', entry.percolation ? { value: entry.percolation.value, ...cite(entry.percolation) } : undefined);
  assign('interphase', entry.interphase ? { value: entry.interphase.value, ...cite(entry.interphase) } : undefined);
  assign('window', mergeWindows(entry.window, entry.windowExperimental));
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
