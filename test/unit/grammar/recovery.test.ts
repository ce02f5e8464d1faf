import { describe, expect, it } from 'vitest';
import type { CellDecl, CompositeDecl, ImportDecl, MaterialDecl, ParseResult, Span } from '../../../grammar/ast';
import { parse } from '../../../grammar/index';

const at = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Each error as `[the text it underlines, its message]`, in document order. */
function errorsOf(text: string, result: ParseResult = parse(text)): [string, string][] {
  return result.errors.map((error) => [at(text, error.span), error.message]);
}

describe('several errors in one file', () => {
  const text = [
    'material LTG {',
    '  formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3',
    '  voltage',
    '  capacity   250 mAh/g @',
    '  3 V',
    '  role       cathode extra words',
    '  ionic      0.22 mS/cm ..',
    '}',
  ].join('\n');
  const result = parse(text);

  it('are all reported, each once, in document order, with the exact text they concern', () => {
    expect(errorsOf(text, result)).toEqual([
      ['voltage', 'expected a value after `voltage`'],
      ['@', 'unexpected character `@`'],
      ['3 V', 'unexpected `3 V`: each line of a material is a property, e.g. `voltage 3.7 V`'],
      ['extra words', 'unexpected `extra words` after the value of `role`: a property has one value (a range is written `low .. high`)'],
      ['..', 'expected the upper value after `..`, e.g. `1.7 V .. 2.3 V`'],
    ]);
  });

  it('still yield every property that parsed, partial ones included', () => {
    const ltg = result.document.declarations[0] as MaterialDecl;
    expect(ltg.properties.map((p) => [p.key.text, p.value?.kind])).toEqual([
      ['formula', 'formula'],
      ['voltage', undefined],
      ['capacity', 'quantity'],
      ['role', 'name'],
      ['ionic', 'range'],
    ]);
    const ionic = ltg.properties[4]!.value!;
    expect(ionic.kind === 'range' && ionic.high).toBe(undefined);
    expect(at(text, ionic.span)).toBe('0.22 mS/cm ..');
  });
});

describe('an unclosed block', () => {
  const text = 'material LiNbO3 {\n  formula LiNbO3\n  role coating\n\ncomposite NCMcomposite {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 30 wt%\n}\n';
  const result = parse(text);

  it('is reported at the declaration that follows it', () => {
    expect(errorsOf(text, result)).toEqual([['composite', 'expected `}` to close material `LiNbO3` before the next declaration']]);
  });

  it('does not swallow the next declaration: both are in the tree, whole', () => {
    const [lnbo, composite] = result.document.declarations as [MaterialDecl, CompositeDecl];
    expect(lnbo.properties.map((p) => p.key.text)).toEqual(['formula', 'role']);
    expect(at(text, lnbo.span)).toBe('material LiNbO3 {\n  formula LiNbO3\n  role coating');
    expect(composite.name?.text).toBe('NCMcomposite');
    expect(composite.components.map((c) => c.material.text)).toEqual(['NCM811', 'Li6PS5Cl']);
  });

  it('at the end of the file is reported at its opening brace', () => {
    const open = 'cell Draft {\n  anode LiIn thickness 40 um\n';
    expect(errorsOf(open)).toEqual([['{', 'expected `}` to close cell `Draft` at the end of the file']]);
    expect((parse(open).document.declarations[0] as CellDecl).layers).toHaveLength(1);
  });
});

