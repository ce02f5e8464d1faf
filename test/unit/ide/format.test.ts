import { describe, expect, it } from 'vitest';
import { lex } from '../../../grammar/lexer';
import { FormulaValue, LCurly, Newline, RCurly } from '../../../grammar/tokens';
import { parse } from '../../../grammar';
import type { TextEdit } from '../../../server/src/core/api';
import { format, formatText } from '../../../server/src/core/ide/format';
import { exampleFiles } from '../helpers/analyze';
import { seededRandom as random } from '../../../scripts/lib/random';

const examples = exampleFiles();

/** What the formatter must never change: every token image and every comment, in order. */
function tokenImages(text: string): string[] {
  const { tokens, comments } = lex(text);
  return [
    ...tokens.filter((t) => t.tokenType !== Newline).map((t) => `${t.startOffset}:${t.tokenType === FormulaValue ? t.image.trim() : t.image}`),
    ...comments.map((c) => `${c.span.start}:${c.text.trimEnd()}`),
  ]
    .sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0]))
    .map((entry) => entry.slice(entry.indexOf(':') + 1));
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}


/**
 * The same document as a careless hand writes it: random indentation and spacing (tabs too),
 * trailing white space, extra blank lines where there were blank lines, `{` on the next line,
 * `}` and the first line of a block joined to their neighbours.
 */
function messUp(text: string, seed: number, eol = '\n'): string {
  const next = random(seed);
  const spaces = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => (next() < 0.2 ? '\t' : ' ')).join('');
  const { tokens, comments } = lex(text);
  type Piece = { start: number; end: number; text: string; kind: 'open' | 'close' | 'formula' | 'comment' | 'token' };
  const pieces: Piece[] = [
    ...tokens
      .filter((t) => t.tokenType !== Newline)
      .map((t): Piece => {
        const image = t.tokenType === FormulaValue ? t.image.trim() : t.image;
        const start = t.startOffset + t.image.indexOf(image);
        const kind = t.tokenType === LCurly ? 'open' : t.tokenType === RCurly ? 'close' : t.tokenType === FormulaValue ? 'formula' : 'token';
        return { start, end: start + image.length, text: image, kind };
      }),
    ...comments.map((c): Piece => ({ start: c.span.start, end: c.span.end, text: c.text, kind: 'comment' })),
  ].sort((a, b) => a.start - b.start);
  let out = spaces(0, 2);
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    if (previous) {
      const breaks = (text.slice(previous.end, piece.start).match(/\n/g) ?? []).length;
      if (breaks === 0 && piece.kind === 'open' && next() < 0.5) out += `${spaces(0, 2)}${eol}${spaces(0, 3)}`;
      else if (breaks === 1 && piece.kind === 'close' && previous.kind === 'token' && next() < 0.5) out += spaces(1, 3);
      else if (breaks === 1 && previous.kind === 'open' && piece.kind === 'token' && next() < 0.5) out += spaces(1, 3);
      else if (breaks === 0) out += spaces(1, 5);
      else {
        const lines = breaks >= 2 ? 2 + Math.floor(next() * 3) : 1;
        for (let k = 0; k < lines; k++) out += `${spaces(0, 2)}${eol}`;
        out += spaces(0, 6);
      }
    }
    out += piece.text;
  });
  return `${out}${spaces(0, 3)}${eol}${eol}${eol}`;
}

/** The syntax tree without positions: what the text means, which formatting must not change. */
const meaning = (text: string): unknown => withoutPositions(parse(text).document.declarations);

/** A tree's fields, spans left out (a name, quantity or property node is its own span: grammar/nodes.ts). */
function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== 'object' || value === null) return value;
  const kept = Object.entries(value).filter(([key]) => key !== 'span' && !key.endsWith('Span') && key !== 'anchor' && !key.startsWith('relative'));
  return Object.fromEntries(kept.map(([key, field]) => [key, withoutPositions(field)]));
}

