/**
 * One document, resolved: its parse, its imports, its scope, and the models of its
 * declarations. This is the input of every check and every computed hint.
 */
import type { Declaration, ParseResult } from '../../../../grammar/ast';
import type { FileHost } from '../api';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { buildCell } from './build-cell';
import { buildComposite } from './build-composite';
import { buildMaterial } from './build-material';
import { loadImports, type ImportedFile } from './imports';
import { createResolver, type Scope } from './resolver';
import { libraryNames } from './library-materials';
import { NameIndex } from '../text/closest';
import { LookalikeKeys } from './lookalike';
import type { CellModel, CompositeModel, Declared, MaterialModel, Reference } from './types';

export interface Program {
  readonly file: string;
  readonly text: string;
  readonly parse: ParseResult;
  readonly imports: readonly ImportedFile[];
  /** This document's own declarations, resolved, in document order. */
  readonly materials: readonly MaterialModel[];
  readonly composites: readonly CompositeModel[];
  readonly cells: readonly CellModel[];
  /** Every reference in this document (components, coatings, layers) and what it names. */
  readonly references: readonly Reference[];
  readonly scope: Scope;
  /** Problems found while resolving (syntax of values, units, formulas, names, imports). */
  readonly diagnostics: readonly CoreDiagnostic[];
}

type NamedDeclaration = Exclude<Declaration, { kind: 'import' }>;
/**
 * A declaration in scope, and its model once built. Models are built on first use, so a
 * composite may name a material declared below it; the model is kept on the entry (a map from
 * declaration to model cost a 10 MB document ~0.1 s in look-ups and table growth).
 */
class ScopeEntry {
  model: Declared | undefined = undefined;
  /** Being built: a composite that names itself finds nothing. */
  building = false;

  constructor(
    readonly decl: NamedDeclaration,
    readonly file: string,
  ) {}
}

/** One declaration of the document's own, built: the model and everything its build reported. */
interface BuiltModel {
  readonly model: Declared;
  readonly diagnostics: readonly CoreDiagnostic[];
  readonly references: readonly Reference[];
  /** Every name the build looked up in scope, and what each found: the model stands while each still finds the same. */
  readonly lookedUp: readonly string[];
  readonly found: readonly (Declared | undefined)[];
  /** False when the build read the whole scope (a "did you mean" suggestion): any new name may change it. */
  readonly reusable: boolean;
}

/** The own declarations each program built, so the next program of the same file can reuse them. */
const builtModels = new WeakMap<Program, Map<NamedDeclaration, BuiltModel>>();
/** The names in scope of each program, in order: a build that read the whole scope stands while they do not change. */
const scopeNames = new WeakMap<Program, readonly string[]>();

const NOTHING: readonly never[] = Object.freeze([]);

/** A list to keep: an exact-size copy (a list grown by push has room for 17), or one shared empty list. */
function compact<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NOTHING : list.slice();
}

/**
 * The scope as one declaration's build sees it: it notes every name looked up and what each
 * found, and whether the build read the whole scope (a suggestion), so that the next version
 * can tell whether the model still stands. One object per build (it was four closures).
 */
class RecordingScope implements Scope {
  readonly lookedUp: string[] = [];
  readonly found: (Declared | undefined)[] = [];
  readWholeScope = false;

  constructor(private readonly scope: Scope) {}

  lookup(name: string): Declared | undefined {
    const target = this.scope.lookup(name);
    this.lookedUp.push(name);
    this.found.push(target);
    return target;
  }

  names(): Iterable<string> {
    this.readWholeScope = true;
    return this.scope.names();
  }

  closestNames(name: string): string[] {
    this.readWholeScope = true;
    return this.scope.closestNames(name);
  }

  sameLooking(name: string): string | undefined {
    this.readWholeScope = true;
    return this.scope.sameLooking(name);
  }
}

function sameNames(previous: readonly string[] | undefined, current: ReadonlyMap<string, unknown>): boolean {
  if (previous === undefined || previous.length !== current.size) return false;
  let i = 0;
  for (const name of current.keys()) if (name !== previous[i++]) return false;
  return true;
}

/**
 * Builds the program of one document. With `previous` (the program of an earlier version of
 * the same file, whose parse shares the unchanged declarations' nodes — see
 * `parseIncremental`), a declaration whose node is the same and whose every name still
 * resolves to the same model keeps its model, diagnostics and references: typing in one block
 * of a long file rebuilds that block and what names it, not the whole file.
 */
