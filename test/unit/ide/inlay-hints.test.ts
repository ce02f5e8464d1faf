import { describe, expect, it } from 'vitest';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { analyzeExample, analyzeText, exampleFiles, memoryHost, offsetOf } from '../helpers/analyze';
import { HAND_CHECKED_STACK } from './fixtures';

describe('inlay hints', () => {
  const analysis = analyzeText(HAND_CHECKED_STACK);
  const hintAtLineOf = (needle: string) => {
    const line = analysis.lines.positionAt(offsetOf(analysis.text, needle)).line;
    return inlayHints(analysis).find((hint) => analysis.lines.positionAt(hint.offset).line === line);
  };

  it('puts LiCoO2’s molar mass, capacity per electron and theoretical capacity at the end of its formula line', () => {
    const hint = hintAtLineOf('LiCoO2');
    expect(hint?.offset).toBe(offsetOf(analysis.text, 'LiCoO2', 0, 'LiCoO2'.length));
    expect(hint?.label).toBe('M 97.87 g/mol · 274 mAh/g per e⁻ · Q_th 274 mAh/g');
    expect(hint?.tooltip).toContain('specific energy Q·V = 546 Wh/kg');
  });

  it('shows a composite’s volume split, capacity and effective conductivities after its name', () => {
    const hint = hintAtLineOf('composite Mix');
    expect(hint?.offset).toBe(offsetOf(analysis.text, 'composite Mix', 0, 'composite Mix'.length));
    expect(hint?.label).toBe('vol% LCO 50 · LPSCl 45 · Fibre 5 │ 102 mAh/g │ σ_ion 0.102 mS/cm · σ_e 0.233 mS/cm');
    expect(hint?.tooltip).toContain('bottleneck: ionic');
  });

  it('shows a cell’s areal capacity, cathode thickness and stack energy after its name', () => {
    expect(hintAtLineOf('cell Stack')?.label).toBe('1.02 mAh/cm² · 29.1 µm · 239 Wh/kg · 502 Wh/L');
  });

  it('reads the ≈6 electrons that LTG’s declared 250 mAh/g implies (the review’s homogeneous sulfide)', () => {
    const ltg = analyzeExample('homogeneous-ltg.cell');
    const [material] = inlayHints(ltg);
    expect(material?.label).toBe('M 644.91 g/mol · 41.6 mAh/g per e⁻ · ≈6.0 e⁻ implied');
  });

  it('marks what cannot be computed with ? and says in the tooltip which density to declare', () => {
    const ltg = analyzeExample('homogeneous-ltg.cell');
    const cell = inlayHints(ltg).find((hint) => hint.offset === offsetOf(ltg.text, 'HomogeneousCell', 0, 'HomogeneousCell'.length));
    expect(cell?.label).toBe('2.5 mAh/cm² · ? µm · ? Wh/kg · ? Wh/L');
    expect(cell?.tooltip).toContain('declare `density` of `LTG`');
  });

  it('gives no hint for a material whose formula does not parse (LI2S)', () => {
    const mistakes = analyzeExample('mistakes.cell');
    const line = mistakes.lines.positionAt(offsetOf(mistakes.text, 'LI2S')).line;
    expect(inlayHints(mistakes).some((hint) => mistakes.lines.positionAt(hint.offset).line === line)).toBe(false);
  });

  it('shows nothing when inlay hints are switched off in the settings', () => {
    expect(inlayHints(analysis, { ...DEFAULT_SETTINGS, inlayHints: { enabled: false } })).toEqual([]);
    expect(inlayHints(analysis).length).toBe(6);
  });

  it('returns only the hints inside a requested range, in document order', () => {
    const start = offsetOf(analysis.text, 'composite Mix');
    const hints = inlayHints(analysis, analysis.settings, { start, end: analysis.text.length });
    expect(hints.map((hint) => hint.label.slice(0, 4))).toEqual(['vol%', '1.02']);
  });
});

describe('inlay hints, short', () => {
  const analysis = analyzeText(HAND_CHECKED_STACK);
  const short = inlayHints(analysis, analysis.settings, undefined, 'short');
  const full = inlayHints(analysis, analysis.settings, undefined, 'full');

  it('keep the main numbers: the molar mass and one capacity, the capacity and σ_eff in one unit, areal capacity and Wh/kg', () => {
    expect(short.slice(-2).map((hint) => hint.label)).toEqual(['102 mAh/g · σ_ion 0.102 · σ_e 0.233 mS/cm', '1.02 mAh/cm² · 239 Wh/kg']);
    expect(short.find((hint) => hint.label.startsWith('M 97.87'))?.label).toBe('M 97.87 g/mol · Q_th 274 mAh/g');
    expect(inlayHints(analyzeExample('homogeneous-ltg.cell'), undefined, undefined, 'short')[0]?.label).toBe('M 644.91 g/mol · ≈6.0 e⁻');
  });

  it('carry the full label at the top of their tooltip, then the same explanation (a label already short stays as it is)', () => {
    expect(short.map((hint) => hint.offset)).toEqual(full.map((hint) => hint.offset));
    let shortened = 0;
    short.forEach((hint, i) => {
      if (hint.label === full[i]!.label) return expect(hint.tooltip).toBe(full[i]!.tooltip);
      shortened++;
      expect(hint.label.length).toBeLessThan(full[i]!.label.length);
      expect(hint.tooltip).toBe(`${full[i]!.label}\n\n${full[i]!.tooltip}`);
    });
    expect(shortened).toBe(3);
  });

  it('fit VS Code’s default cut-off of 43 characters on every example', () => {
    const files = exampleFiles();
    const labels = Object.entries(files).flatMap(([file, text]) =>
      inlayHints(analyzeDocument(file, text, { host: memoryHost(files) }), undefined, undefined, 'short').map((hint) => hint.label),
    );
    expect(labels.length).toBeGreaterThan(15);
    for (const label of labels) expect(label.length, label).toBeLessThanOrEqual(43);
  });
});
