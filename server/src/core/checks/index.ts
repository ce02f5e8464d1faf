/**
 * Every rule of LANGUAGE.md §4–5 over a resolved program. One file per family of codes;
 * this only runs them in order. (Syntax, unit, value, formula and name problems are found
 * while the program is built, in model/.)
 */
import type { CoreDiagnostic } from '../diagnostics';
import type { Program } from '../model';
import type { CellspecSettings } from '../settings';
import type { ProgramHints } from '../compute';
import { checkConduction } from './conduction';
import { checkAnionMismatch } from './anion';
import { checkCellStructure } from './cell-structure';
import { anodeContacts, cathodeContacts } from './contacts';
import { checkMixtures } from './mixture';
import { checkStoichiometry } from './stoichiometry';
import { checkOxidation, checkReduction } from './windows';
import { passivatingInterlayers } from '../fixes/interlayers';

export function runChecks(program: Program, hints: ProgramHints, settings: CellspecSettings): CoreDiagnostic[] {
  const contacts = cathodeContacts(program);
  return [
    ...checkStoichiometry(program),
    ...checkMixtures(program),
    ...checkAnionMismatch(contacts, settings),
    ...checkOxidation(contacts, settings),
    ...checkReduction(anodeContacts(program), program.text, passivatingInterlayers()),
    ...checkConduction(program, hints, settings),
    ...checkCellStructure(program),
  ];
}