describe('a junk line', () => {
  it('is reported once and the next line parses', () => {
    const text = 'composite C {\n  70 wt% NCM811 and more\n  Li6PS5Cl 30 wt%\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([
      ['70 wt% NCM811 and more', 'unexpected `70 wt% NCM811 and more`: each line of a composite is a component, e.g. `Li6PS5Cl 27 wt%`, or `porosity`'],
    ]);
    expect((result.document.declarations[0] as CompositeDecl).components.map((c) => c.material.text)).toEqual(['Li6PS5Cl']);
  });

  it('after a closing brace is reported and the next declaration parses', () => {
    const text = 'material A {\n} trailing\nmaterial B {\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['trailing', 'unexpected `trailing` after `}`: start anything else on a new line']]);
    expect(result.document.declarations.map((d) => (d as MaterialDecl).name?.text)).toEqual(['A', 'B']);
  });

  it('is reported when a declaration starts on the line of a closing brace', () => {
    const text = 'material A {\n} material B {\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['material', '`material` must start a new line']]);
    expect(result.document.declarations).toHaveLength(2);
  });

  it('with a misspelt keyword is reported once and its block is skipped', () => {
    const text = 'Material LTG {\n  formula Li2S\n  role cathode\n}\nmaterial B {\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([
      [
        'Material LTG',
        'unexpected `Material LTG`: a file holds `import`, `material`, `composite` and `cell` declarations. Did you mean `material`? Its block is ignored.',
      ],
    ]);
    expect(result.document.declarations.map((d) => (d as MaterialDecl).name?.text)).toEqual(['B']);
  });

  it('that closes nothing is reported', () => {
    expect(errorsOf('}\n')).toEqual([['}', 'unexpected `}`: there is no open block to close']]);
  });
});

describe('missing parts', () => {
  it('a property without a value is kept without a value', () => {
    const text = 'material M {\n  voltage\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['voltage', 'expected a value after `voltage`']]);
    const voltage = (result.document.declarations[0] as MaterialDecl).properties[0]!;
    expect(voltage.value).toBeUndefined();
    expect(at(text, voltage.span)).toBe('voltage');
  });

  it('a property followed by something that is not a value names what it found', () => {
    const text = 'material M {\n  capacity mAh/g 250\n}';
    expect(errorsOf(text)).toEqual([['mAh/g 250', 'expected a value after `capacity`, not `mAh/g 250`']]);
  });

  it('a material without a name is kept without a name', () => {
    const text = 'material {\n  formula Li2S\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['material', 'expected a name after `material`, e.g. `material LTG {`']]);
    const unnamed = result.document.declarations[0] as MaterialDecl;
    expect(unnamed.name).toBeUndefined();
    expect(unnamed.properties[0]!.value).toMatchObject({ kind: 'formula', text: 'Li2S' });
  });

  it('a keyword is not accepted as a name', () => {
    const text = 'composite cell {\n}';
    expect(errorsOf(text)).toEqual([['cell', '`cell` is a keyword and cannot be the name of a composite; choose another name']]);
  });

  it('a block without `{` is reported at its name and its lines still parse', () => {
    const text = 'material LTG\n  voltage 2.55 V\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['LTG', 'expected `{` after material `LTG`']]);
    expect((result.document.declarations[0] as MaterialDecl).properties).toHaveLength(1);
  });

  it('a layer without its thickness value, a coating without its material and an import without a path', () => {
    const text = 'import\ncomposite C {\n  NCM811 70 wt% coated\n}\ncell X {\n  separator Li6PS5Cl thickness\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([
      ['import', 'expected a file path in quotes after `import`, e.g. `import "library.cell"`'],
      ['coated', 'expected the coating material after `coated`, e.g. `coated LiNbO3`'],
      ['thickness', 'expected a number with its unit after `thickness`, e.g. `thickness 50 um`'],
    ]);
    const [imported, composite, cell] = result.document.declarations as [ImportDecl, CompositeDecl, CellDecl];
    expect(imported.path).toBeUndefined();
    expect(composite.components[0]).toMatchObject({ material: { text: 'NCM811' }, coating: undefined });
    expect(at(text, composite.components[0]!.coatedKeywordSpan!)).toBe('coated');
    expect(cell.layers[0]!.attributes[0]).toMatchObject({ key: { text: 'thickness' }, value: undefined });
  });
});

