/**
 * Completion by position: block keywords and block snippets at the top level; a material's
 * unused keys, its role and interphase words, element symbols inside a formula; a composite's
 * materials, `coated` and coatings; a cell's layer roles, then the materials a layer of that
 * role takes, then `thickness`/`loading`; after a number, the units its key accepts.
 * The context comes from the tokens around the cursor (completion-context.ts), so it works on
 * the half-typed line that the parser cannot read yet.
 */
import type { LayerRole } from '../../../../grammar/ast';
import { CELL_PROPERTY_KEYS, LAYER_ATTRIBUTE_KEYS, MATERIAL_PROPERTY_KEYS, isLayerRole } from '../../../../grammar/vocabulary';
import type { DocumentAnalysis } from '../analyze';
import type { Completion } from '../api';
import { ELEMENTS } from '../chemistry/elements';
import { CELL_NAME_PATTERN } from '../library';
import type { Declared, MaterialModel, MaterialRole } from '../model';
import { allLibraryMaterials } from '../model/library-materials';
import {
  cellProperty,
  COMPONENT_FRACTION,
  compositeProperty,
  INTERPHASE_DOCS,
  layerAttribute,
  LAYER_ROLE_DOCS,
  materialProperty,
  MATERIAL_ROLE_DOCS,
  specDoc,
  wordDocs,
  type PropertySpec,
} from '../schema/properties';
import { toCanonicalValue } from '../units/format';
import { CANONICAL_UNIT, lookupUnit, MICRO_SIGNS, spellingsOf, unitsOf } from '../units/units';
import { completionContext, splitNumberWord, type CompletionContext } from './completion-context';
import { num, prettyUnit } from './display';
import { forMarkdown, forMarkdownCode } from '../text/inert';
import { KEYWORD_DOCS } from './keyword-docs';
import { blockSnippets } from './snippets';
import { ionAt } from './ion-context';
import { DEFAULT_ION, ionWords, WORKING_IONS, type WorkingIon } from '../chemistry/ions';

export function completions(analysis: DocumentAnalysis, offset: number): Completion[] {
  const context = completionContext(analysis.text, offset);
  if (!context) return [];
  if (context.inFormula) return elementCompletions(analysis.text, offset);

  // `2.5 mA▮` and `2.5mA▮` both complete a unit; a bare number being typed completes nothing.
  const numberWord = splitNumberWord(context.wordText);
  if (numberWord && numberWord.unit === '') return [];
  const afterNumber = numberWord !== undefined || context.lineWords[context.lineWords.length - 1]?.isNumber === true;
  const unitSlot: UnitSlot = {
    span: numberWord ? { start: context.word.start + numberWord.number.length, end: context.word.end } : context.word,
    typed: numberWord ? numberWord.unit : context.wordText,
  };

  switch (context.block) {
    case undefined:
      return context.lineWords.length === 0 ? topLevelCompletions(context) : [];
    case 'material':
      return materialCompletions(context, afterNumber, unitSlot, ionAt(analysis, offset));
    case 'composite':
      return compositeCompletions(analysis, context, afterNumber, unitSlot);
    case 'cell':
      return cellCompletions(analysis, context, afterNumber, unitSlot, ionAt(analysis, offset));
  }
}

type Span = CompletionContext['word'];

/** Where a unit goes after a number: the span a unit completion replaces, and what is typed there (`m`, `µ`). */
interface UnitSlot {
  readonly span: Span;
  readonly typed: string;
}

// ---------------------------------------------------------------------------------- top level

function topLevelCompletions(context: CompletionContext): Completion[] {
  const keywords = ['import', 'material', 'composite', 'cell'].map(
    (keyword, i): Completion => ({ label: keyword, kind: 'keyword', documentation: KEYWORD_DOCS[keyword]!, replace: context.word, sortText: `0${i}` }),
  );
  const snippets = blockSnippets().map(
    (snippet, i): Completion => ({
      label: snippet.prefix,
      kind: 'snippet',
      detail: snippet.name,
      documentation: snippet.description,
      insertText: snippet.body,
      replace: context.word,
      sortText: `1${String(i).padStart(2, '0')}`,
    }),
  );
  return [...keywords, ...snippets];
}

