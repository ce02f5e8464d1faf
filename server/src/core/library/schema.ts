/**
 * The shape of the built-in material library (materials.json, sources.json), checked with zod
 * when the library loads. Every number is a measurement with its source, stored in the one
 * canonical unit of its field (docs/language.md §3), so nothing downstream converts units: a
 * conductivity printed as 1.51e-9 S/cm in a paper is stored as 1.51e-6 mS/cm.
 *
 * Cross-entry rules (source keys exist, names and aliases are unique) need the whole data set
 * and live in validate.ts.
 */
import * as z from 'zod';
import { lazy } from '../lazy';
import { WORKING_IONS, type WorkingIon } from '../chemistry/ions';

export const MATERIAL_ROLES = ['cathode', 'electrolyte', 'anode', 'carbon', 'binder', 'coating', 'collector'] as const;
export type LibraryRole = (typeof MATERIAL_ROLES)[number];

/** How a number was obtained; windows say computed (DFT, thermodynamic) or experimental (CV, wider). */
export const MEASUREMENT_METHODS = ['computed', 'experimental', 'crystallographic', 'handbook', 'assumed'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];

/** Canonical unit per field: the library accepts no other. */
export const CANONICAL_UNITS = {
  voltage: 'V',
  capacity: 'mAh/g',
  ionic: 'mS/cm',
  electronic: 'mS/cm',
  diffusivity: 'cm2/s',
  window: 'V',
  windowExperimental: 'V',
  density: 'g/cm3',
} as const;

/** A `.cell` name (docs/language.md §1): what a user can type to reference a material. */
export const CELL_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.()]*$/;

export type SourceKey = string;

/** One number or a range, never both: `value` narrows the union. */
export type ValueOrRange =
  | { readonly value: number; readonly low?: undefined; readonly high?: undefined }
  | { readonly value?: undefined; readonly low: number; readonly high: number };

export interface Provenance {
  /** A key of sources.json. */
  readonly source: SourceKey;
  readonly note?: string;
  /** Further sources the note refers to (keys of sources.json). */
  readonly seeAlso?: readonly SourceKey[];
}

/** The source every `review` number is implicitly cited to: the review and its Table 1. */
export const REVIEW_SOURCE: SourceKey = 'seed';

/**
 * What the review's Table 1 prints for a quantity whose library value comes from primary
 * literature and disagrees with it (LiMn2O4: 4.0 V measured, 3.4 V in Table 1). Both stay
 * visible: the library's value is the one the checks use, this one is shown beside it. Its
 * source is implicitly REVIEW_SOURCE, so it has no `source` of its own.
 */
export type ReviewValue = ValueOrRange & { readonly note?: string };

export type Measured<Unit extends string> = ValueOrRange &
  Provenance & {
    readonly unit: Unit;
    readonly method?: MeasurementMethod;
    /** What the review's Table 1 prints instead, when the value above departs from it. */
    readonly review?: ReviewValue;
  };

/** The fields that hold a Measured quantity, i.e. the ones that may carry a `review`. */
export const MEASURED_FIELDS = ['voltage', 'capacity', 'ionic', 'electronic', 'diffusivity', 'density'] as const;
export type MeasuredField = (typeof MEASURED_FIELDS)[number];

/** Either limit may be unknown: a source often reports only the oxidation limit. */
export interface StabilityWindow extends Provenance {
  readonly low?: number;
  readonly high?: number;
  readonly unit: 'V';
  readonly method: 'computed' | 'experimental';
}

export interface SourcedCount extends Provenance {
  readonly value: number;
}

/**
 * An anode at which a source reports the electrolyte reduced, where no reduction limit is
 * known: a lower bound on the limit (Li3InCl6 is reduced at In/InLi, 0.62 V, so at any anode
 * at or below that potential). An anode above it learns nothing from it.
 */
export interface ReducedAt extends Provenance {
  /** The anode's potential, V vs the entry's ion's metal (In/InLi: 0.62 V vs Li/Li⁺). */
  readonly value: number;
  readonly unit: 'V';
  /** The anode as the source names it (`In/InLi`). */
  readonly anode: string;
}

