/**
 * Quick fixes, end to end on real documents: the data every diagnostic carries fits its code's
 * declared shape (also after the JSON round trip through the editor), every fix applies inside
 * the document, and no fix that changes the design leaves a warning or an error of a kind the
 * document did not have, nor more problems than before.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/analyze';
import { diagnosticDataSchemas, readDiagnosticData } from '../../../server/src/core/diagnostic-data';
import { DIAGNOSTIC_CODES } from '../../../server/src/core/diagnostics';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import type { Fix } from '../../../server/src/core/api';
import { analyze, exampleFiles, memoryHost } from '../helpers/analyze';

/** Documents with one or more of every fixable mistake, beside the repository's examples. */
const CRAFTED = [
  'material M {\n  formula LiCoO2\n  role cathode\n  capacity 140\n  voltage 3.9 kV\n  density 4.9 V\n  electrons 1 mol\n  percolation 16 vol%\n  ionic 0.001 mS cm-1\n}\n',
  'material N {\n  formula LiCoO2\n  capacity 0.14 Ah/g\n  voltage 4.3 V .. 3.0 V\n}\n',
  'composite C {\n  NCM811 70 wt%\n  Li6PS5CI 27 wt%\n  VGCF 3 wt%\n}\ncomposite D {\n  LiCo02 60 wt%\n  Li3InCl6 30 wt%\n}\n',
  'cell X {\n  anode Li thickness 20 um\n  separator Li3InCl6 thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n',
  'cell Y {\n  anode LiIn thickness 40 um\n  separator Li6PS5Cl thickness 30 um\n  cathode NCM811 loading 10 mg/cm2\n}\n',
];

function documents(): DocumentAnalysis[] {
  const files = exampleFiles();
  const host = memoryHost(files);
  return [...Object.entries(files).map(([file, text]) => analyzeDocument(file, text, { host })), ...CRAFTED.map((text) => analyze(text))];
}

function apply(text: string, fix: Fix): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

const problems = (a: DocumentAnalysis) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
const CORRECTIONS = new Set(['syntax', 'ref/undefined', 'ref/lookalike', 'formula/syntax', 'formula/element']);

