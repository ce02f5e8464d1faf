/**
 * Done-criteria of issue #14 on the sodium example: every message, related message, quick-fix
 * title, hover and inlay hint of a sodium cell is worded for sodium — nothing speaks of Li/Li⁺,
 * a Li-depleted layer, lithium metal or a Li–In anode — and the stack energy of a sodium cell is
 * computed, checked here against a number worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { hintsOfCell } from '../../../server/src/core/compute';
import { hover } from '../../../server/src/core/ide/hover';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { computeReport, renderText } from '../../../server/src/core/report';
import { analyzeExample } from '../helpers/analyze';

/** What a lithium-worded text says: the Li/Li⁺ reference, a Li-depleted layer, lithium, Li ions or a Li–In anode. */
const LITHIUM_WORDS = /Li\/Li|Li-depleted|lithium|Li⁺|Li\+|Li-ion|Li ions|Li–In|Li-In|LiIn\b/;

describe('a sodium cell is worded for sodium', () => {
  const analysis = analyzeExample('sodium-cell.cell');
  const text = analysis.text;

  it('is read as sodium, and its findings are the ones its comment expects', () => {
    expect(analysis.program.cells.map((c) => [c.name, c.ion.value, c.ion.from])).toEqual([
      ['HydroborateCell', 'Na', 'declared'],
      ['SulfideCell', 'Na', 'materials'],
    ]);
    expect(analysis.program.composites.map((c) => c.ion)).toEqual(['Na', 'Na']);
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
  });

  it('every diagnostic message and related message', () => {
    for (const d of analysis.diagnostics) {
      expect(d.message, d.code).not.toMatch(LITHIUM_WORDS);
      for (const r of d.related ?? []) expect(r.message, d.code).not.toMatch(LITHIUM_WORDS);
    }
    expect(analysis.diagnostics.some((d) => d.message.includes('vs Na/Na+'))).toBe(true);
    expect(analysis.diagnostics.some((d) => d.message.includes('with sodium too'))).toBe(true);
  });

  it('every quick-fix title', () => {
    let offered = 0;
    for (const d of analysis.diagnostics) {
      for (const fix of quickFixes(analysis, { code: d.code, span: d.span, data: d.data })) {
        expect(fix.title, d.code).not.toMatch(LITHIUM_WORDS);
        offered++;
      }
    }
    expect(offered).toBeGreaterThan(3);
  });

  it('every hover, at every offset of the file (but the `ion` key, whose doc names both ions)', () => {
    const ionKey = text.indexOf('  ion ') + 2;
    let hovers = 0;
    for (let offset = 0; offset < text.length; offset++) {
      if (offset >= ionKey && offset < ionKey + 3) continue;
      const shown = hover(analysis, offset);
      if (!shown) continue;
      hovers++;
      expect(shown.contents, `hover at ${offset} (${JSON.stringify(text.slice(shown.span.start, shown.span.end))})`).not.toMatch(LITHIUM_WORDS);
    }
    expect(hovers).toBeGreaterThan(200);
    expect(hover(analysis, text.indexOf('cell HydroborateCell') + 6)!.contents).toContain('vs Na/Na⁺');
  });

  it('every inlay hint and its tooltip, and the text report', () => {
    const hints = inlayHints(analysis);
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) {
      expect(hint.label).not.toMatch(LITHIUM_WORDS);
      expect(hint.tooltip ?? '').not.toMatch(LITHIUM_WORDS);
    }
    const report = renderText(computeReport(analysis.program, analysis.settings));
    expect(report).not.toMatch(LITHIUM_WORDS);
    expect(report).toContain('sodium (declared)');
  });
});

describe('the stack energy of a sodium cell', () => {
  it('is computed, and is the number worked out by hand', () => {
    const analysis = analyzeExample('sodium-cell.cell');
    const cell = analysis.program.cells.find((c) => c.name === 'HydroborateCell')!;
    const hints = hintsOfCell(analysis.hints, cell, analysis.settings);
    // Cathode: 10 mg/cm2 × 0.70 NaCrO2 × 120 mAh/g = 0.84 mAh/cm2 at 3.0 V against Na (0 V).
    expect(hints.arealCapacityMAhPerCm2.value).toBeCloseTo(0.84, 9);
    expect(hints.cellVoltageV.value).toBeCloseTo(3.0, 9);
    // Areal masses: Na 20 µm × 0.968 = 1.936; borate 50 µm × 1.159 = 5.795; cathode 10; Al 10 µm × 2.70 = 2.70.
    const mass = 1.936 + 5.795 + 10 + 2.7;
    expect(hints.totalArealMassMgPerCm2.value).toBeCloseTo(mass, 9);
    // 0.84 mAh/cm2 × 3.0 V = 2.52 mWh/cm2 over 20.431 mg/cm2 = 123.3 Wh/kg.
    expect(hints.specificEnergyWhPerKg.value).toBeCloseTo((0.84 * 3.0 * 1000) / mass, 6);
    expect(hints.specificEnergyWhPerKg.value).toBeCloseTo(123.34, 2);
    // Thickness: the cathode is 10 mg/cm2 / ρ_solid, 1/ρ_solid = 0.70/4.12 + 0.25/1.159 + 0.05/2.0.
    const cathodeUm = (10e-3 * (0.7 / 4.12 + 0.25 / 1.159 + 0.05 / 2.0)) * 1e4;
    expect(hints.cathodeThicknessUm.value).toBeCloseTo(cathodeUm, 6);
    expect(hints.energyDensityWhPerL.value).toBeCloseTo((0.84 * 3.0) / ((20 + 50 + cathodeUm + 10) * 1e-4), 6);
    // N/P: sodium metal at 1166 mAh/g, 1.936 mg/cm2 → 2.257 mAh/cm2 over 0.84.
    expect(hints.capacityRatio.value).toBeCloseTo((1.936 * 1.166) / 0.84, 6);
  });
});