describe('lexical errors', () => {
  it('an unexpected character is reported with its exact span and lexing goes on', () => {
    const text = 'material M {\n  voltage 3 €\n  capacity 250 mAh/g\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['€', 'unexpected character `€`']]);
    expect((result.document.declarations[0] as MaterialDecl).properties.map((p) => p.key.text)).toEqual(['voltage', 'capacity']);
  });

  it('a subscript digit pasted into a name is explained', () => {
    const text = 'composite C {\n  Li₂S 20 wt%\n}';
    expect(errorsOf(text)).toEqual([['₂', 'unexpected character `₂` (write subscripts as plain digits, e.g. `Li2S`)']]);
  });

  it('a lone surrogate is reported by its code point, never as a broken character', () => {
    const text = 'material M {\n  role \ud800\n}';
    const errors = parse(text).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.span).toEqual({ start: text.indexOf('\ud800'), end: text.indexOf('\ud800') + 1 });
    expect(errors[0]!.message).toContain('U+D800');
    expect(errors[0]!.message).not.toMatch(/[\ud800-\udfff]/);
  });

  it('an unterminated string runs to the end of its line, and the next line parses', () => {
    const text = 'material M {\n  source "review Table 1, ref. 24   # a note\n  voltage 2.55 V\n}';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([
      ['"review Table 1, ref. 24   # a note', 'this string is not closed: add `"` at its end (a string cannot span lines)'],
    ]);
    const [source, voltage] = (result.document.declarations[0] as MaterialDecl).properties;
    expect(source!.value).toMatchObject({ kind: 'string', value: 'review Table 1, ref. 24   # a note' });
    expect(voltage!.value).toMatchObject({ value: 2.55 });
  });

  it('an unterminated import path is kept and reported', () => {
    const text = 'import "materials.cell\nmaterial M {\n}';
    const result = parse(text);
    expect(errorsOf(text, result).map(([underlined]) => underlined)).toEqual(['"materials.cell']);
    expect(result.document.declarations[0]).toMatchObject({ kind: 'import', path: { value: 'materials.cell' } });
    expect(result.document.declarations).toHaveLength(2);
  });
});

describe('robustness on damaged files', () => {
  const base = [
    'import "materials.cell"',
    'material LTG {',
    '  formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3   # LTG',
    '  ionic      0.22 mS/cm .. 0.66 mS/cm',
    '  source     "review Table 1, ref. 24"',
    '}',
    'composite NCM { NCM811 70 wt% coated LiNbO3',
    '  porosity 10 vol%',
    '}',
    'cell C {',
    '  cathode NCM loading 15 mg/cm2 thickness 60 um',
    '  cutoff 2.5 V .. 4.3 V',
    '}',
  ].join('\n');
  const insertions = ['{', '}', '\n', '"', '..', '@', '€', '\ud83d', 'material', 'cell', 'formula', 'coated', 'thickness', '-', '%', '#', '\r\n', 'anode'];

  /** A deterministic pseudo-random sequence, so a failure can be replayed. */
  function* damaged(count: number): Generator<string> {
    let seed = 20240611;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < count; n++) {
      let text = base;
      for (let edit = 0; edit < 3; edit++) {
        const offset = Math.floor(next() * text.length);
        text = next() < 0.5
          ? text.slice(0, offset) + insertions[Math.floor(next() * insertions.length)] + text.slice(offset)
          : text.slice(0, offset) + text.slice(offset + 1 + Math.floor(next() * 8));
      }
      yield text;
    }
  }

  function spans(node: unknown, found: Span[] = []): Span[] {
    if (node === null || typeof node !== 'object') return found;
    if ('start' in node && 'end' in node) found.push(node as Span);
    else for (const value of Object.values(node)) spans(value, found);
    return found;
  }

  it('never throws, and every span of the tree and of the errors is a real range inside the text', () => {
    for (const text of damaged(400)) {
      const result = parse(text);
      for (const span of spans(result)) {
        expect(Number.isInteger(span.start) && Number.isInteger(span.end), JSON.stringify(text)).toBe(true);
        expect(span.start >= 0 && span.start <= span.end && span.end <= text.length, JSON.stringify(text)).toBe(true);
      }
      for (const error of result.errors) expect(error.span.end, JSON.stringify(text)).toBeGreaterThan(error.span.start);
    }
  });

  it('never falls back to the generic parser messages', () => {
    for (const text of damaged(400)) {
      for (const error of parse(text).errors) expect(error.message, JSON.stringify(text)).not.toMatch(/Expecting|-->|<--|token of type/);
    }
  });
});

