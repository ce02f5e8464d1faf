/**
 * The built-in material library: the data behind every hover, check and quick fix that
 * mentions a material the user did not declare. The JSON is bundled (no file system access)
 * and validated: by the build, which refuses to bundle invalid data and then marks the bundle
 * (CELLSPEC_LIBRARY_CHECKED), and otherwise (the tests, a script run from source) once, on first
 * use. The schema's output is its input (strict objects, no defaults), so checked data is used as
 * it is: a process that only needs a formula does not pay for the validation.
 */
import rawMaterials from './materials.json';
import rawSources from './sources.json';
import { CELL_NAME_PATTERN, type LibraryMaterial, type LibrarySource } from './schema';
import { validateLibraryData, type LibraryData } from './validate';

declare const CELLSPEC_LIBRARY_CHECKED: boolean | undefined;

export interface MaterialLibrary {
  /** By exact name, then exact alias, then either ignoring case (`lpscl` → Li6PS5Cl). */
  lookup(nameOrAlias: string): LibraryMaterial | undefined;
  /** Every entry, in the order of materials.json. */
  all(): readonly LibraryMaterial[];
  /**
   * What a user can type to reach an entry: every name, then every alias that is a valid
   * `.cell` name (`LPSCl`, not `Li–In`), for completion and closest-name suggestions.
   */
  names(): readonly string[];
  /** The full citation behind a `source` or `seeAlso` key. */
  source(key: string): LibrarySource | undefined;
}

let cached: MaterialLibrary | undefined;

/** The shipped library. Throws a LibraryDataError (naming entry and field) if the data is invalid. */
export function loadLibrary(): MaterialLibrary {
  const checkedByBuild = typeof CELLSPEC_LIBRARY_CHECKED === 'boolean' && CELLSPEC_LIBRARY_CHECKED;
  cached ??= checkedByBuild ? indexLibrary({ materials: rawMaterials, sources: rawSources } as unknown as LibraryData) : createLibrary(rawMaterials, rawSources);
  return cached;
}

/** A library over any data of the same shape: the shipped files, or test data. */
export function createLibrary(materialsData: unknown, sourcesData: unknown): MaterialLibrary {
  return indexLibrary(validateLibraryData(materialsData, sourcesData));
}

function indexLibrary({ materials, sources }: LibraryData): MaterialLibrary {
  const exactNames = new Map<string, LibraryMaterial>();
  const exactAliases = new Map<string, LibraryMaterial>();
  const folded = new Map<string, LibraryMaterial>();
  for (const material of materials) {
    exactNames.set(material.name, material);
    for (const alias of material.aliases) exactAliases.set(alias, material);
    for (const label of [material.name, ...material.aliases]) folded.set(label.toLowerCase(), material);
  }
  const typeable = [
    ...materials.map((m) => m.name),
    ...materials.flatMap((m) => m.aliases.filter((alias) => CELL_NAME_PATTERN.test(alias))),
  ];
  const names = [...new Set(typeable)];
  return {
    lookup: (key) => exactNames.get(key) ?? exactAliases.get(key) ?? folded.get(key.toLowerCase()),
    all: () => materials,
    names: () => names,
    source: (key) => (Object.hasOwn(sources, key) ? sources[key] : undefined),
  };
}
