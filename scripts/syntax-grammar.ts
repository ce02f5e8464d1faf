/**
 * Builds Cellspec's TextMate grammar from the parser's token vocabulary and the unit table,
 * so highlighting cannot drift from what the parser accepts (taplo generates its grammar the
 * same way). `scripts/gen-syntax.ts` writes the result to syntaxes/cellspec.tmLanguage.json;
 * a unit test regenerates it and compares.
 */

export interface SyntaxVocabulary {
  /** `material`, `composite`, `cell`. */
  readonly materialKeyword: string;
  readonly compositeKeyword: string;
  readonly cellKeyword: string;
  readonly importKeyword: string;
  /** Every key a material block accepts (`formula`, `role`, `voltage`, …). */
  readonly materialPropertyKeys: readonly string[];
  /** The material key whose value is a raw chemical formula. */
  readonly formulaKey: string;
  /** Keys whose value is one of a closed set of words, with that set (`role` → cathode, electrolyte, …). */
  readonly enumeratedValues: Readonly<Record<string, readonly string[]>>;
  /** `porosity`. */
  readonly compositePropertyKeys: readonly string[];
  /** `coated`. */
  readonly coatedKeyword: string;
  /** `anode`, `separator`, `cathode`, `collector`. */
  readonly layerRoles: readonly string[];
  /** `thickness`, `loading`. */
  readonly layerAttributeKeys: readonly string[];
  /** `rate`, `cutoff`. */
  readonly cellPropertyKeys: readonly string[];
  /** Every spelling of a unit of docs/language.md §3 (`um`, `µm`, `μm`, …). */
  readonly units: readonly string[];
}

export interface TextMateGrammar {
  readonly name: string;
  readonly scopeName: string;
  readonly fileTypes: readonly string[];
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}

type Captures = Readonly<Record<string, { readonly name: string }>>;

interface Rule {
  readonly comment?: string;
  readonly name?: string;
  readonly contentName?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly captures?: Captures;
  readonly beginCaptures?: Captures;
  readonly endCaptures?: Captures;
  readonly patterns?: readonly Rule[];
  readonly include?: string;
}

/** A name (docs/language.md §1): identifiers and chemical formulas such as `Li1.3Al0.3Ti1.7(PO4)3`. */
const NAME = '[A-Za-z_][A-Za-z0-9_.()]*';
/** A name may not continue past the match (so `cathode` does not match in `cathodeX`). */
const NAME_END = '(?![A-Za-z0-9_.()])';
const NUMBER = '-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';

const SCOPE = {
  comment: 'comment.line.number-sign.cellspec',
  commentPunctuation: 'punctuation.definition.comment.cellspec',
  string: 'string.quoted.double.cellspec',
  escape: 'constant.character.escape.cellspec',
  number: 'constant.numeric.cellspec',
  unit: 'keyword.other.unit.cellspec',
  rangeOperator: 'keyword.operator.range.cellspec',
  importKeyword: 'keyword.control.import.cellspec',
  blockKeyword: (kind: string) => `storage.type.${kind}.cellspec`,
  declarationName: (kind: string) => `entity.name.type.${kind}.cellspec`,
  block: (kind: string) => `meta.block.${kind}.cellspec`,
  blockBegin: 'punctuation.section.block.begin.cellspec',
  blockEnd: 'punctuation.section.block.end.cellspec',
  propertyKey: 'support.type.property-name.cellspec',
  roleValue: 'constant.language.role.cellspec',
  enumValue: (key: string) => `constant.language.${key}.cellspec`,
  formula: 'string.unquoted.formula.cellspec',
  formulaCount: 'constant.numeric.stoichiometry.cellspec',
  formulaGroup: 'punctuation.definition.group.cellspec',
  layerRole: 'keyword.other.layer.cellspec',
  coated: 'keyword.other.coated.cellspec',
  reference: 'variable.other.material.cellspec',
} as const;