export interface SourcedInterphase extends Provenance {
  /** What the reduction products do at a metal or alloy anode of the entry's ion (Li, Li–In; Na, Na–Sn): passivate, or keep growing (electronically conducting). */
  readonly value: 'passivating' | 'mixed';
}

/** The row of the review's Table 1 an entry reproduces. */
export interface ReviewTable1Row {
  readonly source: SourceKey;
  /** The review's reference numbers for the row. */
  readonly refs: readonly number[];
  /** The row label as printed. */
  readonly row: string;
}

/**
 * The fields whose values depend on the working ion: a voltage vs Li/Li⁺ is not one vs Na/Na⁺,
 * and TiS2 stores 240 mAh/g of lithium but about 90 of sodium. An entry's own fields are for
 * its `ion`; a host that holds neither ion (TiS2, Sn) gives its values with the other in `withIon`.
 */
export const ION_FIELDS = ['voltage', 'capacity', 'electrons', 'ionic', 'diffusivity', 'window', 'windowExperimental', 'reducedAt', 'interphase'] as const;
export type IonField = (typeof ION_FIELDS)[number];

export interface LibraryMaterial {
  readonly name: string;
  readonly aliases: readonly string[];
  /** As chemists write it; absent for alloys of variable composition (stainless steel). */
  readonly formula?: string;
  readonly role: LibraryRole;
  readonly description: string;
  readonly alsoUsedAs?: readonly LibraryRole[];
  readonly reviewTable1?: ReviewTable1Row;
  /**
   * The working ion the entry's voltage, capacity, conductivities, window and interphase are
   * for. Default: the ion its formula carries (Na3PS4: Na), else lithium (TiS2, graphite).
   */
  readonly ion?: WorkingIon;
  /** A host's values with another working ion (TiS2 with sodium), each with its source; what is not given is unknown for that ion. */
  readonly withIon?: Readonly<Partial<Record<WorkingIon, IonValues>>>;
  /** Average voltage vs the metal of `ion` (Li/Li+, Na/Na+); for anodes the electrode potential. */
  readonly voltage?: Measured<'V'>;
  /** Practical specific capacity. */
  readonly capacity?: Measured<'mAh/g'>;
  /** Redox electrons per formula unit, for the theoretical capacity. */
  readonly electrons?: SourcedCount;
  readonly ionic?: Measured<'mS/cm'>;
  readonly electronic?: Measured<'mS/cm'>;
  readonly diffusivity?: Measured<'cm2/s'>;
  readonly window?: StabilityWindow;
  readonly windowExperimental?: StabilityWindow;
  /** An anode a source reports reducing the electrolyte, where no reduction limit is known. */
  readonly reducedAt?: ReducedAt;
  readonly interphase?: SourcedInterphase;
  /** Volume fraction (0–1) at which this material's network percolates. */
  readonly percolation?: SourcedCount;
  readonly density?: Measured<'g/cm3'>;
}

export type IonValues = { readonly [K in IonField]?: LibraryMaterial[K] };

export interface LibrarySource {
  /**
   * How a message names the source inline: first author's surname, `et al.` for more authors,
   * and the year (`Zhu et al. 2015`, `Zhou, PhD thesis 2021`). A reader recognises that; the
   * key (`ZhouDiss`) is only the data's internal handle.
   */
  readonly short: string;
  readonly citation: string;
  readonly doi?: string;
  /** What was actually read, and where: the honest extent of the check. */
  readonly read: string;
}

/** Longest short citation: it sits inside a sentence of a diagnostic. */
export const MAX_SHORT_CITATION_CHARS = 50;

