/**
 * Every rule of docs/language.md §4–5 over a resolved program. One file per family of codes;
 * this only runs them in order. (Syntax, unit, value, formula and name problems are found
 * while the program is built, in model/.)
 *
 * The checks run declaration by declaration, in document order, each declaration through the
 * families of its kind; each family's findings go to its own list, and the lists are joined in
 * the families' order, so the findings come out as from a run family by family (declarations in
 * document order within each). Each family's findings are kept per model object (and settings):
 * a declaration whose model the analysis kept from the previous keystroke (see buildProgram) is
 * not checked again.
 */
import type { CoreDiagnostic } from '../diagnostics';
import type { CellModel, CompositeModel, MaterialModel, Program } from '../model';
import type { CellspecSettings } from '../settings';
import { forgetHintsOf, hintsOfCell, hintsOfComposite, type ProgramHints } from '../compute';
import { checkConduction } from './conduction';
import { checkAnionMismatch } from './anion';
import { checkCellStructure } from './cell-structure';
import { anodeContacts, cathodeContacts, type CathodeContact } from './contacts';
import { checkBalance } from './balance';
import { DEFAULT_ION } from '../chemistry/ions';
import { compositeIonIn } from '../model/ion';
import { checkCellIon, checkCompositeIon } from './ion';
import { checkMixtures } from './mixture';
import { checkStoichiometry } from './stoichiometry';
import { checkOxidation, checkReduction } from './windows';
import { passivatingInterlayers } from '../fixes/interlayers';

/** How a run treats what it computes. */
export interface CheckRun {
  /**
   * The program is checked once and forgotten (`cellspec check`): each batch of declarations'
   * hints and kept findings are let go once the batch is checked, instead of living as long as
   * the models. Most declarations name their neighbours, so little is computed twice; the 10 MB
   * check's peak fell by a quarter (458 → 332 MB) and its time with it (docs/performance.md).
   */
  readonly release?: boolean;
}

/** Declarations checked before their hints and findings are let go, in a run that releases them. */
export const RELEASE_BATCH = 64;

export function runChecks(program: Program, hints: ProgramHints, settings: CellspecSettings, run: CheckRun = {}): CoreDiagnostic[] {
  const lists: CoreDiagnostic[][] = FAMILY_ORDER.map(() => []);
  for (const diagnostic of checkStoichiometry(part(program, { references: program.references }))) lists[REFERENCE_STOICHIOMETRY]!.push(diagnostic);
  const context: Context = { program, hints, settings };
  const batch: object[] = [];
  const check = <M extends object>(model: M, families: readonly Family<M>[]): void => {
    const record = recordOf(model, settings);
    for (const family of families) {
      const list = lists[family.list]!;
      for (const diagnostic of findingsOf(record, family.check, model, context)) list.push(diagnostic);
    }
    if (run.release !== true) return;
    batch.push(model);
    if (batch.length >= RELEASE_BATCH) release(batch);
  };
  const { materials, composites, cells } = program;
  // Document order: a declaration and the ones it names are checked close together.
  let m = 0;
  let c = 0;
  let k = 0;
  while (m < materials.length || c < composites.length || k < cells.length) {
    const material = materials[m];
    const composite = composites[c];
    const cell = cells[k];
    const next = Math.min(offsetOf(material), offsetOf(composite), offsetOf(cell));
    if (material !== undefined && offsetOf(material) === next) {
      check(material, MATERIAL_FAMILIES);
      m++;
    } else if (composite !== undefined && offsetOf(composite) === next) {
      check(composite, COMPOSITE_FAMILIES);
      c++;
    } else {
      check(cell!, CELL_FAMILIES);
      k++;
    }
  }
  release(batch);
  const found: CoreDiagnostic[] = [];
  for (const list of lists) for (const diagnostic of list) found.push(diagnostic);
  return found;
}

/** Where a declaration starts (the end of the world for none: the merge above takes the others first). */
function offsetOf(model: MaterialModel | CompositeModel | CellModel | undefined): number {
  return model?.decl?.span.start ?? Number.POSITIVE_INFINITY;
}

