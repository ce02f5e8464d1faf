/**
 * The `data` each diagnostic code carries, declared once (Langium's pattern): the checks write
 * it typed (`diagnostic()` takes `DiagnosticData<C>` for code C), the editor round-trips it
 * through LSP's `data`, and the quick fixes read it back through `readDiagnosticData`, which
 * validates what the client sent — a stale or hand-made payload yields no fix, never a throw.
 */
import * as z from 'zod';
import { lazy } from './lazy';
import { WORKING_IONS } from './chemistry/ions';
import type { DiagnosticCode } from './diagnostics';

/**
 * The shape of each code's `data`. Built on first use, not at load: only the editor's quick fixes
 * read data back, and every zod schema built at load adds to the start-up of every command-line run.
 */
export const diagnosticDataSchemas = lazy(() => {
  const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.start <= s.end, 'a span ends after it starts');
  /** Arrays are read-only, as everywhere in the core's plain data. */
  const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
  const edit = z.object({ span, newText: z.string() });
  const replacement = z.object({ span, text: z.string() });
  const names = list(z.string());
  const nothing = z.undefined();

  /** Replace the span of the diagnostic with one of `suggestions`; or apply the parser's own repair. */
  const wordSuggestions = z.object({ suggestions: names });

  /** `anion/mismatch` and `window/oxidation`: swap the electrolyte, or coat the cathode. */
  const contact = z.object({
    cathode: z.string(),
    electrolyte: z.string(),
    cathodeClass: z.string(),
    electrolyteClass: z.string(),
    upperVoltage: z.number().optional(),
    /** Replace this span (the electrolyte reference) with a candidate's name. */
    electrolyteSpan: span.optional(),
    /** Insert `  coated <name>` here (an empty span). */
    coatingInsertAt: span.optional(),
    candidates: list(z.object({ name: z.string(), title: z.string(), coversVoltage: z.boolean() })),
    coatings: names,
    /**
     * A cell's only separator, which meets the anode too: insert a second separator line at
     * `insertAt` (the start of the next line), one of `candidates` against the cathode, so the
     * separator the anode tolerates stays against it (a bilayer).
     */
    bilayer: z.object({ insertAt: span, indent: z.string(), candidates: list(z.object({ name: z.string(), title: z.string() })) }).optional(),
  });

  const percolationTerm = z.object({
    name: z.string(),
    volumeFraction: z.number(),
    solidVolumeFraction: z.number(),
    threshold: z.number(),
    thresholdFrom: z.enum(['material', 'particle-size', 'default']),
    share: z.number(),
  });

  const phase = z.enum(['ionic', 'electronic']);


  return {
    syntax: z.object({
      suggestions: names.optional(),
      /** The parser's repair: split two properties onto two lines, comment out pasted rows. */
      fix: z.object({ title: z.string(), edits: z.array(edit).min(1).readonly() }).optional(),
    }).optional(),
    'ref/undefined': wordSuggestions,
    'ref/duplicate': nothing,
    'ref/role': z.object({ role: z.string(), use: z.string() }).optional(),
    'ref/import': nothing,
    'ref/lookalike': z.object({ replacement: z.string(), slip: z.enum(['confusable', 'zero-for-oxygen', 'one-edit']) }),
    /**
     * `suggestions` replace the unit; for a unit of another scale (`3.86 Ah/g`) `suggestions` is
     * empty and `replacement` rewrites the whole quantity in a unit of the language (`3860 mAh/g`).
     */
    'unit/unknown': z.object({ suggestions: names, replacement: replacement.optional() }),
    /**
     * The units the key accepts: put one at `unitSpan` (the written unit), or, when the number has
     * none, insert ` unit` at `numberSpan.end`. `expected` is empty when the key takes no unit:
     * remove `unitSpan`, or apply `replacement` (`percolation 16 vol%` → `0.16`).
     */
    'unit/dimension': z.object({ expected: names, numberSpan: span, unitSpan: span.optional(), replacement: replacement.optional() }).optional(),
    /** A range written high end first: `replacement` swaps its ends. */
    'value/range': z.object({ replacement }).optional(),
    /** Replace `replace` (the whole formula) with `suggestion`. */
    'formula/syntax': z.object({ suggestion: z.string(), replace: span }).optional(),
    'formula/element': z.object({ suggestion: z.string(), replace: span }).optional(),
    'stoich/charge': z.object({ residual: z.number().optional() }),
    'stoich/anion-redox': z.object({ oxidationStates: z.record(z.string(), z.number()).optional() }),
    'stoich/capacity': z.object({ theoretical: z.number(), impliedElectrons: z.number() }),
    'stoich/sites': z.object({ metalSum: z.number(), expected: z.number(), alkaliSum: z.number() }),
    /** The normalised fractions, as edits; `total` in percent (null when it is not a number). */
    'mix/sum': z.object({ total: z.number().nullable(), edits: list(edit) }),
    'mix/units': z.object({ missingDensity: names }).optional(),
    'anion/mismatch': contact,
    'window/oxidation': contact,
    'window/reduction': z.object({
      /**
       * The working ion's alloy anode (Li–In; none for sodium, chemistry/ions.ts), when switching
       * to it raises the anode's potential: its library name, its words, its potential vs the metal.
       */
      alloyAnode: z.object({ name: z.string(), label: z.string(), potential: z.number() }).optional(),
      /** The working ion, for the fix titles' words. */
      ion: z.enum(WORKING_IONS),
      anode: z.string(),
      electrolyte: z.string(),
      /** Replace the anode reference with the alloy anode. */
      anodeSpan: span,
      /** Insert a passivating interlayer line before the first separator line (an empty span at its start). */
      interlayerInsertAt: span,
      interlayerIndent: z.string(),
      interlayers: names,
    }),
    'window/unknown': nothing,
    'conduction/percolation': z.object({
      phase,
      sum: z.number(),
      terms: list(percolationTerm),
      /** The conductor whose raise alone would make the phase percolate, and the fraction of the solid volume it needs. */
      raise: z.object({ name: z.string(), volumeFraction: z.number() }).optional(),
      /** The composite, when the layer is one: the design solver's recipe fix (fixes/design-fixes.ts) is worked out for it on request. */
      composite: z.string().optional(),
    }),
    'conduction/limited': z.object({
      phase,
      /** ΔV = j·L/σ_eff, V; Infinity in the core when nothing conducts (null once through JSON). */
      voltageDropV: z.number().nullable(),
      currentDensityMAPerCm2: z.number(),
      thicknessUm: z.number(),
      effectiveConductivityMSPerCm: z.number(),
      limitV: z.number(),
      /** The cell: its loading and recipe fixes are worked out on request, not on every keystroke. */
      cell: z.string(),
    }),
    'cell/incomplete': z.object({ missing: names }),
    'cell/balance': z.object({
      ratio: z.number(),
      anodeMAhPerCm2: z.number(),
      cathodeMAhPerCm2: z.number(),
      /** The anode thickness (um) that would hold the cathode's capacity, when the anode is given by thickness. */
      anodeThicknessNeededUm: z.number().optional(),
    }),
    'cell/ion': z.object({
      /** The ion the cell or composite runs on, and the other one this material carries. */
      ion: z.enum(WORKING_IONS),
      carried: z.enum(WORKING_IONS),
      material: z.string(),
      /** An anode that is the other ion's metal (Li in a sodium cell): replace it with the cell's ion's metal. */
      metal: z.object({ span, name: z.string() }).optional(),
    }),
    internal: nothing,
    'document/too-large': nothing,
  } as const satisfies Record<DiagnosticCode, z.ZodType>;
});

/** What a diagnostic of code C carries in `data`. */
export type DiagnosticData<C extends DiagnosticCode> = z.infer<ReturnType<typeof diagnosticDataSchemas>[C]>;

/**
 * The data of a diagnostic as the editor sent it back, checked against its code's shape;
 * undefined when it does not fit (stale, edited, or from another version).
 */
export function readDiagnosticData<C extends DiagnosticCode>(code: C, data: unknown): DiagnosticData<C> | undefined {
  const schema: z.ZodType | undefined = diagnosticDataSchemas()[code];
  if (!schema) return undefined;
  const read = schema.safeParse(data);
  return read.success ? (read.data as DiagnosticData<C>) : undefined;
}
