import { describe, expect, it } from 'vitest';
import type { CellDecl, MaterialDecl, Span } from '../../../grammar/ast';
import { parse } from '../../../grammar/index';

const at = (text: string, span: Span): string => text.slice(span.start, span.end);

describe('text encodings and line endings', () => {
  it('reads a Windows file (CRLF) exactly like a Unix one, offsets into the original text', () => {
    const unix = 'material LTG {\n  formula Li2S  # comment\n  window 1.7 V .. 2.3 V\n}\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const result = parse(windows);
    expect(result.errors).toEqual([]);
    const ltg = result.document.declarations[0] as MaterialDecl;
    expect(ltg.properties[0]!.value).toMatchObject({ kind: 'formula', text: 'Li2S' });
    expect(at(windows, ltg.properties[0]!.value!.span)).toBe('Li2S');
    expect(at(windows, ltg.properties[1]!.value!.span)).toBe('1.7 V .. 2.3 V');
    expect(result.document.comments.map((c) => at(windows, c.span))).toEqual(['# comment']);
    expect(at(windows, ltg.span)).toBe('material LTG {\r\n  formula Li2S  # comment\r\n  window 1.7 V .. 2.3 V\r\n}');
  });

  it('reads a file saved with old Mac line endings (CR only)', () => {
    const text = 'material M {\r  voltage 3 V\r}\r';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect((result.document.declarations[0] as MaterialDecl).properties[0]!.key.text).toBe('voltage');
  });

  it('skips a byte-order mark and keeps offsets counted from it', () => {
    const text = '\ufeffmaterial LTG {\n  formula Li2S\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    const ltg = result.document.declarations[0] as MaterialDecl;
    expect(ltg.keywordSpan).toEqual({ start: 1, end: 9 });
    expect(at(text, ltg.properties[0]!.value!.span)).toBe('Li2S');
  });

  it('reads tabs and no-break spaces (pasted from a paper) as white space', () => {
    const text = 'cell C {\n\tcathode\tNCM\tloading\u00a015\u00a0mg/cm2\n}';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect((result.document.declarations[0] as CellDecl).layers[0]).toMatchObject({ material: { text: 'NCM' }, attributes: [{ value: { value: 15, unit: { text: 'mg/cm2' } } }] });
  });

  it('keeps a formula after a tab exact', () => {
    const text = 'material M {\n\tformula\tLi3InCl6\t\n}';
    const value = (parse(text).document.declarations[0] as MaterialDecl).properties[0]!.value!;
    expect(at(text, value.span)).toBe('Li3InCl6');
  });

  it('gives an empty file an empty tree and no error', () => {
    expect(parse('')).toEqual({ document: { declarations: [], comments: [] }, errors: [] });
  });

  it('gives a file of blank lines and comments only its comments', () => {
    const text = '\n# only a note\n\n   # another\n';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.document.declarations).toEqual([]);
    expect(result.document.comments.map((c) => c.text)).toEqual(['# only a note', '# another']);
  });
});
