/**
 * Cellspec's composite transport model against published measurements: every sample of
 * composites.json is written as a `.cell` composite (the study's own pure-phase values as
 * materials, carbons and binders from the library), checked by the real core, and its
 * computed effective conductivities set beside the measured ones. run.ts prints the result.
 */
import { z } from 'zod';
import { analyzeDocument } from '../../server/src/core/analyze';
import { computeComposite, isKnown } from '../../server/src/core/compute';
import { DEFAULT_SETTINGS, type CellspecSettings } from '../../server/src/core/settings';
import data from './composites.json';

const sampleSchema = z.strictObject({
  id: z.string().min(1),
  components: z.string().min(1),
  porosity: z.number().min(0).lt(1).optional(),
  measured: z.strictObject({ ionic: z.number().positive().optional(), electronic: z.number().positive().optional() }),
  note: z.string().optional(),
});
const studySchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  citation: z.string().min(1),
  doi: z.string().nullable(),
  read: z.string().min(1),
  conditions: z.string().min(1),
  materials: z.string(),
  samples: z.array(sampleSchema).min(1),
});
const fileSchema = z.strictObject({ about: z.string(), studies: z.array(studySchema).min(1) });

export type Study = z.infer<typeof studySchema>;

export interface Comparison {
  readonly study: string;
  readonly sample: string;
  readonly phase: 'ionic' | 'electronic';
  readonly measured: number;
  /** mS/cm; 0 when the model says the phase does not percolate. */
  readonly computed: number | null;
  readonly percolates: boolean | null;
  /** computed / measured. */
  readonly ratio: number | null;
  readonly within3: boolean;
  readonly note?: string;
}

/** The data set, validated: a bad edit fails with the path of the field. */
export function loadStudies(input: unknown = data): Study[] {
  return fileSchema.parse(input).studies;
}

/** The study as one `.cell` document: its materials, then one composite per sample. */
export function studyDocument(study: Study): string {
  const composites = study.samples.map((sample, i) => {
    const lines = sample.components.split('\n').map((line) => `  ${line}`);
    if (sample.porosity !== undefined) lines.push(`  porosity ${Number((sample.porosity * 100).toPrecision(6))} vol%`);
    return `composite Sample${i} {\n${lines.join('\n')}\n}\n`;
  });
  return `${study.materials}\n${composites.join('\n')}`;
}

export function compareStudy(study: Study, settings: CellspecSettings = DEFAULT_SETTINGS): Comparison[] {
  const file = `/validate/${study.key}.cell`;
  const text = studyDocument(study);
  const analysis = analyzeDocument(file, text, { host: { workspaceRoot: '/validate', readFile: () => undefined }, settings });
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${study.key}: the generated document has errors: ${errors.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  const comparisons: Comparison[] = [];
  study.samples.forEach((sample, i) => {
    const model = analysis.program.composites.find((c) => c.name === `Sample${i}`)!;
    const hints = computeComposite(model, settings);
    for (const phase of ['ionic', 'electronic'] as const) {
      const measured = sample.measured[phase];
      if (measured === undefined) continue;
      const sigma = hints[phase].effectiveConductivity;
      const percolation = hints[phase].percolation;
      const computed = isKnown(sigma) ? sigma.value.representative : null;
      const ratio = computed === null ? null : computed / measured;
      comparisons.push({
        study: study.key,
        sample: sample.id,
        phase,
        measured,
        computed,
        percolates: isKnown(percolation) ? percolation.value.percolates : null,
        ratio,
        within3: ratio !== null && ratio >= 1 / 3 && ratio <= 3,
        ...(sample.note ? { note: sample.note } : {}),
      });
    }
  });
  return comparisons;
}

export function compareAll(studies = loadStudies(), settings: CellspecSettings = DEFAULT_SETTINGS): Comparison[] {
  return studies.flatMap((study) => compareStudy(study, settings));
}

