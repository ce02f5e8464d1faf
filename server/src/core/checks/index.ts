/**
 * Every rule of docs/language.md §4–5 over a resolved program. One file per family of codes;
 * this only runs them in order. (Syntax, unit, value, formula and name problems are found
 * while the program is built, in model/.)
 *
 * Each family runs declaration by declaration and its findings are kept per model object (and
 * settings): a declaration whose model the analysis kept from the previous keystroke (see
 * buildProgram) is not checked again. The findings come out in the same order as a run over
 * the whole program: family by family, declarations in document order.
 */
import type { CoreDiagnostic } from '../diagnostics';
import type { CellModel, CompositeModel, MaterialModel, Program } from '../model';
import type { CellspecSettings } from '../settings';
import type { ProgramHints } from '../compute';
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

export function runChecks(program: Program, hints: ProgramHints, settings: CellspecSettings): CoreDiagnostic[] {
  const { materials, composites, cells } = program;
  // Each model's kept findings, fetched once: the families below only read their slot.
  const materialRecords = materials.map((material) => recordOf(material, settings));
  const compositeRecords = composites.map((composite) => recordOf(composite, settings));
  const cellRecords = cells.map((cell) => recordOf(cell, settings));
  const found: CoreDiagnostic[] = [];
  const family = <M extends object>(models: readonly M[], records: readonly FindingRecord[], check: Check<M>): void => {
    for (let i = 0; i < models.length; i++) {
      const findings = findingsOf(records[i]!, check, models[i]!, { program, hints, settings, index: i });
      for (const diagnostic of findings) found.push(diagnostic);
    }
  };
  family(materials, materialRecords, materialStoichiometry);
  for (const diagnostic of checkStoichiometry(part(program, { references: program.references }))) found.push(diagnostic);
  family(composites, compositeRecords, compositeMixture);
  family(composites, compositeRecords, anionMismatch);
  family(cells, cellRecords, anionMismatch);
  family(composites, compositeRecords, oxidation);
  family(cells, cellRecords, oxidation);
  family(cells, cellRecords, reduction);
  family(composites, compositeRecords, compositeConduction);
  family(cells, cellRecords, cellConduction);
  family(cells, cellRecords, cellStructure);
  family(cells, cellRecords, cellBalance);
  family(composites, compositeRecords, compositeIon);
  family(cells, cellRecords, cellIon);
  return found;
}

interface Context {
  readonly program: Program;
  readonly hints: ProgramHints;
  readonly settings: CellspecSettings;
  /** The declaration's position among the program's materials, composites or cells (and their hints). */
  readonly index: number;
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

const cellBalance = defineCheck<CellModel>({ run: (cell, { program, hints, index }) => (cell.file === program.file ? checkBalance(hints.cells[index]!) : []) });

/**
 * Kept per working ion: the advice of a composite whose materials say no ion names a conductor
 * of the ion its cells run on, which an edit elsewhere may change.
 */
const compositeConduction = defineCheck<CompositeModel>({
  variant: (composite, { program }) => compositeIonIn(composite, program.cells) ?? DEFAULT_ION,
  run: (_composite, { program, hints, settings, index }) => checkConduction(program, { composites: [hints.composites[index]!], cells: [] }, settings),
});

const cellConduction = defineCheck<CellModel>({
  run: (_cell, { program, hints, settings, index }) => checkConduction(program, { composites: [], cells: [hints.cells[index]!] }, settings),
});

const compositeIon = defineCheck<CompositeModel>({ run: (composite) => checkCompositeIon(composite) });

const cellIon = defineCheck<CellModel>({ run: (cell) => checkCellIon(cell) });

const cellStructure = defineCheck<CellModel>({ run: (cell, { program }) => checkCellStructure(part(program, { cells: [cell] })) });