// ---------------------------------------------------------------------------------- material

function materialCompletions(context: CompletionContext, afterNumber: boolean, unitSlot: UnitSlot, ion: WorkingIon): Completion[] {
  const words = context.lineWords;
  if (words.length === 0) {
    const used = new Set(context.blockFirstWords);
    return MATERIAL_PROPERTY_KEYS.filter((key) => !used.has(key)).map((key, i) => keyCompletion(materialProperty(key)!, context.word, i, ion));
  }
  const spec = materialProperty(words[0]!.text);
  if (!spec) return [];
  if (afterNumber) return unitCompletions(spec, unitSlot);
  if (words.length === 1 && spec.key === 'role') {
    return wordDocs(MATERIAL_ROLE_DOCS, ion).map((entry, i) => ({ label: entry.word, kind: 'value', documentation: entry.doc, replace: context.word, sortText: String(i) }));
  }
  if (words.length === 1 && spec.key === 'interphase') {
    return wordDocs(INTERPHASE_DOCS, ion).map((entry, i) => ({ label: entry.word, kind: 'value', documentation: entry.doc, replace: context.word, sortText: String(i) }));
  }
  return [];
}

function keyCompletion(spec: PropertySpec, replace: Span, order: number, ion: WorkingIon = DEFAULT_ION): Completion {
  const units = unitsOf(spec.dimensions.filter((d) => d !== 'dimensionless'));
  return {
    label: spec.key,
    kind: 'property',
    detail: units.length ? `${spec.key} ${spec.example}` : spec.allowed ? spec.allowed.join(' | ') : `${spec.key} ${spec.example}`,
    documentation: specDoc(spec, ion),
    replace,
    sortText: String(order).padStart(2, '0'),
  };
}

/** The units a key takes; a micro unit is spelled with the micro sign the user started typing (`µ▮` → `µm`). */
function unitCompletions(spec: PropertySpec, slot: UnitSlot): Completion[] {
  const microSign = MICRO_SIGNS.find((sign) => slot.typed.startsWith(sign));
  return unitsOf(spec.dimensions).map((symbol, i): Completion => {
    const unit = lookupUnit(symbol)!;
    const label = (microSign && spellingsOf(unit).find((spelling) => spelling.startsWith(microSign))) || symbol;
    const canonical = CANONICAL_UNIT[unit.dimension];
    const conversion = canonical && canonical !== symbol ? ` · 1 ${prettyUnit(symbol)} = ${num(toCanonicalValue(1, unit))} ${prettyUnit(canonical)}` : '';
    return { label, kind: 'unit', detail: `${unit.name}${conversion}`, replace: slot.span, sortText: String(i).padStart(2, '0') };
  });
}

function elementCompletions(text: string, offset: number): Completion[] {
  // The symbol being typed: `Li6PS5C▮` completes `C…`, right after a digit or bracket everything.
  const before = /[A-Za-z][a-z]*$/.exec(text.slice(Math.max(0, offset - 3), offset))?.[0] ?? '';
  let end = offset;
  while (end < text.length && /[a-z]/.test(text[end]!)) end++;
  const replace = { start: offset - before.length, end };
  return ELEMENTS.map((element) => ({
    label: element.symbol,
    kind: 'element',
    detail: `${element.name} · Z ${element.z} · ${element.atomicWeight} g/mol`,
    replace,
    sortText: String(element.z).padStart(3, '0'),
  }));
}

// ---------------------------------------------------------------------------------- references

interface Candidate {
  readonly label: string;
  readonly target: Declared;
  /** Declared in scope (0), a library name (1), a library alias (2). */
  readonly rank: number;
  readonly aliasOf?: string;
}