/** The hints and kept findings of these models go; the list is emptied. */
function release(models: object[]): void {
  for (const model of models) {
    records.delete(model);
    forgetHintsOf(model);
  }
  models.length = 0;
}

interface Context {
  readonly program: Program;
  readonly hints: ProgramHints;
  readonly settings: CellspecSettings;
}

/**
 * A check of one model, whose findings are kept per model object and settings object. Its other
 * inputs are fixed by the model: a kept model has the same syntax node, at the same offset, in
 * the same file, naming the same models (buildProgram keeps a model only then). A check whose
 * result also depends on something else of the document says so with `variant` (the ion a
 * composite works with): its findings are kept per variant.
 */
interface Check<M> {
  readonly run: (model: M, context: Context) => readonly CoreDiagnostic[];
  readonly variant?: (model: M, context: Context) => string;
  /** Where a record keeps this check's findings (`defineCheck` numbers them). */
  readonly slot: number;
}

let slots = 0;

/** A check with the next slot of the records. */
function defineCheck<M>(spec: Omit<Check<M>, 'slot'>): Check<M> {
  return { ...spec, slot: slots++ };
}

/**
 * What has been found for one model under one settings object: by check slot, its findings, or
 * (a check kept per variant) its findings by variant. A record is kept for every declaration of
 * a document, so it is small: a list of slots, not a map, and one shared list for "nothing found"
 * (most checks of most declarations).
 */
interface FindingRecord {
  readonly settings: CellspecSettings;
  readonly findings: (readonly CoreDiagnostic[] | Map<string, readonly CoreDiagnostic[]> | undefined)[];
  contacts: readonly CathodeContact[] | undefined;
}

/** One shared empty list: a record's "nothing found" (most checks of most declarations) and a program part's absent declarations. */
const NONE: readonly never[] = Object.freeze([]);

const records = new WeakMap<object, FindingRecord>();

/** One look-up per model and check run (there were fourteen, one per family). */
function recordOf(model: object, settings: CellspecSettings): FindingRecord {
  const kept = records.get(model);
  if (kept !== undefined && kept.settings === settings) return kept;
  const record: FindingRecord = { settings, findings: [], contacts: undefined };
  records.set(model, record);
  return record;
}

/** The findings to keep: the shared empty list when there are none. */
function keep(findings: readonly CoreDiagnostic[]): readonly CoreDiagnostic[] {
  return findings.length === 0 ? NONE : findings;
}

function findingsOf<M>(record: FindingRecord, check: Check<M>, model: M, context: Context): readonly CoreDiagnostic[] {
  if (check.variant === undefined) {
    let findings = record.findings[check.slot] as readonly CoreDiagnostic[] | undefined;
    if (findings === undefined) record.findings[check.slot] = findings = keep(check.run(model, context));
    return findings;
  }
  let byVariant = record.findings[check.slot] as Map<string, readonly CoreDiagnostic[]> | undefined;
  if (byVariant === undefined) record.findings[check.slot] = byVariant = new Map();
  const variant = check.variant(model, context);
  let findings = byVariant.get(variant);
  if (findings === undefined) byVariant.set(variant, (findings = keep(check.run(model, context))));
  return findings;
}

/**
 * The program reduced to some of its declarations, for a family's check of one of them. Field by
 * field (the type checker asks for every field of Program): this runs for every declaration and
 * check, and a spread of the program copied it through V8's slow path.
 */
function part(program: Program, only: Partial<Pick<Program, 'materials' | 'composites' | 'cells' | 'references'>>): Program {
  return {
    file: program.file,
    text: program.text,
    parse: program.parse,
    imports: program.imports,
    materials: only.materials ?? NONE,
    composites: only.composites ?? NONE,
    cells: only.cells ?? NONE,
    references: only.references ?? NONE,
    scope: program.scope,
    diagnostics: program.diagnostics,
  };
}

function declarationPart(program: Program, model: CompositeModel | CellModel): Program {
  return model.kind === 'composite' ? part(program, { composites: [model] }) : part(program, { cells: [model] });
}

const materialStoichiometry = defineCheck<MaterialModel>({ run: (material, { program }) => checkStoichiometry(part(program, { materials: [material] })) });