/** Formatted text with the spacing before trailing comments flattened (their columns follow the input by design). */
const flattenCommentColumns = (text: string): string => text.replace(/\r\n/g, '\n').replace(/(\S) +#/g, '$1 #');

describe('format on the examples', () => {
  it('leaves the examples written in the house style exactly as they are', () => {
    for (const name of ['anion-redox', 'bilayer-halide-catholyte', 'homogeneous-ltg', 'imports/materials', 'imports/sulfide-cell', 'oxide-on-sulfide', 'percolation']) {
      const text = examples[`/ws/${name}.cell`]!;
      expect(format(text), name).toEqual([]);
    }
  });

  it('keeps every token and comment of every example, and formatting twice changes nothing more', () => {
    for (const [file, text] of Object.entries(examples)) {
      const once = formatText(text)!;
      expect(tokenImages(once), file).toEqual(tokenImages(text));
      expect(formatText(once), file).toBe(once);
      expect(parse(once).errors, file).toEqual([]);
    }
  });

  it('brings a messy copy of every example back to the formatted example, tokens and comments intact', () => {
    for (const [file, text] of Object.entries(examples)) {
      for (const seed of [1, 2, 3]) {
        const messy = messUp(text, seed);
        expect(parse(messy).errors, `${file} seed ${seed}: the messy copy must still parse`).toEqual([]);
        const formatted = formatText(messy)!;
        expect(tokenImages(formatted), `${file} seed ${seed}`).toEqual(tokenImages(text));
        expect(meaning(formatted), `${file} seed ${seed}`).toEqual(meaning(text));
        expect(formatText(formatted), `${file} seed ${seed}`).toBe(formatted);
        expect(flattenCommentColumns(formatted), `${file} seed ${seed}`).toBe(flattenCommentColumns(formatText(text)!));
      }
    }
  });

  it('returns edits that produce the formatted text when applied', () => {
    for (const [file, text] of Object.entries(examples)) {
      const messy = messUp(text, 7);
      expect(apply(messy, format(messy)), file).toBe(formatText(messy));
    }
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const text = examples['/ws/oxide-on-sulfide.cell']!;
    const crlf = messUp(text, 11, '\r\n');
    const formatted = formatText(`\uFEFF${crlf}`)!;
    expect(formatted.startsWith('\uFEFF#')).toBe(true);
    expect(formatted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(formatted.slice(1).replace(/\r\n/g, '\n')).toBe(text);
    expect(formatText(formatted)).toBe(formatted);
  });
});

describe('format rules', () => {
  it('formats nothing when the document has a syntax error', () => {
    const broken = 'material   LTG {\n  role    cathode\n  voltage\n}\n';
    expect(parse(broken).errors.length).toBeGreaterThan(0);
    expect(format(broken)).toEqual([]);
    expect(formatText(broken)).toBeUndefined();
  });

  it('splits one-line blocks and spaces out glued numbers and units without changing their meaning', () => {
    const text = 'material X { window 1.7V..2.3V }\ncell Y{anode Li thickness 20um}\n';
    const formatted = formatText(text)!;
    expect(formatted).toBe('material X {\n  window     1.7 V .. 2.3 V\n}\ncell Y {\n  anode      Li         thickness 20 um\n}\n');
    expect(meaning(formatted)).toEqual(meaning(text));
  });

  it('puts `{` on the declaration line and `}` alone, with two-space indent and values at column 11', () => {
    expect(formatText('material Li2S\n{ formula Li2S\n    role cathode }\n')).toBe('material Li2S {\n  formula    Li2S\n  role       cathode\n}\n');
  });

  it('aligns values one space after a key longer than ten letters', () => {
    expect(formatText('material LCO {\n  diffusivity 1e-10 cm2/s\n  role cathode\n}')).toBe('material LCO {\n  diffusivity 1e-10 cm2/s\n  role        cathode\n}\n');
  });

  it('right-aligns composite fractions and sets `coated` off by two spaces', () => {
    const text = 'composite C {\nNCM811 70 wt% coated LiNbO3\nLi6PS5Cl 27 wt%\nVGCF 3 wt%\nporosity 10 vol%\n}\n';
    expect(formatText(text)).toBe(
      'composite C {\n  NCM811     70 wt%  coated LiNbO3\n  Li6PS5Cl   27 wt%\n  VGCF        3 wt%\n  porosity   10 vol%\n}\n',
    );
  });

  it('starts the layer attributes of a cell at one column after the longest material name', () => {
    const text = 'cell S {\n anode LiIn thickness 40 um\n separator Li6PS5Cl thickness 30 um\n cathode SulfideComposite thickness 50 um\n rate 1 C\n}\n';
    expect(formatText(text)).toBe(
      'cell S {\n' +
        '  anode      LiIn              thickness 40 um\n' +
        '  separator  Li6PS5Cl          thickness 30 um\n' +
        '  cathode    SulfideComposite  thickness 50 um\n' +
        '  rate       1 C\n' +
        '}\n',
    );
  });

  it('keeps at most one blank line, none at the start, and one newline at the end', () => {
    expect(formatText('\n\n\nimport "a.cell"\n\n\n\n# note\n\n\n\nmaterial X {\n\n\n  role anode\n}\n\n\n')).toBe(
      'import "a.cell"\n\n# note\n\nmaterial X {\n\n  role       anode\n}\n',
    );
    expect(formatText('')).toBe('');
  });

  it('never moves a comment: a `{` after a commented header stays on its own line', () => {
    const text = 'material X # the header\n{\n  role anode\n}\n';
    const formatted = formatText(text)!;
    expect(formatted).toBe('material X  # the header\n{\n  role       anode\n}\n');
    expect(tokenImages(formatted)).toEqual(tokenImages(text));
  });

  it('keeps a trailing comment’s column when it fits and aligns consecutive trailing comments', () => {
    expect(formatText('material X {\n  role cathode                # far right\n}\n')).toBe('material X {\n  role       cathode          # far right\n}\n');
    expect(formatText('material X {\n  role cathode # a\n  voltage 3.9 V # b\n}\n')).toBe(
      'material X {\n  role       cathode  # a\n  voltage    3.9 V    # b\n}\n',
    );
  });

  it('keeps the raw text of a formula, spaces inside it included', () => {
    // `Li2 S` is a formula/syntax error for the checker, not a parse error: the formatter must keep it.
    expect(formatText('material X {\n  formula   Li2 S # typo\n}\n')).toBe('material X {\n  formula    Li2 S  # typo\n}\n');
  });
});