describe('diagnostic data', () => {
  it('has a declared shape for every code', () => {
    expect(Object.keys(diagnosticDataSchemas()).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it('of every diagnostic of the examples and the crafted documents fits its shape, also after JSON', () => {
    let checked = 0;
    for (const analysis of documents()) {
      for (const d of analysis.diagnostics) {
        const roundTripped = d.data === undefined ? undefined : JSON.parse(JSON.stringify(d.data));
        expect(diagnosticDataSchemas()[d.code].safeParse(roundTripped).success, `${d.code}: ${JSON.stringify(roundTripped)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('read back from the editor: malformed or stale data is no data, never a throw', () => {
    expect(readDiagnosticData('window/reduction', { interlayers: 'Li6PS5Cl' })).toBeUndefined();
    expect(readDiagnosticData('formula/element', { suggestion: 'Li2S', replace: { start: 5, end: 2 } })).toBeUndefined();
    expect(readDiagnosticData('mix/sum', null)).toBeUndefined();
    expect(readDiagnosticData('ref/lookalike', { replacement: 'Li6PS5Cl', slip: 'confusable' })).toEqual({ replacement: 'Li6PS5Cl', slip: 'confusable' });
    const a = analyze('composite C {\n  Li6PS5Cl 50 wt%\n  Li2S 40 wt%\n}\n');
    expect(quickFixes(a, { code: 'mix/sum', span: { start: 0, end: 1 }, data: { total: 'ninety', edits: [] } })).toEqual([]);
    expect(quickFixes(a, { code: 'no/such-code', span: { start: 0, end: 1 }, data: {} })).toEqual([]);
  });
});

describe('fixes that the data now drives', () => {
  const fixesOf = (text: string, code: string) => {
    const a = analyze(text);
    const d = a.diagnostics.find((x) => x.code === code)!;
    return { a, fixes: quickFixes(a, { code: d.code, span: d.span, data: d.data }) };
  };

  it('unit/dimension: a bare number gets the unit, a wrong unit is swapped, a plain-number key loses it', () => {
    const material = (line: string) => `material M {\n  formula LiCoO2\n  ${line}\n}\n`;
    const bare = fixesOf(material('density 4.9'), 'unit/dimension');
    expect(apply(bare.a.text, bare.fixes[0]!)).toBe(material('density 4.9 g/cm3'));
    const wrong = fixesOf(material('density 4.9 V'), 'unit/dimension');
    expect(apply(wrong.a.text, wrong.fixes[0]!)).toBe(material('density 4.9 g/cm3'));
    const plain = fixesOf(material('electrons 1 mol'), 'unit/dimension');
    expect(apply(plain.a.text, plain.fixes[0]!)).toBe(material('electrons 1'));
    const percent = fixesOf(material('percolation 16 vol%'), 'unit/dimension');
    expect(apply(percent.a.text, percent.fixes[0]!)).toBe(material('percolation 0.16'));
    for (const fixed of ['density 4.9 g/cm3', 'electrons 1', 'percolation 0.16']) expect(analyze(material(fixed)).diagnostics).toEqual([]);
  });

  it('unit/unknown of another scale rewrites the quantity: 0.14 Ah/g is 140 mAh/g', () => {
    const { a, fixes } = fixesOf('material M {\n  formula LiCoO2\n  capacity 0.14 Ah/g\n}\n', 'unit/unknown');
    expect(fixes.map((f) => f.title)).toEqual(['Change to `140 mAh/g`']);
    expect(apply(a.text, fixes[0]!)).toContain('capacity 140 mAh/g\n');
  });

  it('value/range written high end first is swapped', () => {
    const { a, fixes } = fixesOf('material M {\n  formula LiCoO2\n  voltage 4.3 V .. 3.0 V\n}\n', 'value/range');
    const fixed = apply(a.text, fixes[0]!);
    expect(fixed).toContain('voltage 3.0 V .. 4.3 V\n');
    expect(analyze(fixed).diagnostics).toEqual([]);
  });

  it('a separator swap never brings in an electrolyte the anode reduces, and the message names one that fits', () => {
    const text = CRAFTED[4]!;
    const a = analyze(text);
    const mismatch = a.diagnostics.find((d) => d.code === 'anion/mismatch')!;
    const fixes = quickFixes(a, { code: mismatch.code, span: mismatch.span, data: mismatch.data });
    const swaps = fixes.filter((f) => f.title.startsWith('Use '));
    expect(swaps.length).toBeGreaterThan(0);
    for (const swap of swaps) expect(analyze(apply(text, swap)).diagnostics.map((d) => d.code), swap.title).not.toContain('window/reduction');
    const suggested = /such as (\S+?)\.$/.exec(mismatch.message)![1]!;
    expect(swaps[0]!.title.startsWith(`Use ${suggested} `)).toBe(true);
  });
});

describe('no design fix leaves a new kind of problem or more problems', () => {
  it('holds for every fix offered on the examples and the crafted documents', () => {
    let tried = 0;
    for (const analysis of documents()) {
      const before = problems(analysis);
      const kinds = new Set(before.map((d) => d.code));
      for (const d of analysis.diagnostics) {
        if (CORRECTIONS.has(d.code)) continue;
        for (const fix of quickFixes(analysis, { code: d.code, span: d.span, data: d.data })) {
          const after = problems(analyzeDocument(`${analysis.file}.fixed.cell`, apply(analysis.text, fix), { host: analysis.host, settings: analysis.settings }));
          const label = `${analysis.file}: ${d.code} → ${fix.title}`;
          expect(after.filter((x) => !kinds.has(x.code)).map((x) => x.message), label).toEqual([]);
          expect(after.length, label).toBeLessThan(before.length);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
  });
});
