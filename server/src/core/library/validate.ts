/**
 * Validates the library's data as a whole: each entry against the schema, then the rules that
 * need every entry at once — each cited source exists, every name and alias (also ignoring
 * case, the lookup's fallback) points at exactly one material, and no two sources share a short
 * citation (a message naming `Wang et al. 2021` must point at one paper). A failure names the
 * entry and the field, because the person fixing it is editing a JSON file by hand.
 */
import type * as z from 'zod';
import {
  MEASURED_FIELDS,
  REVIEW_SOURCE,
  librarySchemas,
  type LibraryMaterial,
  type LibrarySource,
  type Provenance,
  type SourceKey,
} from './schema';

export interface LibraryIssue {
  /** `materials.json` or `sources.json`. */
  readonly file: string;
  /** The entry's name when it has one, else its index or key. */
  readonly entry: string;
  /** Dotted path inside the entry, e.g. `ionic.unit`; empty for the entry itself. */
  readonly field: string;
  readonly message: string;
}

export class LibraryDataError extends Error {
  constructor(readonly issues: readonly LibraryIssue[]) {
    super(`the built-in material library is invalid:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'LibraryDataError';
  }
}

export function formatIssue(issue: LibraryIssue): string {
  const where = issue.field ? `${issue.entry}, field ${issue.field}` : issue.entry;
  return `  ${issue.file}: ${where}: ${issue.message}`;
}

export interface LibraryData {
  readonly materials: readonly LibraryMaterial[];
  readonly sources: Readonly<Record<SourceKey, LibrarySource>>;
}

/** Returns the typed data, or throws a LibraryDataError listing every problem found. */
export function validateLibraryData(rawMaterials: unknown, rawSources: unknown): LibraryData {
  const issues: LibraryIssue[] = [];
  const { materialsSchema, sourcesSchema } = librarySchemas();
  const materials = materialsSchema.safeParse(rawMaterials);
  if (!materials.success) issues.push(...schemaIssues('materials.json', materials.error, (index) => entryLabel(rawMaterials, index)));
  const sources = sourcesSchema.safeParse(rawSources);
  if (!sources.success) issues.push(...schemaIssues('sources.json', sources.error, (key) => String(key)));
  if (sources.success) issues.push(...shortCitationClashes(sources.data));
  if (materials.success && sources.success) {
    issues.push(...missingSources(materials.data, sources.data), ...nameClashes(materials.data));
  }
  if (issues.length > 0 || !materials.success || !sources.success) throw new LibraryDataError(issues);
  return { materials: materials.data, sources: sources.data };
}

function schemaIssues(file: string, error: z.ZodError, label: (head: PropertyKey) => string): LibraryIssue[] {
  return error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    return {
      file,
      entry: head === undefined ? '(whole file)' : label(head),
      field: rest.map(String).join('.'),
      message: issue.message,
    };
  });
}

function entryLabel(raw: unknown, index: PropertyKey): string {
  const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as unknown) : undefined;
  const name = entry && typeof entry === 'object' && 'name' in entry ? (entry as { name: unknown }).name : undefined;
  return typeof name === 'string' ? `entry ${String(index)} (${name})` : `entry ${String(index)}`;
}

/**
 * Every `source`/`seeAlso` in an entry, with the dotted path where it is cited. A `review`
 * (what the review's Table 1 prints) cites the review implicitly, so it counts as citing
 * REVIEW_SOURCE: sources.json must keep that key while any entry has one.
 */
export function citedSources(material: LibraryMaterial): { field: string; key: SourceKey }[] {
  const cited: { field: string; key: SourceKey }[] = [];
  if (material.reviewTable1) cited.push({ field: 'reviewTable1.source', key: material.reviewTable1.source });
  const cite = (fields: object, prefix: string): void => {
    for (const [field, value] of Object.entries(fields)) {
      if (!isProvenance(value)) continue;
      cited.push({ field: `${prefix}${field}.source`, key: value.source });
      value.seeAlso?.forEach((key, i) => cited.push({ field: `${prefix}${field}.seeAlso.${i}`, key }));
    }
  };
  cite(material, '');
  for (const [ion, values] of Object.entries(material.withIon ?? {})) if (values) cite(values, `withIon.${ion}.`);
  for (const field of MEASURED_FIELDS) {
    if (material[field]?.review) cited.push({ field: `${field}.review`, key: REVIEW_SOURCE });
  }
  return cited;
}

function isProvenance(value: unknown): value is Provenance {
  return typeof value === 'object' && value !== null && typeof (value as { source?: unknown }).source === 'string';
}

function missingSources(materials: readonly LibraryMaterial[], sources: Readonly<Record<string, LibrarySource>>): LibraryIssue[] {
  return materials.flatMap((material, index) =>
    citedSources(material)
      .filter(({ key }) => !Object.hasOwn(sources, key))
      .map(({ field, key }) => ({
        file: 'materials.json',
        entry: `entry ${index} (${material.name})`,
        field,
        message: `source \`${key}\` is not a key of sources.json`,
      })),
  );
}

function shortCitationClashes(sources: Readonly<Record<string, LibrarySource>>): LibraryIssue[] {
  const owners = new Map<string, string>(); // short citation → the key that has it first
  const issues: LibraryIssue[] = [];
  for (const [key, source] of Object.entries(sources)) {
    const owner = owners.get(source.short);
    if (owner === undefined) owners.set(source.short, key);
    else issues.push({ file: 'sources.json', entry: key, field: 'short', message: `\`${source.short}\` is already the short citation of ${owner} (add a word to tell them apart)` });
  }
  return issues;
}

function nameClashes(materials: readonly LibraryMaterial[]): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const owners = new Map<string, string>(); // lower-cased name or alias → owning material
  materials.forEach((material, index) => {
    const own = new Set<string>();
    for (const label of [material.name, ...material.aliases]) {
      const folded = label.toLowerCase();
      if (own.has(folded)) continue; // `PVDF`/`PVdF` on one material is harmless
      own.add(folded);
      const owner = owners.get(folded);
      if (owner !== undefined) {
        issues.push({
          file: 'materials.json',
          entry: `entry ${index} (${material.name})`,
          field: label === material.name ? 'name' : 'aliases',
          message: `\`${label}\` is already a name or alias of ${owner} (names and aliases must be unique, ignoring case)`,
        });
      } else {
        owners.set(folded, material.name);
      }
    }
  });
  return issues;
}
