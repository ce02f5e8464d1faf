import { afterEach, describe, expect, it } from 'vitest';
import type { InlayHint, Range } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

const uri = exampleUri('homogeneous-ltg.cell');
const text = exampleText('homogeneous-ltg.cell');
const WHOLE_DOCUMENT: Range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
const labelOf = (hint: InlayHint): string => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

describe('inlay hints on the homogeneous LTG example', () => {
  let editor: TestEditor | undefined;
  const hintsIn = (range: Range) => editor!.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
  afterEach(async () => {
    await editor?.stop();
    editor = undefined;
  });

  /** The full labels, as `cellspec.inlayHints.verbosity: full` writes them. */
  const FULL = { inlayHints: { verbosity: 'full' } };

  it('shows that the declared 250 mAh/g of LTG implies about six electrons, at the end of its formula line', async () => {
    editor = await TestEditor.start({ settings: FULL });
    editor.open(uri, text);
    await editor.diagnosticsFor(uri, 1);
    const hints = await hintsIn(WHOLE_DOCUMENT);
    const formulaLine = lineOf(text, 'formula    Li1.75Ti2');
    const ltg = hints.find((hint) => hint.position.line === formulaLine);
    expect(ltg, `a hint on line ${formulaLine}`).toBeDefined();
    expect(labelOf(ltg!)).toMatch(/M 644\.9\d g\/mol/);
    expect(labelOf(ltg!)).toContain('≈6.0 e⁻ implied');
    expect(ltg!.position.character).toBe(text.split('\n')[formulaLine]!.trimEnd().length);
    expect(ltg!.paddingLeft).toBe(true);
    expect(String(ltg!.tooltip)).toContain('needs ≈6.0 electrons per formula unit');
  });

  it('says the cell stack energy is missing until LTG declares a density', async () => {
    editor = await TestEditor.start({ settings: FULL });
    editor.open(uri, text);
    const hints = await hintsIn(WHOLE_DOCUMENT);
    const cell = hints.find((hint) => hint.position.line === lineOf(text, 'cell HomogeneousCell'));
    expect(labelOf(cell!)).toBe('2.5 mAh/cm² · ? µm · ? Wh/kg · ? Wh/L');
    expect(String(cell!.tooltip)).toContain('declare `density` of `LTG`');
  });

  it('keeps to the range the editor shows: the composite line alone gets only the composite hint', async () => {
    editor = await TestEditor.start({ settings: FULL });
    editor.open(uri, text);
    const line = lineOf(text, 'composite LTGonly');
    const hints = await hintsIn({ start: { line, character: 0 }, end: { line, character: 200 } });
    expect(hints.map(labelOf)).toEqual([expect.stringMatching(/^vol% LTG 92 · pores 8 │ 250 mAh\/g │/)]);
  });

  it('disappear when cellspec.inlayHints.enabled is set to false, and the server asks the editor to refresh them', async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
    expect((await hintsIn(WHOLE_DOCUMENT)).length).toBe(3);
    const refreshes = editor.inlayHintRefreshCount;
    editor.changeSettings({ inlayHints: { enabled: false } });
    await editor.inlayHintRefreshAfter(refreshes);
    expect(await hintsIn(WHOLE_DOCUMENT)).toEqual([]);
  });

  it('are short by default, the full text in each tooltip; `full` and back without a restart', async () => {
    editor = await TestEditor.start();
    editor.open(uri, text);
    const short = await hintsIn(WHOLE_DOCUMENT);
    expect(short.map(labelOf)).toEqual(['M 644.91 g/mol · ≈6.0 e⁻', '250 mAh/g · σ_ion 0.336 · σ_e 279 mS/cm', '2.5 mAh/cm² · ? Wh/kg']);
    expect(String(short[0]!.tooltip).split('\n\n')[0]).toBe('M 644.91 g/mol · 41.6 mAh/g per e⁻ · ≈6.0 e⁻ implied');
    expect(String(short[0]!.tooltip)).toContain('needs ≈6.0 electrons per formula unit');
    expect(String(short[2]!.tooltip).split('\n\n')[0]).toBe('2.5 mAh/cm² · ? µm · ? Wh/kg · ? Wh/L');
    const refreshes = editor.inlayHintRefreshCount;
    editor.changeSettings(FULL);
    await editor.inlayHintRefreshAfter(refreshes);
    const full = await hintsIn(WHOLE_DOCUMENT);
    expect(full.map(labelOf)).toEqual(short.map((hint) => String(hint.tooltip).split('\n\n')[0]));
    // The full label is not repeated in its own tooltip.
    expect(String(full[2]!.tooltip).startsWith('areal capacity 2.5 mAh/cm²')).toBe(true);
  });

  it('fall back to short labels on a verbosity they do not know, and the core settings still apply', async () => {
    editor = await TestEditor.start({ settings: { inlayHints: { enabled: true, verbosity: 'verbose' }, conductionLimit: 0.05 } });
    editor.open(uri, text);
    expect((await hintsIn(WHOLE_DOCUMENT)).map(labelOf)[2]).toBe('2.5 mAh/cm² · ? Wh/kg');
  });

  it('are off from the start when the user has switched them off', async () => {
    editor = await TestEditor.start({ settings: { inlayHints: { enabled: false } } });
    editor.open(uri, text);
    expect(await hintsIn(WHOLE_DOCUMENT)).toEqual([]);
  });
});
