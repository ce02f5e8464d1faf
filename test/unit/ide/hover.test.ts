import { describe, expect, it } from 'vitest';
import { hover } from '../../../server/src/core/ide/hover';
import { analyzeExample, analyzeText, offsetOf } from '../helpers/analyze';
import { HAND_CHECKED_STACK } from './fixtures';

/** The hover at the `occurrence`-th `needle` (plus `delta` characters), with the text it covers. */
function hoverAt(analysis: ReturnType<typeof analyzeText>, needle: string, occurrence = 0, delta = 1) {
  const found = hover(analysis, offsetOf(analysis.text, needle, occurrence, delta));
  return found && { ...found, covers: analysis.text.slice(found.span.start, found.span.end) };
}

describe('hover on a material', () => {
  const ltg = analyzeExample('homogeneous-ltg.cell');

  it('shows LTG’s role, anion class, origin, declared values and the ≈6 electrons its capacity implies', () => {
    const shown = hoverAt(ltg, 'material LTG', 0, 'material '.length + 1)!;
    expect(shown.covers).toBe('LTG');
    expect(shown.contents).toContain('**LTG** · cathode · sulfide — declared in this file (line 6)');
    expect(shown.contents).toContain('Oxidation states: Li +1 · Ti +4 · Ge +4 · P +5 · S −2 · Se −2');
    expect(shown.contents).toContain('| ionic | 0.22–0.66 mS/cm | line 11 |');
    expect(shown.contents).toContain('Source: review Table 1, ref. 24');
    expect(shown.contents).toContain('molar mass M = 644.91 g/mol');
    expect(shown.contents).toContain('≈ 6.0 e⁻ per formula unit implied by the declared 250 mAh/g');
    expect(shown.contents).toContain('σ_e/σ_ion ≈ 830');
  });

  it('shows the same material when hovering a reference to it in a composite', () => {
    const shown = hoverAt(ltg, 'LTG        100 wt%')!;
    expect(shown.covers).toBe('LTG');
    expect(shown.contents).toContain('**LTG** · cathode · sulfide');
  });

  it('cites a library electrolyte’s sources: Li6PS5Cl’s computed window from Zhu et al. 2015', () => {
    const shown = hoverAt(ltg, 'Li6PS5Cl')!;
    expect(shown.contents).toContain('**Li6PS5Cl** · electrolyte · sulfide — built-in library');
    expect(shown.contents).toMatch(/\| window \| 1\.71–2\.01 V \(computed\) \| \[\d\] \|/);
    expect(shown.contents).toContain('doi:10.1021/acsami.5b07517');
    expect(shown.contents).toContain('Also written `LPSCl`');
  });

  it('shows the anode a source reports reducing Li3InCl6 (In/InLi, 0.62 V), cited to Kochetkov et al. 2022', () => {
    const a = analyzeText('cell X {\n  anode LiIn thickness 40 um\n  separator Li3InCl6 thickness 30 um\n  cathode LiCoO2 loading 8 mg/cm2\n}\n');
    const shown = hoverAt(a, 'Li3InCl6')!;
    expect(shown.contents).toMatch(/\| reduced at \| In\/InLi, 0\.62 V vs Li\/Li⁺ \(no reduction limit known: an anode at or below it reduces the electrolyte\) \| \[\d\] \|/);
    expect(shown.contents).toContain('Kochetkov');
  });

  it('says an imported material comes from its file', () => {
    const sulfide = analyzeExample('imports/sulfide-cell.cell');
    const shown = hoverAt(sulfide, 'LiTiFeS')!;
    expect(shown.contents).toContain('imported from `materials.cell` (line 3)');
    expect(shown.contents).toContain('| capacity | 214 mAh/g | materials.cell line 7 |');
  });

  it('reports Li3NiS4 as balanced only through anion redox (sulfur partly at −1)', () => {
    const redox = analyzeExample('anion-redox.cell');
    const shown = hoverAt(redox, 'NickelSulfide')!;
    expect(shown.contents).toContain('balanced only through anion redox');
    expect(shown.contents).toContain('S −1.75');
  });

  it('names what is missing and what to declare', () => {
    const shown = hoverAt(analyzeExample('imports/sulfide-cell.cell'), 'LiTiFeS')!;
    expect(shown.contents).toContain('**Missing** — declare `ionic` (mS/cm) of `LiTiFeS`');
  });

  it('marks a conductivity estimated from the diffusivity as a Nernst–Einstein estimate', () => {
    const text = 'material LCOd {\n  formula     LiCoO2\n  role        cathode\n  diffusivity 1e-10 cm2/s\n  density     5.0 g/cm3\n}\n';
    const shown = hoverAt(analyzeText(text), 'LCOd')!;
    expect(shown.contents).toContain('σ_ion ≈ ');
    expect(shown.contents).toContain('Nernst–Einstein estimate');
  });
});

