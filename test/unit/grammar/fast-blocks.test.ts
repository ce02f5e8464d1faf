import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { readWellFormedChunk } from '../../../grammar/fast-blocks';
import { parseColdInRuns } from '../../../grammar/incremental';
import { generateDocument } from '../../../scripts/bench/generate-document';
import { fuzzParameters, fuzzTimeout } from '../fuzz/config';

/** Where each declaration's chunk starts: at the start of every line that starts with a block keyword. */
function chunkStarts(text: string): number[] {
  const starts = [...text.matchAll(/^[ \t]*(?:material|composite|cell)\b/gm)].map((match) => match.index);
  return starts[0] === 0 ? starts : [0, ...starts];
}

function chunks(text: string): { start: number; end: number }[] {
  const starts = chunkStarts(text);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/** The cold parse through the fast path, in runs of one chunk, which must equal the parser's whole-text parse. */
function expectSameAsParser(text: string): void {
  expect(parseColdInRuns(text, 1)).toStrictEqual(parse(text));
  expect(parseColdInRuns(text, 1)).toStrictEqual(parseColdInRuns(text, 1, false));
}

const MATERIAL = `material NCM811 {
  formula    LiNi0.8Co0.1Mn0.1O2
  role       cathode
  voltage    3.8 V
  ionic      0.3 mS/cm .. 0.7 mS/cm
  source     "Ref. \\"A\\" 2024"
}
`;

describe('the fast path of the cold parse (grammar/fast-blocks.ts)', () => {
  it('reads every chunk of a generated document itself, and makes the parser’s very tree', () => {
    const text = generateDocument(400, 7);
    for (const { start, end } of chunks(text)) expect(readWellFormedChunk(text, start, end), text.slice(start, end)).toBeDefined();
    expectSameAsParser(text);
  });

  it('reads the shapes a block’s lines come in: names, strings, ranges, units, coatings, layers, comments, CRLF', () => {
    const text = [
      '# a library',
      '',
      MATERIAL,
      'material Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3 {   # a comment after the brace',
      '\tformula\t"Li2S"  # quoted',
      '  role electrolyte',
      '  density 1.5e-3 g/cm3',
      '  capacity .5 mAh/g',
      '  electronic -2 mS/cm',
      '',
      '  # a comment line',
      '}',
      'composite C1 {',
      '  NCM811 70wt%  coated LiNbO3',
      '  Li6PS5Cl   27 wt%',
      '  VGCF',
      '  LiNbO3 coated X',
      '  porosity 10 vol%',
      '}   ',
      'cell K {',
      '  anode LiIn thickness 40 um loading 3 mg/cm2',
      '  separator Li6PS5Cl',
      '  cathode C1 loading 15 mg/cm2',
      '  rate 0.5 C',
      '  cutoff 2.5 V .. 4.2 V',
      '  ion Na',
      '}',
    ].join('\n');
    for (const { start, end } of chunks(text)) expect(readWellFormedChunk(text, start, end), text.slice(start, end)).toBeDefined();
    expectSameAsParser(text);
    expectSameAsParser(text.replace(/\n/g, '\r\n'));
    expectSameAsParser(text.replace(/\n/g, '\r'));
  });

  const nearMisses: readonly [string, string][] = [
    ['a brace after a value', '  rate 1 C }'],
    ['a property after a formula', '  formula Li2S role cathode'],
    ['a range without its end', '  ionic 1 mS/cm ..'],
    ['a coating without its material', '  X 70 wt% coated'],
    ['a layer without its material', '  anode thickness 40 um'],
    ['an attribute without its quantity', '  anode LiIn thickness'],
    ['a key without a value', '  voltage # (in a composite, a component without its fraction)'],
    ['a value after a value', '  voltage 3.7 V 4 V'],
    ['a keyword inside a line', '  source material'],
    ['an unclosed string', '  source "open'],
    ['a no-break space', '  voltage\u00a03.7 V'],
    ['a unit as a key', '  mS/cm 3'],
    ['a number first', '  70 wt% X'],
    ['an unknown character', '  voltage 3.7 V @'],
    ['a paper-style unit', '  ionic 1 S cm-1'],
  ];

  it.each(nearMisses)('gives %s to the parser, and the tree is still the parser’s', (what, line) => {
    for (const kind of what === 'a key without a value' ? ['material', 'cell'] : ['material', 'composite', 'cell']) {
      const text = `${MATERIAL}${kind} B {\n${line}\n}\n${MATERIAL.replace('NCM811', 'Other')}`;
      const [, broken] = chunks(text);
      expect(readWellFormedChunk(text, broken!.start, broken!.end)).toBeUndefined();
      expectSameAsParser(text);
    }
  });

  it('gives blocks out of the usual shape to the parser: a brace on the next line, a one-line block, an import, an unclosed block, text after the brace', () => {
    for (const text of [
      'material A\n{\n  role cathode\n}\n',
      'material A { role cathode }\n',
      'import "lib.cell"\n',
      'material A {\n  role cathode\n',
      'material A {\n  role cathode\n} junk\n',
      'material A {\n  role cathode\n}\nstray line\n',
      'material {\n  role cathode\n}\n',
    ]) {
      expect(readWellFormedChunk(text, 0, text.length), text).toBeUndefined();
      expectSameAsParser(`${MATERIAL}${text}${MATERIAL}`);
    }
  });

  /** Lines a block may hold, most well-formed, some not: any mix parses as the parser parses it. */
  const word = fc.constantFrom('NCM811', 'Li6PS5Cl', 'LiNbO3', 'X_1', 'a.b', 'Li(1)', 'coated', 'thickness', 'loading', 'porosity', 'formula', 'role', 'anode', 'cathode', 'cell', 'material');
  const number = fc.constantFrom('1', '0.5', '.5', '-2', '1e-3', '2E+4', '3.', '1..2');
  const unit = fc.constantFrom('', ' V', ' mS/cm', ' wt%', '%', ' µm', ' um', ' g/cm3', ' C', ' coated', ' thickness');
  const quantity = fc.tuple(number, unit).map(([n, u]) => `${n}${u}`);
  const value = fc.oneof(quantity, fc.tuple(quantity, quantity).map(([a, b]) => `${a} .. ${b}`), word, fc.constantFrom('"s"', '"a\\"b"', '"open', 'Li2S # c', 'Li2S role x'));
  const space = fc.constantFrom(' ', '  ', '\t', ' \t', '\u00a0');
  const line = fc.oneof(
    fc.tuple(word, space, value).map(([k, s, v]) => `  ${k}${s}${v}`),
    fc.tuple(word, space, quantity, fc.constantFrom('', ' coated LiNbO3', ' coated', ' coated cell')).map(([k, s, q, c]) => `  ${k}${s}${q}${c}`),
    fc.tuple(fc.constantFrom('anode', 'cathode', 'separator', 'collector'), word, fc.constantFrom('', ' thickness 40 um', ' loading 15 mg/cm2 thickness 5', ' thickness')).map(([r, m, a]) => `  ${r} ${m}${a}`),
    fc.constantFrom('', '  # note', '  }', '  rate 1 C }'),
  );
  const block = fc.tuple(fc.constantFrom('material', 'composite', 'cell'), word, fc.array(line, { maxLength: 6 }), fc.constantFrom('}', '} # end', '}  x', '')).map(
    ([kind, name, lines, close]) => [`${kind} ${name} {`, ...lines, close].join('\n'),
  );

  it(
    'parses any mix of such blocks, broken or not, exactly as the parser does',
    () => {
      fc.assert(
        fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (blocks, newline) => {
          expectSameAsParser(`${blocks.join('\n\n')}\n`.replace(/\n/g, newline));
        }),
        fuzzParameters(2),
      );
    },
    fuzzTimeout(5, 2),
  );
});
