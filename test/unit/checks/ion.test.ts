/**
 * The working ion (issue #14, docs/language.md §2): read from the materials or declared, and
 * `cell/ion` when a cell or a composite mixes lithium and sodium where that cannot work.
 */
import { describe, expect, it } from 'vitest';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { hover } from '../../../server/src/core/ide/hover';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';
import { analyze, only, spanText } from '../helpers/analyze';

/** The codes found, leaving out conduction (these cells' cathodes are bare formulas with no conductivities). */
const codes = (a: DocumentAnalysis): string[] => a.diagnostics.map((d) => d.code).filter((code) => !code.startsWith('conduction/'));

const cellOf = (lines: string) => `cell C {\n${lines}\n}\n`;

describe('the working ion of a cell', () => {
  it('is read from the materials: Na3PS4 and Na2S make a sodium cell, Li6PS5Cl a lithium one', () => {
    const sodium = analyze(cellOf('  anode Na2S thickness 10 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2'));
    expect(sodium.program.cells[0]!.ion).toEqual({ value: 'Na', from: 'materials' });
    const lithium = analyze(cellOf('  anode LiIn thickness 10 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Li2S loading 5 mg/cm2'));
    expect(lithium.program.cells[0]!.ion).toEqual({ value: 'Li', from: 'materials' });
  });

  it('is lithium when no material carries an ion (hosts only), and a declared `ion` wins', () => {
    const hosts = analyze(cellOf('  anode Graphite thickness 10 um\n  separator Al2O3 thickness 30 um\n  cathode TiS2 loading 5 mg/cm2'));
    expect(hosts.program.cells[0]!.ion).toEqual({ value: 'Li', from: 'default' });
    const declared = analyze(cellOf('  anode Graphite thickness 10 um\n  separator Al2O3 thickness 30 um\n  cathode TiS2 loading 5 mg/cm2\n  ion Na'));
    expect(declared.program.cells[0]!.ion.value).toBe('Na');
    expect(declared.program.cells[0]!.ion.from).toBe('declared');
    expect(spanText(declared, { span: declared.program.cells[0]!.ion.span! })).toBe('Na');
    expect(codes(declared)).toEqual([]);
  });

  it('an unknown ion is a syntax error that offers Li and Na; a second `ion` line is a duplicate', () => {
    const a = analyze(cellOf('  anode Na thickness 10 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2\n  ion K'));
    const [d] = only(a, 'syntax');
    expect(spanText(a, d!)).toBe('K');
    expect(d!.message).toMatch(/one of Li or Na/);
    const twice = analyze(cellOf('  anode Na2S thickness 10 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2\n  ion Na\n  ion Li'));
    expect(codes(twice)).toEqual(['ref/duplicate']);
    expect(twice.program.cells[0]!.ion.value).toBe('Na');
  });
});

describe('cell/ion', () => {
  it('a lithium anode on a sodium conductor under a sodium cathode is an error on the anode, and no window check speaks of it', () => {
    const a = analyze(cellOf('  anode Li thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2'));
    const [d] = only(a, 'cell/ion');
    expect(d!.severity).toBe('error');
    expect(spanText(a, d!)).toBe('Li');
    expect(d!.message).toMatch(/^the anode `Li` stores lithium, but the rest of cell `C` works with sodium \(`Na3PS4`, `Na2S`\)/);
    expect(d!.message).toMatch(/declare `ion Li` if the cell is meant to run on lithium/);
    expect(codes(a)).toEqual(['cell/ion']);
  });

  it('a declared ion makes every material of the other ion an error, whatever the majority', () => {
    const a = analyze(cellOf('  anode Li thickness 20 um\n  separator Li6PS5Cl thickness 30 um\n  cathode Na2S loading 5 mg/cm2\n  ion Na'));
    expect(only(a, 'cell/ion').map((d) => spanText(a, d))).toEqual(['Li', 'Li6PS5Cl']);
    expect(only(a, 'cell/ion')[0]!.message).toMatch(/cell `C` declares `ion Na`/);
  });

  it('inside a composite, the component of the other ion is the error (once, not again on the cell)', () => {
    const text = 'composite K {\n  Na2S 70 wt%\n  Na3PS4 20 wt%\n  Li6PS5Cl 10 wt%\n}\n' + cellOf('  anode Na2S thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 5 mg/cm2');
    const a = analyze(text);
    expect(only(a, 'cell/ion').map((d) => spanText(a, d))).toEqual(['Li6PS5Cl']);
    expect(only(a, 'cell/ion')[0]!.message).toMatch(/composite `K` works with sodium/);
  });

  it('hosts, carbons, binders, collectors and coatings work with either ion', () => {
    const text =
      'composite K {\n  TiS2 70 wt%\n  Na3PS4 25 wt%\n  VGCF 5 wt%\n}\n' +
      cellOf('  anode Na2S thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode K loading 5 mg/cm2\n  collector Al thickness 10 um');
    expect(only(analyze(text), 'cell/ion')).toEqual([]);
  });

  it('no fix is offered when the library has no metal of the cell’s ion to swap in, and the data says which ions', () => {
    const a = analyze(cellOf('  anode Li thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2'));
    const [d] = only(a, 'cell/ion');
    expect(d!.data).toMatchObject({ ion: 'Na', carried: 'Li', material: 'Li' });
    expect(quickFixes(a, { code: d!.code, span: d!.span, data: d!.data }).every((f) => !f.title.includes('Li'))).toBe(true);
  });
});

