import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../../server/src/core/diagnostics';
import { DEFAULT_SETTINGS, SEVERITY_OVERRIDES } from '../../../server/src/core/settings';
import { DEFAULT_INLAY_HINT_VERBOSITY, readEditorSection } from '../../../server/src/lsp/settings';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = (file: string): any => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const settings = manifest.contributes.configuration.properties;
const languageConfiguration = readJson('language-configuration.json');

describe('the extension manifest and declarative files', () => {
  it('offers a severity override for every diagnostic code, with the levels the settings parser accepts', () => {
    const severity = settings['cellspec.severity'];
    expect(Object.keys(severity.properties).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    for (const code of DIAGNOSTIC_CODES) expect(severity.properties[code].enum).toEqual([...SEVERITY_OVERRIDES]);
  });

  it('declares the same defaults as the core: 0.1 V conduction limit, 0.16 percolation, 1.0 V slack', () => {
    expect(settings['cellspec.conductionLimit'].default).toBe(DEFAULT_SETTINGS.conductionLimit);
    expect(settings['cellspec.percolationThreshold'].default).toBe(DEFAULT_SETTINGS.percolationThreshold);
    expect(settings['cellspec.homoCategoryWindowSlack'].default).toBe(DEFAULT_SETTINGS.homoCategoryWindowSlack);
    expect(settings['cellspec.inlayHints.enabled'].default).toBe(DEFAULT_SETTINGS.inlayHints.enabled);
  });

  it('declares the editor-only inlay hint verbosity with the values and default the server reads', () => {
    const verbosity = settings['cellspec.inlayHints.verbosity'];
    expect(verbosity.default).toBe(DEFAULT_INLAY_HINT_VERBOSITY);
    expect(verbosity.enumDescriptions).toHaveLength(verbosity.enum.length);
    for (const value of verbosity.enum) {
      expect(readEditorSection({ inlayHints: { enabled: true, verbosity: value } })).toMatchObject({ inlayHintVerbosity: value, errors: [] });
    }
    expect(readEditorSection({ inlayHints: { verbosity: 'medium' } }).errors).toHaveLength(1);
  });

  it('treats a NASICON formula, a number and a unit each as one word', () => {
    const words = (text: string) => text.match(new RegExp(languageConfiguration.wordPattern, 'g'));
    expect(words('formula Li1.3Al0.3Ti1.7(PO4)3  # LATP')).toEqual(['formula', 'Li1.3Al0.3Ti1.7(PO4)3', 'LATP']);
    expect(words('diffusivity 1e-10 cm2/s')).toEqual(['diffusivity', '1e-10', 'cm2/s']);
    expect(words('NCM811 70 wt%')).toEqual(['NCM811', '70', 'wt%']);
  });

  it('comments with # and indents after an opening brace', () => {
    expect(languageConfiguration.comments.lineComment).toBe('#');
    const increase = new RegExp(languageConfiguration.indentationRules.increaseIndentPattern);
    expect(increase.test('material LTG {  # homogeneous cathode')).toBe(true);
    expect(increase.test('  formula Li6PS5Cl')).toBe(false);
    expect(new RegExp(languageConfiguration.indentationRules.decreaseIndentPattern).test('  }')).toBe(true);
  });
});