export function buildCellspecGrammar(vocabulary: SyntaxVocabulary): TextMateGrammar {
  const declarationKeywords = [
    vocabulary.materialKeyword,
    vocabulary.compositeKeyword,
    vocabulary.cellKeyword,
    vocabulary.importKeyword,
  ];
  /** A block ends at its `}`, or — when the brace is missing while typing — where the next declaration starts. */
  const nextDeclaration = `(?=^\\s*${alternation(declarationKeywords)}${NAME_END})`;
  const enumeratedKeys = Object.keys(vocabulary.enumeratedValues).sort();
  const plainMaterialKeys = vocabulary.materialPropertyKeys.filter(
    (key) => key !== vocabulary.formulaKey && !enumeratedKeys.includes(key),
  );

  const block = (kind: string, keyword: string, body: readonly Rule[]): Rule => ({
    comment: `${keyword} NAME { … }`,
    begin: `(?<![A-Za-z0-9_.()])(${escape(keyword)})${NAME_END}(?:\\s+(${NAME}))?`,
    beginCaptures: { '1': { name: SCOPE.blockKeyword(kind) }, '2': { name: SCOPE.declarationName(kind) } },
    end: `(?<=\\})|${nextDeclaration}`,
    patterns: [
      { include: '#comment' },
      {
        name: SCOPE.block(kind),
        begin: '\\{',
        beginCaptures: { '0': { name: SCOPE.blockBegin } },
        end: `\\}|${nextDeclaration}`,
        endCaptures: { '0': { name: SCOPE.blockEnd } },
        patterns: [{ include: '#comment' }, ...body],
      },
    ],
  });

  const lineKey = (keys: readonly string[]): Rule => ({
    match: `^\\s*${alternation(keys)}${NAME_END}`,
    captures: { '1': { name: SCOPE.propertyKey } },
  });

  return {
    name: 'Cellspec',
    scopeName: 'source.cellspec',
    fileTypes: ['cell'],
    patterns: [
      { include: '#comment' },
      { include: '#import' },
      { include: '#material' },
      { include: '#composite' },
      { include: '#cell' },
      { include: '#string' },
    ],
    repository: {
      comment: {
        match: '(#).*$',
        name: SCOPE.comment,
        captures: { '1': { name: SCOPE.commentPunctuation } },
      },
      string: {
        name: SCOPE.string,
        begin: '"',
        beginCaptures: { '0': { name: 'punctuation.definition.string.begin.cellspec' } },
        end: '"|$',
        endCaptures: { '0': { name: 'punctuation.definition.string.end.cellspec' } },
        patterns: [{ match: '\\\\["\\\\]', name: SCOPE.escape }],
      },
      quantity: {
        comment: 'A number, and the unit after it when it is one of docs/language.md §3.',
        match: `(?<![A-Za-z0-9_.()])(${NUMBER})(?:\\s+${alternation(sortedForAlternation(vocabulary.units))}(?![A-Za-z0-9_/%]))?`,
        captures: { '1': { name: SCOPE.number }, '2': { name: SCOPE.unit } },
      },
      range: { match: '\\.\\.', name: SCOPE.rangeOperator },
      value: { patterns: [{ include: '#string' }, { include: '#range' }, { include: '#quantity' }] },
      import: {
        match: `(?<![A-Za-z0-9_.()])(${escape(vocabulary.importKeyword)})${NAME_END}`,
        captures: { '1': { name: SCOPE.importKeyword } },
      },
      formula: {
        comment: 'The raw formula after `formula`, up to a comment: element counts and groups inside.',
        begin: `^\\s*(${escape(vocabulary.formulaKey)})${NAME_END}`,
        beginCaptures: { '1': { name: SCOPE.propertyKey } },
        end: '(?=#)|$',
        contentName: SCOPE.formula,
        patterns: [
          { match: '\\d+(?:\\.\\d+)?|\\.\\d+', name: SCOPE.formulaCount },
          { match: '[()\\[\\]]', name: SCOPE.formulaGroup },
        ],
      },
      'enumerated-property': {
        patterns: enumeratedKeys.map((key) => ({
          match: `^\\s*(${escape(key)})${NAME_END}(?:\\s+${alternation(vocabulary.enumeratedValues[key]!)}${NAME_END})?`,
          captures: { '1': { name: SCOPE.propertyKey }, '2': { name: key === 'role' ? SCOPE.roleValue : SCOPE.enumValue(key) } },
        })),
      },
      material: block('material', vocabulary.materialKeyword, [
        { include: '#formula' },
        { include: '#enumerated-property' },
        lineKey(plainMaterialKeys),
        { include: '#value' },
      ]),
      composite: block('composite', vocabulary.compositeKeyword, [
        lineKey(vocabulary.compositePropertyKeys),
        {
          comment: 'A component line starts with the material it names.',
          match: `^\\s*(${NAME})`,
          captures: { '1': { name: SCOPE.reference } },
        },
        {
          match: `(?<![A-Za-z0-9_.()])(${escape(vocabulary.coatedKeyword)})${NAME_END}(?:\\s+(${NAME}))?`,
          captures: { '1': { name: SCOPE.coated }, '2': { name: SCOPE.reference } },
        },
        { include: '#value' },
      ]),
      cell: block('cell', vocabulary.cellKeyword, [
        {
          comment: 'A layer line: its role, then the material or composite it is made of.',
          match: `^\\s*${alternation(vocabulary.layerRoles)}${NAME_END}(?:\\s+(${NAME}))?`,
          captures: { '1': { name: SCOPE.layerRole }, '2': { name: SCOPE.reference } },
        },
        lineKey(vocabulary.cellPropertyKeys),
        {
          match: `(?<![A-Za-z0-9_.()])${alternation(vocabulary.layerAttributeKeys)}${NAME_END}`,
          captures: { '1': { name: SCOPE.propertyKey } },
        },
        { include: '#value' },
      ]),
    },
  };
}

/** The committed file's exact text: stable key order, two-space indent, final newline. */
export function renderGrammarJson(grammar: TextMateGrammar): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

/** One capturing group matching any of the words, longest first so `mAh/cm2` wins over `mAh/g`'s prefix. */
function alternation(words: readonly string[]): string {
  return `(${sortedForAlternation(words).map(escape).join('|')})`;
}

function sortedForAlternation(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