export function buildProgram(file: string, text: string, parsed: ParseResult, host: FileHost, previous?: Program): Program {
  const reusable = previous !== undefined && previous.file === file ? builtModels.get(previous) : undefined;
  const built = new Map<NamedDeclaration, BuiltModel>();
  const diagnostics: CoreDiagnostic[] = [];
  const imports = loadImports(file, parsed, host, diagnostics);

  // Names: this file first, then imports in order; the first declaration of a name wins.
  const entries = new Map<string, ScopeEntry>();
  const declare = (decl: Declaration, declFile: string): void => {
    if (decl.kind === 'import' || !decl.name) return;
    const earlier = entries.get(decl.name.text);
    if (!earlier) {
      entries.set(decl.name.text, new ScopeEntry(decl, declFile));
      return;
    }
    if (declFile === file) {
      diagnostics.push(
        diagnostic('ref/duplicate', decl.name.span, `\`${decl.name.text}\` is already declared${earlier.file === file ? '' : ` in ${earlier.file}`}`, {
          related: [{ location: { file: earlier.file, span: earlier.decl.name!.span }, message: `first declaration of \`${decl.name.text}\`` }],
        }),
      );
    } else if (earlier.file === file) {
      const via = imports.via.get(declFile);
      if (via) {
        diagnostics.push(
          diagnostic('ref/duplicate', earlier.decl.name!.span, `\`${decl.name.text}\` is also declared in ${declFile}; this declaration hides it`, {
            related: [{ location: { file: declFile, span: decl.name.span }, message: 'the imported declaration' }],
          }),
        );
      }
    }
  };
  for (const decl of parsed.document.declarations) declare(decl, file);
  for (const imported of imports.files) for (const decl of imported.parse.document.declarations) declare(decl, imported.path);
  // A suggestion ("did you mean") depends on every name in scope: when none was added, removed
  // or renamed, a build that made one stands too (typing in a file with an undefined name then
  // re-checks one block, not every block that names something undefined).
  const namesUnchanged = reusable !== undefined && sameNames(scopeNames.get(previous!), entries);

  const references: Reference[] = [];
  let nameIndex: NameIndex | undefined;
  let lookalikeKeys: LookalikeKeys | undefined;
  const scope: Scope = {
    lookup: (name) => {
      const entry = entries.get(name);
      return entry ? modelOf(entry) : undefined;
    },
    names: () => entries.keys(),
    // One index per program, built on the first undefined reference: every suggestion of the
    // document shares it and its budget.
    closestNames: (name) => (nameIndex ??= new NameIndex([...entries.keys(), ...libraryNames()])).closest(name),
    // Built on the first ad-hoc formula reference; declared names win a shared key.
    sameLooking: (name) => (lookalikeKeys ??= new LookalikeKeys([...entries.keys(), ...libraryNames()])).sameLooking(name),
  };
  const importedReferences: Reference[] = [];

  const modelOf = (entry: ScopeEntry): Declared | undefined => {
    if (entry.model !== undefined) return entry.model;
    if (entry.building) return undefined; // a composite naming itself: reported as undefined use
    entry.building = true;
    const own = entry.file === file;
    const kept = own ? reusable?.get(entry.decl) : undefined;
    // Looking the names up again builds (or keeps) what they name, in the order a fresh build would.
    if (kept && (kept.reusable || namesUnchanged) && kept.lookedUp.every((name, i) => scope.lookup(name) === kept.found[i])) {
      entry.building = false;
      entry.model = kept.model;
      built.set(entry.decl, kept);
      diagnostics.push(...kept.diagnostics);
      references.push(...kept.references);
      return kept.model;
    }
    const ownDiagnostics: CoreDiagnostic[] = [];
    const ownReferences: Reference[] = [];
    const recordingScope = new RecordingScope(scope);
    let model: Declared;
    switch (entry.decl.kind) {
      case 'material':
        model = buildMaterial(entry.decl, entry.file, ownDiagnostics);
        break;
      case 'composite':
        model = buildComposite(entry.decl, entry.file, createResolver(entry.file, recordingScope, ownReferences, ownDiagnostics), ownDiagnostics);
        break;
      case 'cell':
        model = buildCell(entry.decl, entry.file, createResolver(entry.file, recordingScope, ownReferences, ownDiagnostics), ownDiagnostics);
        break;
    }
    entry.building = false;
    entry.model = model;
    if (own) {
      diagnostics.push(...ownDiagnostics);
      references.push(...ownReferences);
      // Kept until the next version: as exact copies, not the lists grown by push (room for 17).
      built.set(entry.decl, {
        model,
        diagnostics: compact(ownDiagnostics),
        references: compact(ownReferences),
        lookedUp: compact(recordingScope.lookedUp),
        found: compact(recordingScope.found),
        reusable: !recordingScope.readWholeScope,
      });
    } else {
      // Imported declarations are checked when their own file is; their problems are not this file's.
      importedReferences.push(...ownReferences);
    }
    return model;
  };

  const materials: MaterialModel[] = [];
  const composites: CompositeModel[] = [];
  const cells: CellModel[] = [];
  for (const decl of parsed.document.declarations) {
    if (decl.kind === 'import') continue;
    // Duplicates and unnamed blocks are still checked inside, as their own model.
    const named = decl.name === undefined ? undefined : entries.get(decl.name.text);
    const entry = named?.decl === decl ? named : new ScopeEntry(decl, file);
    const model = modelOf(entry);
    if (!model) continue;
    if (model.kind === 'material') materials.push(model);
    else if (model.kind === 'composite') composites.push(model);
    else cells.push(model);
  }

  const program: Program = { file, text, parse: parsed, imports: imports.files, materials, composites, cells, references, scope, diagnostics };
  builtModels.set(program, built);
  scopeNames.set(program, [...entries.keys()]);
  return program;
}