describe('a pasted table is one error, not one per row', () => {
  it('rows pasted between declarations are underlined together, blank lines and comments included', () => {
    const rows = ['Name,Formula,Voltage (V)', 'LPSCl,Li6PS5Cl,2.5', '', '# halides', 'LIC,Li3InCl6,4.3'];
    const text = ['material LTG {', '  formula Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3', '}', ...rows, 'material LIC {', '  formula Li3InCl6', '}'].join('\n');
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([
      [
        rows.join('\n'),
        '3 lines here are not declarations (the first is `Name,Formula,Voltage (V)`): a file holds `import`, `material`, `composite` and `cell` declarations. A pasted table? Write each row as a `material` block, or comment the lines out with `#`.',
      ],
    ]);
    expect(result.document.declarations.map((d) => (d.kind === 'import' ? undefined : d.name?.text))).toEqual(['LTG', 'LIC']);
  });

  it('a misspelt keyword keeps its own advice instead of joining the lines after it', () => {
    const text = ['materail LPSCl', '  formula Li6PS5Cl', '  role electrolyte'].join('\n');
    const messages = parse(text).errors.map((error) => error.message);
    expect(messages[0]).toContain('Did you mean `material`?');
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatch(/^2 lines here are not declarations \(the first is `formula Li6PS5Cl`\)/);
  });

  it('rows pasted into a composite are one error; a component between them starts a new one', () => {
    const text = ['composite C {', '  NCM811 70 wt%', '  1,2,3', '  4,5,6', '  Li6PS5Cl 30 wt%', '  7,8', '}'].join('\n');
    expect(errorsOf(text)).toEqual([
      ['1,2,3\n  4,5,6', '2 lines here are not components (the first is `1,2,3`): each line of a composite is a component, e.g. `Li6PS5Cl 27 wt%`, or `porosity`'],
      ['7,8', 'unexpected `7,8`: each line of a composite is a component, e.g. `Li6PS5Cl 27 wt%`, or `porosity`'],
    ]);
  });
});

describe('two properties on one line', () => {
  it('a one-line block keeps its formula and says to put the next property on a line of its own', () => {
    const text = 'material B { formula Li2S role cathode }';
    const result = parse(text);
    expect(errorsOf(text, result)).toEqual([['role cathode', 'one property per line: put `role cathode` on a line of its own']]);
    const formula = (result.document.declarations[0] as MaterialDecl).properties[0]!.value!;
    expect(formula).toMatchObject({ kind: 'formula', text: 'Li2S' });
  });

  it('a second property after a value is named as such, not as junk', () => {
    const text = 'material C {\n  voltage 3.7 V capacity 200 mAh/g\n}';
    expect(errorsOf(text)).toEqual([['capacity 200 mAh/g', 'one property per line: put `capacity 200 mAh/g` on a line of its own']]);
  });
});

describe('units written with negative exponents', () => {
  it('are read as one unit, so the unit check can offer the Cellspec spelling', () => {
    const text = 'material D {\n  ionic 0.1 .. 1 mS·cm⁻¹\n  density 4.7 g cm-3\n}\ncell X {\n  cathode D loading 15 mg cm^-2\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    const [ionic, density] = (result.document.declarations[0] as MaterialDecl).properties;
    expect(ionic!.value).toMatchObject({ kind: 'range', high: { unit: { text: 'mS·cm⁻¹' } } });
    expect(density!.value).toMatchObject({ kind: 'quantity', unit: { text: 'g cm-3' } });
    const layer = (result.document.declarations[1] as CellDecl).layers[0]!;
    expect(layer.attributes[0]!.value).toMatchObject({ unit: { text: 'mg cm^-2' } });
  });

  it('a long junk word after a unit is rejected at once (no exponential backtracking)', () => {
    const text = `material E {\n  voltage 3.7 V ${'cm'.repeat(40)}!\n}`;
    const start = performance.now();
    expect(parse(text).errors).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('leave real junk after a unit to the junk message', () => {
    const text = 'material E {\n  voltage 3.7 V extra words\n}';
    expect(errorsOf(text)).toEqual([['extra words', 'unexpected `extra words` after the value of `voltage`: a property has one value (a range is written `low .. high`)']]);
  });
});
