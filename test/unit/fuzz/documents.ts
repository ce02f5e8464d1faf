/**
 * Fuzzed `.cell` documents: real documents (the examples, the contract's examples, a generated
 * library) mutated the way editing and pasting break files — characters, lines and tokens
 * deleted, inserted, duplicated and swapped, random Unicode including lone surrogates, control
 * characters and CR/CRLF line ends — and token soups built from the language's own words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { generateDocument } from '../../../scripts/bench/generate-document';
import { exampleFiles, REPO } from '../helpers/analyze';

function sharedExamples(): string[] {
  const dir = path.resolve(REPO, '../shared/examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cell'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** The seed documents, every one of them a real, well-formed or deliberately flawed file. */
export const CORPUS: readonly string[] = [...Object.values(exampleFiles()), ...sharedExamples(), generateDocument(80, 3)];

/** Words and marks of the language, and the characters that break naive text handling. */
export const FRAGMENTS: readonly string[] = [
  'material', 'composite', 'cell', 'import', 'formula', 'role', 'cathode', 'electrolyte', 'anode', 'separator', 'collector',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf',
  'coated', 'thickness', 'loading', 'porosity', 'rate', 'cutoff', 'voltage', 'capacity', 'window', 'ionic', 'density',
  'NCM811', 'Li6PS5Cl', 'LiNbO3', 'Li3InCl6', 'VGCF', 'LiIn', 'Li', 'LTG', 'Li2S', 'LI2S', 'Li₂S', '75Li2S-25P2S5',
  '{', '}', '(', ')', '[', ']', '..', '.', '"', '"lib.cell"', '"../x.cell"', '"/etc/passwd"', '#', '# comment', '\\',
  '70 wt%', '30 vol%', '3.7 V', '15 mg/cm2', '40 um', '40 µm', '1e308', '1e-400', '-0', '9'.repeat(40), '0.1 C', 'mS/cm',
  '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u2028', '\ufeff', '\u0000', '\ud800', '\udfff', '\ud83d\ude00', '€', '−', '@',
];

/** UTF-16 code units of any value: lone surrogates, controls and private use included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }).map((units) => String.fromCharCode(...units));

export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: codeUnits },
);

type Mutation =
  | { readonly kind: 'deleteChars' | 'duplicateChars'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'swapChars' | 'swapLines' | 'swapTokens'; readonly at: number; readonly other: number }
  | { readonly kind: 'deleteLine' | 'duplicateLine' | 'deleteToken' | 'duplicateToken'; readonly at: number };

const position = fc.nat({ max: 1_000_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteChars' as const, 'duplicateChars' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }),
  fc.record({ kind: fc.constantFrom('swapChars' as const, 'swapLines' as const, 'swapTokens' as const), at: position, other: position }),
  fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const, 'deleteToken' as const, 'duplicateToken' as const), at: position }),
);

/** [start, end) of every line (line break included) or every run of non-space characters. */
function pieces(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

function swap(text: string, all: [number, number][], a: number, b: number): string {
  if (all.length < 2) return text;
  let [first, second] = [all[a % all.length]!, all[b % all.length]!];
  if (first[0] === second[0]) return text;
  if (first[0] > second[0]) [first, second] = [second, first];
  return (
    text.slice(0, first[0]) + text.slice(second[0], second[1]) + text.slice(first[1], second[0]) + text.slice(first[0], first[1]) + text.slice(second[1])
  );
}

export function applyMutation(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'deleteChars':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicateChars':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'swapChars':
      return swap(text, pieces(text, /[\s\S]/g), m.at, m.other);
    case 'swapLines':
      return swap(text, pieces(text, /[^\n]*\n|[^\n]+$/g), m.at, m.other);
    case 'swapTokens':
      return swap(text, pieces(text, /\S+/g), m.at, m.other);
    case 'deleteLine':
    case 'duplicateLine':
    case 'deleteToken':
    case 'duplicateToken': {
      const all = pieces(text, m.kind.endsWith('Line') ? /[^\n]*\n|[^\n]+$/g : /\S+/g);
      if (all.length === 0) return text;
      const [start, end] = all[m.at % all.length]!;
      return m.kind.startsWith('delete') ? text.slice(0, start) + text.slice(end) : text.slice(0, end) + (m.kind === 'duplicateToken' ? ' ' : '') + text.slice(start);
    }
  }
}

/** A seed document and the edits made to it, one version per edit. */
export const editSession: fc.Arbitrary<{ readonly base: string; readonly versions: readonly string[] }> = fc
  .record({ base: fc.constantFrom(...CORPUS), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
  .map(({ base, mutations }) => {
    const versions: string[] = [];
    let text = base;
    for (const m of mutations) versions.push((text = applyMutation(text, m)));
    return { base, versions };
  });

/** A mutated real document, or a soup of the language's fragments and random text. */
export const fuzzedDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: editSession.map(({ versions }) => versions[versions.length - 1]!) },
  { weight: 1, arbitrary: fc.array(insertion, { maxLength: 80 }).map((parts) => parts.join('')) },
);

/** Offsets to probe an editor feature at, as fractions of the document's length. */
export const probes = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 });

export function offsetsOf(text: string, fractions: readonly number[]): number[] {
  return fractions.map((f) => Math.min(text.length, Math.floor(f * (text.length + 1))));
}