describe('hover on an element in a formula', () => {
  const argyrodite = analyzeText('material Argyrodite {\n  formula    Li6PS5Cl\n  role       electrolyte\n}\n');

  it('gives chlorine’s Z, IUPAC 2021 weight, Pauling electronegativity, known states and its −1 in Li6PS5Cl', () => {
    const shown = hoverAt(argyrodite, 'Cl', 0, 0)!;
    expect(shown.covers).toBe('Cl');
    expect(shown.contents).toContain('**Cl** — Chlorine · Z = 17');
    expect(shown.contents).toContain('standard atomic weight 35.45 (IUPAC 2021');
    expect(shown.contents).toContain('Pauling electronegativity 3.16');
    expect(shown.contents).toContain('known oxidation states −1, +1, +3, +5, +7');
    // 35.45 / 268.36 g/mol = 13.2 wt%.
    expect(shown.contents).toContain('in `Argyrodite`: 1 per formula unit, 13.2 wt%, oxidation state −1');
  });

  it('treats an amount as part of the element before it (the 5 of S5 is sulfur)', () => {
    const shown = hoverAt(argyrodite, 'S5', 0, 1)!;
    expect(shown.covers).toBe('S');
    expect(shown.contents).toContain('in `Argyrodite`: 5 per formula unit');
  });

  it('reads an element inside a bracketed group of LTG’s formula', () => {
    const shown = hoverAt(analyzeExample('homogeneous-ltg.cell'), 'Ge0.25', 0, 0)!;
    expect(shown.contents).toContain('**Ge** — Germanium · Z = 32');
    expect(shown.contents).toContain('0.75 per formula unit');
  });

  it('reads an ad-hoc formula used as a name the same way', () => {
    const text = 'composite Mix {\n  LiAlCl4    100 wt%\n}\n';
    const shown = hoverAt(analyzeText(text), 'LiAlCl4', 0, 2)!;
    expect(shown.covers).toBe('Al');
    expect(shown.contents).toContain('**Al** — Aluminium · Z = 13');
    expect(shown.contents).toContain('oxidation state +3');
    expect(shown.contents).toContain('ad-hoc formula');
  });
});

describe('hover on a composite and a cell', () => {
  it('shows the starved catholyte’s 8 vol% Li6PS5Cl and that its ionic phase does not percolate', () => {
    const shown = hoverAt(analyzeExample('percolation.cell'), 'StarvedCatholyte')!;
    expect(shown.contents).toMatch(/\| Li6PS5Cl \| [\d.]+ \| 8 \| electrolyte · sulfide \|/);
    expect(shown.contents).toContain('| NCM811 (coated LiNbO3) |');
    expect(shown.contents).toMatch(/σ_eff ionic [\d.]+ mS\/cm through Li6PS5Cl — \*\*does not percolate\*\*/);
    expect(shown.contents).toContain('bottleneck: the ionic path');
  });

  it('recognises LTG alone as dual-conductive, the review’s ICDC cathode', () => {
    const shown = hoverAt(analyzeExample('homogeneous-ltg.cell'), 'LTGonly')!;
    expect(shown.contents).toContain('dual-conductive on its own: yes — LTG');
    expect(shown.contents).toContain('| pores |  | 8 |');
  });

  it('gives the hand-checked composite its capacity, σ_eff per phase and mass shares', () => {
    const shown = hoverAt(analyzeText(HAND_CHECKED_STACK), 'composite Mix', 0, 'composite '.length)!;
    expect(shown.contents).toContain('| LCO | 72.7 | 50 | cathode · oxide |');
    expect(shown.contents).toContain('specific capacity 102 mAh/g of composite');
    expect(shown.contents).toContain('σ_eff ionic 0.102 mS/cm through LPSCl');
    expect(shown.contents).toContain('σ_eff electronic 0.233 mS/cm through LCO, Fibre');
  });

  it('tabulates the stack anode first with thickness, areal mass, energy and voltage losses', () => {
    const analysis = analyzeText(HAND_CHECKED_STACK);
    const shown = hoverAt(analysis, 'cell Stack', 0, 'cell '.length)!;
    const rows = shown.contents.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| layer'));
    expect(rows.map((row) => row.split('|')[1]!.trim())).toEqual(['anode', 'separator', 'cathode', 'stack']);
    expect(shown.contents).toContain('| cathode | Mix | 29.1 µm | 10 mg/cm² |');
    expect(shown.contents).toContain('areal capacity 1.02 mAh/cm² (10 mg/cm² × 102 mAh/g)');
    expect(shown.contents).toContain('stack energy 239 Wh/kg · 502 Wh/L');
    expect(shown.contents).toContain('ions 0.0292 V');
  });

  it('hovering the composite a cell names shows the composite', () => {
    const analysis = analyzeText(HAND_CHECKED_STACK);
    const shown = hoverAt(analysis, 'Mix        loading')!;
    expect(shown.contents).toContain('**Mix** · composite');
  });

  it('names the missing LiIn density in the bilayer cell', () => {
    const shown = hoverAt(analyzeExample('bilayer-halide-catholyte.cell'), 'BilayerCell')!;
    expect(shown.contents).toContain('| separator | Li3InCl6 | 20 µm |');
    expect(shown.contents).toContain('declare `density` of `LiIn`');
  });
});