describe('words of the working ion', () => {
  const sodiumHalideCell =
    'material NYZC {\n  formula Na2.25Y0.25Zr0.75Cl6\n  role electrolyte\n  interphase mixed\n  source "Deysher et al. 2022"\n}\n' +
    'material SodiumMetal {\n  formula Na\n  role anode\n  voltage 0 V\n}\n' +
    cellOf('  anode SodiumMetal thickness 20 um\n  separator NYZC thickness 30 um\n  cathode Na2S loading 5 mg/cm2');

  it('window/reduction in a sodium cell speaks of sodium metal and Na/Na+, and offers no Li–In anode', () => {
    const a = analyze(sodiumHalideCell);
    const [d] = only(a, 'window/reduction');
    expect(d!.message).toContain('(0 V vs Na/Na+)');
    expect(d!.message).toContain('which sodium metal reduces');
    expect(d!.message).not.toMatch(/Li/);
    const fixes = quickFixes(a, { code: d!.code, span: d!.span, data: d!.data });
    expect(fixes.map((f) => f.title).join('\n')).not.toMatch(/Li/);
  });

  it('the cell hover says which ion and gives voltages vs Na/Na⁺', () => {
    const a = analyze(sodiumHalideCell);
    const contents = hover(a, a.text.indexOf('cell C') + 5)!.contents;
    expect(contents).toContain('sodium (from its materials)');
    expect(contents).not.toMatch(/Li\/Li|lithium/);
  });

  it('a key and a role in a sodium block are explained for sodium', () => {
    const a = analyze(sodiumHalideCell);
    const role = hover(a, a.text.indexOf('electrolyte') + 2)!.contents;
    expect(role).toContain('conducts Na ions');
    const voltage = hover(a, a.text.indexOf('voltage') + 2)!.contents;
    expect(voltage).toContain('vs Na/Na+');
    expect(voltage).not.toMatch(/Li\/Li|lithium/);
  });
});

describe('the `ion` line in the editor', () => {
  it('completes to Li and Na after `ion`, and the cell keys after a sodium cell’s layers speak of sodium', async () => {
    const { completions } = await import('../../../server/src/core/ide/completion');
    const text = 'cell C {\n  anode Na thickness 20 um\n  separator Na3PS4 thickness 30 um\n  ion \n}\n';
    const items = completions(analyze(text), text.indexOf('ion ') + 4);
    expect(items.map((i) => i.label)).toEqual(['Li', 'Na']);
    expect(items[1]!.documentation).toContain('Na/Na⁺');
    const keys = completions(analyze(text), text.indexOf('  ion') + 2);
    expect(keys.find((i) => i.label === 'cutoff')!.documentation).toContain('vs Na/Na+');
  });

  it('hovers `Na` after `ion` as the working ion, and formats the line like the other cell properties', async () => {
    const { formatText } = await import('../../../server/src/core/ide/format');
    const text = 'cell C {\n  anode Na thickness 20 um\n  separator Na3PS4 thickness 30 um\n  cathode Na2S loading 5 mg/cm2\n  ion Na\n}\n';
    const a = analyze(text);
    expect(hover(a, text.indexOf('ion Na') + 4)!.contents).toMatch(/^\*\*Na\*\* — working ion\n\nThe cell runs on sodium: .*vs Na\/Na⁺/);
    const formatted = formatText(text) ?? text;
    expect(formatted).toMatch(/\n {2}ion +Na\n/);
    expect(formatText(formatted) ?? formatted).toBe(formatted);
  });
});
