import { describe, expect, it } from 'vitest';
import type { Completion } from '../../../server/src/core/api';
import { completions } from '../../../server/src/core/ide/completion';
import { analyzeText } from '../helpers/analyze';

/** Completions at the `▮` of a text (the marker is removed before analysis). */
function complete(marked: string, files: Record<string, string> = {}): { items: Completion[]; text: string } {
  const offset = marked.indexOf('▮');
  const text = marked.replace('▮', '');
  return { items: completions(analyzeText(text, files), offset), text };
}

const labels = (items: readonly Completion[]): string[] => items.map((item) => item.label);
const replaced = (result: { items: Completion[]; text: string }, label: string): string | undefined => {
  const item = result.items.find((i) => i.label === label);
  return item?.replace && result.text.slice(item.replace.start, item.replace.end);
};

describe('completion at the top level', () => {
  it('offers the block keywords, then the snippets of snippets/cellspec.json', () => {
    const result = complete('# a new file\n\nmat▮');
    expect(labels(result.items.filter((item) => item.kind === 'keyword'))).toEqual(['import', 'material', 'composite', 'cell']);
    expect(labels(result.items.filter((item) => item.kind === 'snippet'))).toEqual(expect.arrayContaining(['material-electrolyte', 'composite', 'cell']));
    expect(replaced(result, 'material')).toBe('mat');
    const snippet = result.items.find((item) => item.label === 'cell' && item.kind === 'snippet')!;
    expect(snippet.detail).toBe('Cell stack');
    expect(snippet.insertText).toContain('separator  ${4|Li6PS5Cl,Li3InCl6|}');
  });

  it('offers nothing while a declaration’s name is typed, in a comment, or in a string', () => {
    expect(complete('material ▮').items).toEqual([]);
    expect(complete('material X { # role ▮\n}').items).toEqual([]);
    expect(complete('material X {\n  source "Table 1▮"\n}').items).toEqual([]);
  });
});

describe('completion in a material', () => {
  it('offers the keys not yet written, above and below the cursor, with their docs', () => {
    const { items } = complete('material NCM {\n  formula    LiNi0.8Co0.1Mn0.1O2\n  ▮\n  voltage    3.8 V\n}\n');
    expect(labels(items)).not.toContain('formula');
    expect(labels(items)).not.toContain('voltage');
    expect(labels(items)).toContain('capacity');
    expect(items.find((item) => item.label === 'density')?.documentation).toContain('g/cm3');
  });

  it('offers the seven roles after `role` and the two interphase kinds after `interphase`', () => {
    expect(labels(complete('material X {\n  role ca▮\n}').items)).toEqual(['cathode', 'electrolyte', 'anode', 'carbon', 'binder', 'coating', 'collector']);
    expect(labels(complete('material X {\n  interphase ▮\n}').items)).toEqual(['passivating', 'mixed']);
  });

  it('offers the units of the key’s dimension after a number, with the conversion', () => {
    const result = complete('material X {\n  ionic      0.5 ▮\n}');
    expect(labels(result.items)).toEqual(['S/cm', 'mS/cm', 'uS/cm', 'S/m']);
    expect(result.items.find((item) => item.label === 'S/m')?.detail).toContain('1 S/m = 10 mS/cm');
    expect(labels(complete('material X {\n  window     1.7 V .. 2.3 ▮\n}').items)).toEqual(['V', 'mV']);
  });

  it('completes a unit typed right after its number, replacing only the unit part', () => {
    const result = complete('material X {\n  voltage    2.5m▮\n}');
    expect(labels(result.items)).toEqual(['V', 'mV']);
    expect(replaced(result, 'mV')).toBe('m');
  });

  it('offers nothing while a number is being typed', () => {
    expect(complete('material X {\n  voltage    2.5▮\n}').items).toEqual([]);
  });

  it('offers element symbols with their names inside a formula, replacing the symbol being typed', () => {
    const result = complete('material X {\n  formula    Li6PS5C▮\n}');
    expect(result.items).toHaveLength(118);
    expect(result.items.find((item) => item.label === 'Cl')?.detail).toBe('Chlorine · Z 17 · 35.45 g/mol');
    expect(replaced(result, 'Cl')).toBe('C');
    expect(replaced(complete('material X {\n  formula    Li1.3Al0.3Ti1.7(▮\n}'), 'P')).toBe('');
  });
});

