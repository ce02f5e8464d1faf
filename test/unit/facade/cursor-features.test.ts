/**
 * Editor features through the façade (server/src/core/index.ts, what the language server calls),
 * written as cursor-marker fixtures: the `|` is where the user's cursor is.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, completions, definitionAt, hover, quickFixes, type DocumentAnalysis } from '../../../server/src/core';
import { cursor } from '../helpers/cursor';
import { memoryHost, WORKSPACE } from '../helpers/analyze';

const FILE = `${WORKSPACE}/cursor.cell`;

function at(marked: string): { analysis: DocumentAnalysis; offset: number } {
  const { text, offset } = cursor(marked);
  return { analysis: analyzeDocument(FILE, text, { host: memoryHost({ [FILE]: text }) }), offset };
}

const COMPOSITE = (line: string) => `material LCO {\n  formula LiCoO2\n  role cathode\n  voltage 3.9 V\n}\ncomposite C {\n  LCO 70 wt%\n${line}\n  VGCF 3 wt%\n}\n`;

describe('hover', () => {
  it('on a library electrolyte inside a name: its values, each with its source', () => {
    const { analysis, offset } = at(COMPOSITE('  Li6PS5|Cl 27 wt%'));
    const shown = hover(analysis, offset)!;
    expect(shown.contents).toContain('Li6PS5Cl');
    expect(shown.contents).toMatch(/mS\/cm/);
    expect(shown.contents).toMatch(/Zhu et al\. 2015|OBELiX|doi/);
    expect(analysis.text.slice(shown.span.start, shown.span.end)).toBe('Li6PS5Cl');
  });

  it('on an element symbol inside a formula: the element, its weight and its state there', () => {
    const { analysis, offset } = at('material M {\n  formula LiC|oO2\n}\n');
    const shown = hover(analysis, offset)!;
    expect(shown.contents).toContain('Cobalt');
    expect(shown.contents).toContain('+3');
  });

  it('nowhere to hover: a blank line between blocks', () => {
    const { analysis, offset } = at('material M {\n  formula Li2S\n}\n|\n');
    expect(hover(analysis, offset)).toBeUndefined();
  });
});

describe('completion', () => {
  it('a component being typed: library electrolytes that start with what was typed', () => {
    const { analysis, offset } = at(COMPOSITE('  Li6P|'));
    const items = completions(analysis, offset);
    const argyrodite = items.find((c) => c.label === 'Li6PS5Cl');
    expect(argyrodite).toBeDefined();
    // The typed word is what the completion replaces.
    expect(analysis.text.slice(argyrodite!.replace!.start, argyrodite!.replace!.end)).toBe('Li6P');
  });

  it('a property key inside a material block', () => {
    const { analysis, offset } = at('material M {\n  formula Li2S\n  dens|\n}\n');
    expect(completions(analysis, offset).map((c) => c.label)).toContain('density');
  });
});

describe('definition', () => {
  it('a reference goes to its declaration in the same file', () => {
    const { analysis, offset } = at(COMPOSITE('  Li6PS5Cl 27 wt%').replace('  LCO 70 wt%', '  L|CO 70 wt%'));
    const target = definitionAt(analysis, offset)!;
    expect(target.file).toBe(FILE);
    expect(analysis.text.slice(target.span.start, target.span.end)).toBe('LCO');
    expect(analysis.text.lastIndexOf('material LCO', target.span.start)).toBe(0);
  });

  it('a library material goes to its read-only library document', () => {
    const { analysis, offset } = at(COMPOSITE('  Li6PS5Cl 27 wt%').replace('  VGCF 3 wt%', '  VG|CF 3 wt%'));
    const target = definitionAt(analysis, offset)!;
    expect(target.virtualText).toContain('VGCF');
  });
});

describe('code actions at the cursor', () => {
  it('on an uncoated oxide in a sulfide: a compatible electrolyte first, and a coating', () => {
    const { analysis, offset } = at('composite C {\n  NCM|811 70 wt%\n  Li6PS5Cl 27 wt%\n  VGCF 3 wt%\n}\n');
    const here = analysis.diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end);
    expect(here.map((d) => d.code)).toContain('anion/mismatch');
    const titles = here.flatMap((d) => quickFixes(analysis, { code: d.code, span: d.span, data: d.data })).map((f) => f.title);
    expect(titles[0]).toMatch(/^Use \S+ \(/);
    expect(titles).toContain('Coat NCM811 with LiNbO3');
  });

  it('on a typo that reads as a formula: the meant name', () => {
    const { analysis, offset } = at(COMPOSITE('  Li6PS5C|I 27 wt%'));
    const [lookalike] = analysis.diagnostics.filter((d) => d.code === 'ref/lookalike' && d.span.start <= offset && offset <= d.span.end);
    expect(quickFixes(analysis, { code: lookalike!.code, span: lookalike!.span, data: lookalike!.data }).map((f) => f.title)).toEqual(['Change to `Li6PS5Cl`']);
  });
});