/** Everything a reference may name: this file's and imported declarations, then the library (names, then aliases). */
function candidates(analysis: DocumentAnalysis): Candidate[] {
  const list: Candidate[] = [];
  const seen = new Set<string>();
  const scope = analysis.program.scope;
  for (const name of scope.names()) {
    const target = scope.lookup(name);
    if (!target || seen.has(name)) continue;
    seen.add(name);
    list.push({ label: name, target, rank: 0 });
  }
  const library = allLibraryMaterials();
  for (const material of library) {
    if (seen.has(material.name)) continue;
    seen.add(material.name);
    list.push({ label: material.name, target: material, rank: 1 });
  }
  for (const material of library) {
    for (const alias of material.aliases ?? []) {
      if (seen.has(alias) || !CELL_NAME_PATTERN.test(alias)) continue;
      seen.add(alias);
      list.push({ label: alias, target: material, rank: 2, aliasOf: material.name });
    }
  }
  return list;
}

function roleOf(target: Declared): MaterialRole | undefined {
  return target.kind === 'material' ? target.role?.value : undefined;
}

function candidateCompletion(candidate: Candidate, replace: Span, preferred: boolean): Completion {
  const target = candidate.target;
  const origin = target.kind === 'material' && target.origin === 'library' ? 'library' : target.file ? 'declared' : '';
  let detail: string;
  let documentation: string | undefined;
  if (target.kind === 'material') {
    const anionClass = target.chemistry && target.chemistry.anionClass !== 'none' ? ` · ${target.chemistry.anionClass}` : '';
    detail = `${candidate.aliasOf ? `${candidate.aliasOf} · ` : ''}${target.role?.value ?? 'no role'}${anionClass} — ${origin}`;
    documentation = materialDoc(target);
  } else {
    detail = `${target.kind} — ${origin}`;
  }
  return {
    label: candidate.label,
    kind: 'material',
    detail,
    ...(documentation ? { documentation } : {}),
    replace,
    sortText: `${preferred ? 0 : 1}${candidate.rank}${candidate.label.toLowerCase()}`,
  };
}

function materialDoc(material: MaterialModel): string | undefined {
  const parts = [
    material.formulaText && material.formulaText !== material.name ? forMarkdownCode(material.formulaText) : '',
    forMarkdown(material.description ?? material.source ?? ''),
  ];
  const text = parts.filter(Boolean).join(' — ');
  return text || undefined;
}

// ---------------------------------------------------------------------------------- composite

/** Which material roles a composite line takes (docs/language.md §2; the resolver's own rule). */
const COMPONENT_ROLES: ReadonlySet<MaterialRole> = new Set(['cathode', 'electrolyte', 'anode', 'carbon', 'binder', 'coating']);

function compositeCompletions(analysis: DocumentAnalysis, context: CompletionContext, afterNumber: boolean, unitSlot: UnitSlot): Completion[] {
  const words = context.lineWords;
  const first = words[0]?.text;
  if (words.length === 0) {
    const used = new Set(context.blockFirstWords);
    const materials = candidates(analysis)
      .filter((c) => c.target.kind === 'material' && !used.has(c.label))
      .filter((c) => {
        const role = roleOf(c.target);
        return role === undefined || COMPONENT_ROLES.has(role);
      })
      .map((c) => candidateCompletion(c, context.word, c.rank === 0));
    const porosity = used.has('porosity') ? [] : [keyCompletion(compositeProperty('porosity')!, context.word, 0)];
    return [...porosity.map((p) => ({ ...p, sortText: '2' })), ...materials];
  }
  if (afterNumber) return unitCompletions(first === 'porosity' ? compositeProperty('porosity')! : COMPONENT_FRACTION, unitSlot);
  const last = words[words.length - 1]!.text;
  if (first !== 'porosity' && words.length === 3 && words[1]!.isNumber) {
    return [{ label: 'coated', kind: 'keyword', documentation: KEYWORD_DOCS['coated']!, replace: context.word }];
  }
  if (last === 'coated') {
    return candidates(analysis)
      .filter((c) => roleOf(c.target) === 'coating' || roleOf(c.target) === 'electrolyte')
      .map((c) => candidateCompletion(c, context.word, roleOf(c.target) === 'coating'))
      .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  }
  return [];
}