/** `value`, or `low` and `high` with low ≤ high: the rule of every number or range. */
function checkValueOrRange(q: { value?: number; low?: number; high?: number }, ctx: z.RefinementCtx): void {
  const hasRange = q.low !== undefined || q.high !== undefined;
  if (q.value !== undefined && hasRange) {
    ctx.addIssue({ code: 'custom', message: 'give either value or low and high, not both' });
  } else if (q.value === undefined && (q.low === undefined || q.high === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'give a value, or both low and high' });
  } else if (q.low !== undefined && q.high !== undefined && q.low > q.high) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${q.low}) exceeds high (${q.high})` });
  }
}

/**
 * `window` is the computed window, `windowExperimental` the measured one; an anode that reduces
 * the electrolyte (`reducedAt`) sits below every reduction limit given: in an entry and in each of its `withIon`.
 */
function checkWindowMethods(
  m: { window?: StabilityWindow; windowExperimental?: StabilityWindow; reducedAt?: ReducedAt },
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
): void {
  for (const field of ['window', 'windowExperimental'] as const) {
    const low = m[field]?.low;
    if (m.reducedAt && low !== undefined && m.reducedAt.value >= low) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'reducedAt', 'value'],
        message: `an anode at ${m.reducedAt.value} V cannot reduce an electrolyte whose ${field} starts at ${low} V`,
      });
    }
  }
  if (m.window && m.window.method !== 'computed') {
    ctx.addIssue({ code: 'custom', path: [...path, 'window', 'method'], message: 'window holds the computed window; put measured ones in windowExperimental' });
  }
  if (m.windowExperimental && m.windowExperimental.method !== 'experimental') {
    ctx.addIssue({ code: 'custom', path: [...path, 'windowExperimental', 'method'], message: 'windowExperimental holds measured windows only' });
  }
}

/**
 * The schemas of the library's two files, built on first use, not at load: the build validates the
 * library before bundling it, so a bundled command never needs them (CELLSPEC_LIBRARY_CHECKED),
 * and building them is part of every start-up otherwise.
 */
export const librarySchemas = lazy(() => {
  const sourceKey = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'a source key is letters and digits, e.g. Zhu15' });
  const text = z.string().trim().min(1);

  const provenance = {
    source: sourceKey,
    note: text.optional(),
    seeAlso: z.array(sourceKey).min(1).optional(),
  };

  function measured<Unit extends string>(unit: Unit, allowZero: boolean): z.ZodType<Measured<Unit>> {
    // Potentials vs Li/Li+ may be 0 (lithium itself); every other quantity is strictly positive.
    const amount = allowZero ? z.number().nonnegative() : z.number().positive();
    // Table 1's number in the same unit; no source field: it is always the review's.
    const review = z
      .strictObject({ value: amount.optional(), low: amount.optional(), high: amount.optional(), note: text.optional() })
      .superRefine(checkValueOrRange);
    return z
      .strictObject({
        value: amount.optional(),
        low: amount.optional(),
        high: amount.optional(),
        unit: z.literal(unit, { error: `the unit must be ${unit}, the canonical unit of this field` }),
        method: z.enum(MEASUREMENT_METHODS).optional(),
        ...provenance,
        review: review.optional(),
      })
      .superRefine((q, ctx) => {
        checkValueOrRange(q, ctx);
        if (q.review && q.source === REVIEW_SOURCE) {
          ctx.addIssue({
            code: 'custom',
            path: ['review'],
            message: `the value is already the review's (source ${REVIEW_SOURCE}); review is for a value from elsewhere that departs from Table 1`,
          });
        }
      })
      .transform((q) => q as Measured<Unit>);
  }

  const stabilityWindow: z.ZodType<StabilityWindow> = z
    .strictObject({
      low: z.number().nonnegative().optional(),
      high: z.number().positive().optional(),
      unit: z.literal('V', { error: 'the unit must be V, the canonical unit of a window' }),
      method: z.enum(['computed', 'experimental']),
      ...provenance,
    })
    .superRefine((w, ctx) => {
      if (w.low === undefined && w.high === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a window needs a low or a high limit' });
      } else if (w.low !== undefined && w.high !== undefined && w.low > w.high) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${w.low}) exceeds high (${w.high})` });
      }
    });

  const role = z.enum(MATERIAL_ROLES);

  const ionValueSchemas = {
    voltage: measured('V', true).optional(),
    capacity: measured('mAh/g', false).optional(),
    electrons: z.strictObject({ value: z.number().positive(), ...provenance }).optional(),
    ionic: measured('mS/cm', false).optional(),
    diffusivity: measured('cm2/s', false).optional(),
    window: stabilityWindow.optional(),
    windowExperimental: stabilityWindow.optional(),
    reducedAt: z
      .strictObject({
        value: z.number().nonnegative(),
        unit: z.literal('V', { error: 'the unit must be V, the canonical unit of a potential' }),
        anode: text,
        ...provenance,
      })
      .optional(),
    interphase: z.strictObject({ value: z.enum(['passivating', 'mixed']), ...provenance }).optional(),
  };

  const materialSchema: z.ZodType<LibraryMaterial> = z
    .strictObject({
      name: z.string().regex(CELL_NAME_PATTERN, { error: 'a name must be a valid .cell name (docs/language.md §1)' }),
      aliases: z.array(text),
      formula: z.string().regex(/^\S+$/, { error: 'a formula has no spaces' }).optional(),
      role,
      description: text,
      alsoUsedAs: z.array(role).min(1).optional(),
      reviewTable1: z
        .strictObject({ source: sourceKey, refs: z.array(z.number().int().positive()).min(1), row: text })
        .optional(),
      ion: z.enum(WORKING_IONS).optional(),
      withIon: z
        .strictObject(Object.fromEntries(WORKING_IONS.map((ion) => [ion, z.strictObject(ionValueSchemas).optional()])) as Record<WorkingIon, z.ZodOptional<z.ZodObject<typeof ionValueSchemas>>>)
        .optional(),
      ...ionValueSchemas,
      electronic: measured('mS/cm', false).optional(),
      percolation: z
        .strictObject({ value: z.number().positive().max(1, { error: 'a percolation threshold is a volume fraction, at most 1' }), ...provenance })
        .optional(),
      density: measured('g/cm3', false).optional(),
    })
    .superRefine((m, ctx) => {
      const seen = new Set<string>([m.name]);
      m.aliases.forEach((alias, i) => {
        if (seen.has(alias)) ctx.addIssue({ code: 'custom', path: ['aliases', i], message: `\`${alias}\` repeats the name or another alias` });
        seen.add(alias);
      });
      checkWindowMethods(m, ctx, []);
      if (m.withIon && m.ion === undefined) {
        ctx.addIssue({ code: 'custom', path: ['ion'], message: 'an entry with withIon says which ion its own fields are for (`ion`)' });
      }
      for (const ion of WORKING_IONS) {
        const values = m.withIon?.[ion];
        if (!values) continue;
        if (ion === m.ion) {
          ctx.addIssue({ code: 'custom', path: ['withIon', ion], message: `the entry's own fields are already for ${ion} (its \`ion\`); withIon is for the other ion` });
        }
        checkWindowMethods(values, ctx, ['withIon', ion]);
      }
      if (m.alsoUsedAs?.includes(m.role)) {
        ctx.addIssue({ code: 'custom', path: ['alsoUsedAs'], message: `alsoUsedAs repeats the role ${m.role}` });
      }
      for (const field of MEASURED_FIELDS) {
        if (m[field]?.review && !m.reviewTable1) {
          ctx.addIssue({ code: 'custom', path: [field, 'review'], message: 'review holds what the review\'s Table 1 prints, but this entry has no reviewTable1 row' });
        }
      }
    });

  const materialsSchema = z.array(materialSchema).min(1);

  // Messages put the short citation in parentheses, `… (computed, Zhu et al. 2015)`, so it has none of its own.
  const shortCitation = text
    .max(MAX_SHORT_CITATION_CHARS, { error: `a short citation is at most ${MAX_SHORT_CITATION_CHARS} characters, e.g. Zhu et al. 2015` })
    .regex(/^[^()[\]]*$/, { error: 'a short citation has no brackets: messages put it in parentheses' });

  const sourcesSchema: z.ZodType<Readonly<Record<string, LibrarySource>>> = z.record(
    sourceKey,
    z.strictObject({
      short: shortCitation,
      citation: text,
      doi: z.string().regex(/^10\.\S+$/, { error: 'a DOI starts with 10.' }).optional(),
      read: text,
    }),
  );

  return { materialsSchema, sourcesSchema };
});