const compositeMixture = defineCheck<CompositeModel>({ run: (composite, { program }) => checkMixtures(part(program, { composites: [composite] })) });

/** Contacts depend on the declaration alone; both the anion and the window checks read them. */
function contactsOf(model: CompositeModel | CellModel, context: Context): readonly CathodeContact[] {
  const record = recordOf(model, context.settings);
  // Kept as an exact-size copy: the list the contacts were pushed to has room for 17.
  return (record.contacts ??= cathodeContacts(declarationPart(context.program, model)).slice());
}

const anionMismatch = defineCheck<CompositeModel | CellModel>({ run: (model, context) => checkAnionMismatch(contactsOf(model, context), context.settings) });

const oxidation = defineCheck<CompositeModel | CellModel>({ run: (model, context) => checkOxidation(contactsOf(model, context), context.settings) });

const reduction = defineCheck<CellModel>({
  run: (cell, { program }) => checkReduction(anodeContacts(part(program, { cells: [cell] })), program.text, passivatingInterlayers()),
});

const cellBalance = defineCheck<CellModel>({ run: (cell, { program, hints, settings }) => (cell.file === program.file ? checkBalance(hintsOfCell(hints, cell, settings)) : []) });

/**
 * Kept per working ion: the advice of a composite whose materials say no ion names a conductor
 * of the ion its cells run on, which an edit elsewhere may change.
 */
const compositeConduction = defineCheck<CompositeModel>({
  variant: (composite, { program }) => compositeIonIn(composite, program.cells) ?? DEFAULT_ION,
  run: (composite, { program, hints, settings }) => checkConduction(program, { composites: [hintsOfComposite(hints, composite, settings)], cells: [] }, settings),
});

const cellConduction = defineCheck<CellModel>({
  run: (cell, { program, hints, settings }) => checkConduction(program, { composites: [], cells: [hintsOfCell(hints, cell, settings)] }, settings),
});

const compositeIon = defineCheck<CompositeModel>({ run: (composite) => checkCompositeIon(composite) });

const cellIon = defineCheck<CellModel>({ run: (cell) => checkCellIon(cell) });

const cellStructure = defineCheck<CellModel>({ run: (cell, { program }) => checkCellStructure(part(program, { cells: [cell] })) });

/** A family of checks for one kind of declaration, and the list its findings go to. */
interface Family<M> {
  readonly list: number;
  readonly check: Check<M>;
}

/** The families in the order their findings come out. */
const FAMILY_ORDER = [
  'material stoichiometry',
  'reference stoichiometry',
  'composite mixture',
  'composite anion',
  'cell anion',
  'composite oxidation',
  'cell oxidation',
  'cell reduction',
  'composite conduction',
  'cell conduction',
  'cell structure',
  'cell balance',
  'composite ion',
  'cell ion',
] as const;

function listOf(family: (typeof FAMILY_ORDER)[number]): number {
  return FAMILY_ORDER.indexOf(family);
}

const REFERENCE_STOICHIOMETRY = listOf('reference stoichiometry');

const MATERIAL_FAMILIES: readonly Family<MaterialModel>[] = [{ list: listOf('material stoichiometry'), check: materialStoichiometry }];

const COMPOSITE_FAMILIES: readonly Family<CompositeModel>[] = [
  { list: listOf('composite mixture'), check: compositeMixture },
  { list: listOf('composite anion'), check: anionMismatch },
  { list: listOf('composite oxidation'), check: oxidation },
  { list: listOf('composite conduction'), check: compositeConduction },
  { list: listOf('composite ion'), check: compositeIon },
];

const CELL_FAMILIES: readonly Family<CellModel>[] = [
  { list: listOf('cell anion'), check: anionMismatch },
  { list: listOf('cell oxidation'), check: oxidation },
  { list: listOf('cell reduction'), check: reduction },
  { list: listOf('cell conduction'), check: cellConduction },
  { list: listOf('cell structure'), check: cellStructure },
  { list: listOf('cell balance'), check: cellBalance },
  { list: listOf('cell ion'), check: cellIon },
];