describe('hover on units, keys and words', () => {
  it('converts a conductivity in S/m to the canonical mS/cm (1 S/m = 10 mS/cm)', () => {
    const analysis = analyzeText('material X {\n  ionic      0.5 S/m\n}\n');
    const shown = hoverAt(analysis, 'S/m', 0, 0)!;
    expect(shown.covers).toBe('0.5 S/m');
    expect(shown.contents).toContain('**S/m** — siemens per metre, a conductivity');
    expect(shown.contents).toContain('`1 S/m = 10 mS/cm`; here 0.5 S/m = 5 mS/cm');
  });

  it('reads a composite fraction as a share of the solid', () => {
    const shown = hoverAt(analyzeExample('percolation.cell'), '88 vol%', 0, 4)!;
    expect(shown.contents).toContain('here 88 vol% = 0.88 as a fraction');
  });

  it('warns on a unit of the wrong dimension (capacity in V)', () => {
    const shown = hoverAt(analyzeExample('mistakes.cell'), '3 V', 0, 2)!;
    expect(shown.contents).toContain('`capacity` expects a specific capacity');
  });

  it('shows the schema’s doc for a property key with its units', () => {
    const shown = hoverAt(analyzeText(HAND_CHECKED_STACK), 'density')!;
    expect(shown.contents).toContain('**density** — material property');
    expect(shown.contents).toContain('Units: `g/cm3`, `kg/m3`');
  });

  it('explains the role words, the layer roles, `coated` and the block keywords', () => {
    const oxide = analyzeExample('oxide-on-sulfide.cell');
    expect(hoverAt(oxide, 'coated', 0)!.contents).toContain('lifts `anion/mismatch` and `window/oxidation`');
    expect(hoverAt(oxide, 'separator  Li6PS5Cl')!.contents).toContain('**separator** — layer role');
    expect(hoverAt(oxide, 'composite BareNCM')!.contents).toContain('**composite** — keyword');
    const stack = analyzeText(HAND_CHECKED_STACK);
    expect(hoverAt(stack, 'electrolyte')!.contents).toContain('**electrolyte** — material role');
    expect(hoverAt(stack, 'loading')!.contents).toContain('**loading** — layer attribute');
  });

  it('names the section of the language reference for keywords, keys, roles and units, and none for a material', () => {
    const oxide = analyzeExample('oxide-on-sulfide.cell');
    const stack = analyzeText(HAND_CHECKED_STACK);
    const declarations = { anchor: '2-declarations', title: '§2 Declarations' };
    expect(hoverAt(oxide, 'composite BareNCM')!.reference).toEqual(declarations);
    expect(hoverAt(oxide, 'coated', 0)!.reference).toEqual(declarations);
    expect(hoverAt(oxide, 'separator  Li6PS5Cl')!.reference).toEqual(declarations);
    expect(hoverAt(stack, 'density')!.reference).toEqual(declarations);
    expect(hoverAt(stack, 'electrolyte')!.reference).toEqual(declarations);
    expect(hoverAt(oxide, '70 wt%', 0, 4)!.reference).toEqual({ anchor: '3-units', title: '§3 Units' });
    expect(hoverAt(oxide, '  NCM811     70 wt%', 0, 3)!.reference).toBeUndefined();
    // The core's markdown carries no link: each front adds its own pointer.
    expect(hoverAt(oxide, 'composite BareNCM')!.contents).not.toContain('](');
  });

  it('says plainly when a name resolves to nothing', () => {
    const shown = hoverAt(analyzeExample('mistakes.cell'), 'Unbalancd')!;
    expect(shown.contents).toContain('not declared, not in the built-in library, and not a valid formula');
  });

  it('shows nothing on white space or a comment', () => {
    const analysis = analyzeExample('oxide-on-sulfide.cell');
    expect(hover(analysis, 3)).toBeUndefined();
    expect(hover(analysis, offsetOf(analysis.text, '70 wt%', 0, -2))).toBeUndefined();
  });
});

describe('hover text from data is shown literally', () => {
  it("NCM811's electrons source keeps n*F/(3.6*M) as written (no italics)", async () => {
    const { hover } = await import('../../../server/src/core/ide/hover');
    const { analyzeText, offsetOf } = await import('../helpers/analyze');
    const text = 'composite C {\n  NCM811 70 wt% coated LiNbO3\n  Li6PS5Cl 30 wt%\n}\n';
    const result = hover(analyzeText(text), offsetOf(text, 'NCM811', 0, 2));
    expect(result?.contents).toContain('n\\*F/(3.6\\*M)');
  });
});