// ---------------------------------------------------------------------------------- cell

/** The material role each layer takes (docs/language.md §2: a separator is an electrolyte). */
const LAYER_TAKES: Readonly<Record<LayerRole, MaterialRole>> = {
  anode: 'anode',
  separator: 'electrolyte',
  cathode: 'cathode',
  collector: 'collector',
};

function cellCompletions(analysis: DocumentAnalysis, context: CompletionContext, afterNumber: boolean, unitSlot: UnitSlot, ion: WorkingIon): Completion[] {
  const words = context.lineWords;
  if (words.length === 0) {
    const used = new Set(context.blockFirstWords);
    const roles = wordDocs(LAYER_ROLE_DOCS, ion).map((entry, i): Completion => ({ label: entry.word, kind: 'keyword', documentation: entry.doc, replace: context.word, sortText: `0${i}` }));
    const properties = CELL_PROPERTY_KEYS.filter((key) => !used.has(key)).map((key, i) => ({ ...keyCompletion(cellProperty(key)!, context.word, i, ion), sortText: `1${i}` }));
    return [...roles, ...properties];
  }
  const first = words[0]!.text;
  if (!isLayerRole(first)) {
    const spec = cellProperty(first);
    // `ion ▮`: the working ions, each with what it changes.
    if (spec?.key === 'ion' && words.length === 1) {
      return WORKING_IONS.map((word, i): Completion => {
        const w = ionWords(word);
        return { label: word, kind: 'value', detail: w.element, documentation: `A ${w.element} cell: potentials vs ${w.reference}, capacities in ${w.cation}.`, replace: context.word, sortText: String(i) };
      });
    }
    return spec && afterNumber ? unitCompletions(spec, unitSlot) : [];
  }
  if (words.length === 1) return layerTargets(analysis, first, context.word);
  if (afterNumber) {
    const key = [...words].reverse().find((w) => LAYER_ATTRIBUTE_KEYS.includes(w.text as (typeof LAYER_ATTRIBUTE_KEYS)[number]))?.text;
    const spec = key ? layerAttribute(key) : undefined;
    return spec ? unitCompletions(spec, unitSlot) : [];
  }
  const last = words[words.length - 1]!;
  if (LAYER_ATTRIBUTE_KEYS.includes(last.text as (typeof LAYER_ATTRIBUTE_KEYS)[number])) return [];
  const used = new Set(words.map((w) => w.text));
  // A cathode is usually given by its loading, every other layer by its thickness.
  const order = first === 'cathode' ? ['loading', 'thickness'] : ['thickness', 'loading'];
  return order
    .filter((key) => !used.has(key))
    .map((key, i) => keyCompletion(layerAttribute(key)!, context.word, i, ion));
}

function layerTargets(analysis: DocumentAnalysis, role: LayerRole, replace: Span): Completion[] {
  const wanted = LAYER_TAKES[role];
  return candidates(analysis)
    .filter((c) => {
      const target = c.target;
      if (target.kind === 'cell') return false;
      if (target.kind === 'composite') {
        // A composite electrode: offered for the layer its active material plays.
        if (role !== 'cathode' && role !== 'anode') return false;
        const roles = target.components.map((component) => component.material?.role?.value);
        return roles.includes(wanted) || (role === 'cathode' && !roles.includes('anode'));
      }
      const materialRole = target.role?.value;
      return materialRole === undefined || materialRole === wanted;
    })
    .map((c) => candidateCompletion(c, replace, c.target.kind === 'composite' || roleOf(c.target) === wanted));
}