describe('completion in a composite', () => {
  it('offers materials (declared first, then the library with role and anion class) and porosity', () => {
    const { items } = complete('material LTG {\n  formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3\n  role       cathode\n}\n\ncomposite C {\n  ▮\n}\n');
    expect(items.find((item) => item.label === 'LTG')?.detail).toBe('cathode · sulfide — declared');
    expect(items.find((item) => item.label === 'Li6PS5Cl')?.detail).toBe('electrolyte · sulfide — library');
    expect(items.find((item) => item.label === 'LPSCl')?.detail).toBe('Li6PS5Cl · electrolyte · sulfide — library');
    expect(labels(items)).toContain('porosity');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]!.label).toBe('LTG');
  });

  it('leaves out collectors, composites and the components already listed', () => {
    const result = labels(complete('composite C {\n  NCM811     70 wt%\n  ▮\n}\ncomposite D {\n  VGCF 100 wt%\n}\n').items);
    expect(result).not.toContain('NCM811');
    expect(result).not.toContain('Al');
    expect(result).not.toContain('D');
    expect(result).toContain('VGCF');
  });

  it('offers wt% and vol% after a fraction, `coated` after the unit, then the coatings first', () => {
    expect(labels(complete('composite C {\n  NCM811     70 ▮\n}').items)).toEqual(['wt%', 'vol%']);
    expect(labels(complete('composite C {\n  NCM811     70 wt%  ▮\n}').items)).toEqual(['coated']);
    const coatings = complete('composite C {\n  NCM811     70 wt%  coated ▮\n}').items;
    expect(labels(coatings)).toContain('LiNbO3');
    const first = [...coatings].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0]!;
    expect(first.detail).toContain('coating');
    expect(labels(coatings)).not.toContain('NCM811');
  });
});

describe('completion in a cell', () => {
  const composite = 'composite K {\n  NCM811     70 wt%\n  Li6PS5Cl   30 wt%\n}\n';

  it('offers the layer roles and the cell properties not yet written', () => {
    expect(labels(complete('cell X {\n  rate 1 C\n  ▮\n}').items)).toEqual(['anode', 'separator', 'cathode', 'collector', 'cutoff', 'ion']);
  });

  it('offers only electrolytes for a separator', () => {
    const { items } = complete('cell X {\n  separator ▮\n}');
    expect(labels(items)).toContain('Li6PS5Cl');
    expect(labels(items)).toContain('Li3InCl6');
    expect(items.every((item) => item.detail?.includes('electrolyte'))).toBe(true);
  });

  it('offers cathode materials and composites for the cathode, composites first', () => {
    const { items } = complete(`${composite}cell X {\n  cathode ▮\n}`);
    expect(labels(items)).toContain('K');
    expect(labels(items)).toContain('NCM811');
    expect(labels(items)).not.toContain('Li6PS5Cl');
    expect(items.find((item) => item.label === 'K')?.detail).toBe('composite — declared');
  });

  it('offers anodes for the anode and collectors for a collector', () => {
    const anodes = labels(complete('cell X {\n  anode ▮\n').items);
    expect(anodes).toEqual(expect.arrayContaining(['Li', 'LiIn', 'Graphite']));
    expect(anodes).not.toContain('NCM811');
    expect(labels(complete('cell X {\n  collector ▮\n}').items)).toEqual(expect.arrayContaining(['Al', 'Cu']));
  });

  it('offers thickness and loading after the layer’s material (loading first for a cathode), then their units', () => {
    expect(labels(complete('cell X {\n  anode LiIn ▮\n}').items)).toEqual(['thickness', 'loading']);
    expect(labels(complete(`${composite}cell X {\n  cathode K ▮\n}`).items)).toEqual(['loading', 'thickness']);
    expect(labels(complete(`${composite}cell X {\n  cathode K loading 15 mg/cm2 ▮\n}`).items)).toEqual(['thickness']);
    expect(labels(complete('cell X {\n  anode LiIn thickness 40 ▮\n}').items)).toEqual(['um', 'nm', 'mm', 'cm']);
    expect(labels(complete('cell X {\n  rate 0.5 ▮\n}').items)).toEqual(['C', 'mA/cm2']);
  });

  it('works in an unclosed block that a later declaration follows', () => {
    expect(labels(complete('cell X {\n  separator Li6PS5Cl thickness 30 um\n  ▮\n\nmaterial Y {\n  role anode\n}\n').items)).toContain('cathode');
  });
});
