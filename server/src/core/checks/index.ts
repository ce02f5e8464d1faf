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
import { DEFAULT_ION, WORKING_IONS } from '../chemistry/ions';
import { compositeIonIn } from '../model/ion';
import { checkCellIon, checkCompositeIon } from './ion';
import { checkMixtures } from './mixture';
import { checkStoichiometry } from './stoichiometry';
import { checkOxidation, checkReduction } from './windows';
import { passivatingInterlayers } from '../fixes/interlayers';

export function runChecks(program: Program, hints: ProgramHints, settings: CellspecSettings): CoreDiagnostic[] {
  const { materials, composites, cells } = program;
  const context: Context = { program, hints, settings };
  return [
    ...materials.flatMap((material) => materialStoichiometry(material, context)),
    ...checkStoichiometry(part(program, { references: program.references })),
    ...composites.flatMap((composite) => compositeMixture(composite, context)),
    ...composites.flatMap((composite) => anionMismatch(composite, context)),
    ...cells.flatMap((cell) => anionMismatch(cell, context)),
    ...composites.flatMap((composite) => oxidation(composite, context)),
    ...cells.flatMap((cell) => oxidation(cell, context)),
    ...cells.flatMap((cell) => reduction(cell, context)),
    ...composites.flatMap((composite, i) => compositeConduction(composite, { ...context, index: i })),
    ...cells.flatMap((cell, i) => cellConduction(cell, { ...context, index: i })),
    ...cells.flatMap((cell) => cellStructure(cell, context)),
    ...cells.flatMap((cell, i) => cellBalance(cell, { ...context, index: i })),
    ...composites.flatMap((composite) => compositeIon(composite, context)),
    ...cells.flatMap((cell) => cellIon(cell, context)),
  ];
}

interface Context {
  readonly program: Program;
  readonly hints: ProgramHints;
  readonly settings: CellspecSettings;
  /** The declaration's position among the program's composites or cells (and their hints). */
  readonly index?: number;
}

/**
 * A check of one model, run once per model object and settings object. Its other inputs are
 * fixed by the model: a kept model has the same syntax node, at the same offset, in the same
 * file, naming the same models (buildProgram keeps a model only then).
 */
function perModel<M extends object, R>(check: (model: M, context: Context) => R): (model: M, context: Context) => R {
  const found = new WeakMap<M, { readonly settings: CellspecSettings; readonly result: R }>();
  return (model, context) => {
    const kept = found.get(model);
    if (kept !== undefined && kept.settings === context.settings) return kept.result;
    const result = check(model, context);
    found.set(model, { settings: context.settings, result });
    return result;
  };
}

/** The program reduced to some of its declarations, for a family's check of one of them. */
function part(program: Program, only: Partial<Pick<Program, 'materials' | 'composites' | 'cells' | 'references'>>): Program {
  return { ...program, materials: [], composites: [], cells: [], references: [], ...only };
}

function declarationPart(program: Program, model: CompositeModel | CellModel): Program {
  return model.kind === 'composite' ? part(program, { composites: [model] }) : part(program, { cells: [model] });
}

const materialStoichiometry = perModel((material: MaterialModel, { program }) => checkStoichiometry(part(program, { materials: [material] })));

const compositeMixture = perModel((composite: CompositeModel, { program }) => checkMixtures(part(program, { composites: [composite] })));

/** Contacts depend on the declaration alone; both the anion and the window checks read them. */
const contactsOf = perModel((model: CompositeModel | CellModel, { program }): CathodeContact[] => cathodeContacts(declarationPart(program, model)));

const anionMismatch = perModel((model: CompositeModel | CellModel, context) => checkAnionMismatch(contactsOf(model, context), context.settings));

const oxidation = perModel((model: CompositeModel | CellModel, context) => checkOxidation(contactsOf(model, context), context.settings));

const reduction = perModel((cell: CellModel, { program }) =>
  checkReduction(anodeContacts(part(program, { cells: [cell] })), program.text, passivatingInterlayers()),
);

const cellBalance = perModel((cell: CellModel, { program, hints, index }) => (cell.file === program.file ? checkBalance(hints.cells[index!]!) : []));

/**
 * One cache per working ion: the advice of a composite whose materials say no ion names a
 * conductor of the ion its cells run on, which an edit elsewhere may change.
 */
const compositeConductionByIon = new Map(
  WORKING_IONS.map((ion) => [
    ion,
    perModel((_composite: CompositeModel, { program, hints, settings, index }) =>
      checkConduction(program, { ...hints, composites: [hints.composites[index!]!], cells: [] }, settings),
    ),
  ]),
);

const compositeConduction = (composite: CompositeModel, context: Context): CoreDiagnostic[] =>
  compositeConductionByIon.get(compositeIonIn(composite, context.program.cells) ?? DEFAULT_ION)!(composite, context);

const cellConduction = perModel((_cell: CellModel, { program, hints, settings, index }) =>
  checkConduction(program, { ...hints, composites: [], cells: [hints.cells[index!]!] }, settings),
);

const compositeIon = perModel((composite: CompositeModel) => checkCompositeIon(composite));

const cellIon = perModel((cell: CellModel) => checkCellIon(cell));

const cellStructure = perModel((cell: CellModel, { program }) => checkCellStructure(part(program, { cells: [cell] })));
