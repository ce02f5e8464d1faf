import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../server/src/core/diagnostics';
import {
  applySeverity,
  DEFAULT_SETTINGS,
  parseSettings,
  settingsSchema,
} from '../../../server/src/core/settings';

describe('the default settings of docs/language.md §7', () => {
  it('allow 0.1 V of conduction loss, percolate at 0.29 of the solid and give homo-category contacts 1.0 V of slack', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      conductionLimit: 0.1,
      percolationThreshold: 0.29,
      homoCategoryWindowSlack: 1.0,
      inlayHints: { enabled: true },
      severity: {},
    });
  });

  it('apply when there are no settings at all', () => {
    expect(parseSettings(undefined, 'cellspec.json')).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(parseSettings({}, 'cellspec.json')).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });
});

describe('parsing settings', () => {
  it('merges a partial input over the defaults', () => {
    const { settings, errors } = parseSettings({ conductionLimit: 0.2, inlayHints: { enabled: false } }, 'cellspec.json');
    expect(errors).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, conductionLimit: 0.2, inlayHints: { enabled: false } });
  });

  it('accepts the VS Code spelling copied from settings.json', () => {
    const { settings, errors } = parseSettings(
      {
        'cellspec.conductionLimit': 0.05,
        'cellspec.inlayHints.enabled': false,
        'cellspec.severity': { 'window/oxidation': 'error' },
      },
      'cellspec.json',
    );
    expect(errors).toEqual([]);
    expect(settings.conductionLimit).toBe(0.05);
    expect(settings.inlayHints.enabled).toBe(false);
    expect(settings.severity).toEqual({ 'window/oxidation': 'error' });
  });

  it('ignores the $schema key editors add to JSON files', () => {
    expect(parseSettings({ $schema: './cellspec.schema.json', percolationThreshold: 0.03 }, 'cellspec.json')).toEqual({
      settings: { ...DEFAULT_SETTINGS, percolationThreshold: 0.03 },
      errors: [],
    });
  });

  it('rejects a negative conduction limit in one clear line, and keeps the other settings', () => {
    const { settings, errors } = parseSettings({ conductionLimit: -1, homoCategoryWindowSlack: 0.5 }, 'cellspec.json');
    expect(errors).toEqual(['cellspec.json: conductionLimit must be a number greater than 0 (got -1)']);
    expect(settings.conductionLimit).toBe(0.1);
    expect(settings.homoCategoryWindowSlack).toBe(0.5);
  });

  it('names a key the way it was written', () => {
    const { errors } = parseSettings({ 'cellspec.conductionLimit': '0.2' }, 'cellspec.json');
    expect(errors).toEqual(['cellspec.json: cellspec.conductionLimit must be a number greater than 0 (got "0.2")']);
  });

  it('rejects a percolation threshold of 16: it is a volume fraction, at most 1', () => {
    const { settings, errors } = parseSettings({ percolationThreshold: 16 }, 'VS Code settings');
    expect(errors).toEqual(['VS Code settings: percolationThreshold must be a number greater than 0 and at most 1 (got 16)']);
    expect(settings.percolationThreshold).toBe(0.29);
    expect(parseSettings({ percolationThreshold: 1 }, 'x').errors).toEqual([]);
  });

  it('allows no slack at all, but not a negative one', () => {
    expect(parseSettings({ homoCategoryWindowSlack: 0 }, 'x').settings.homoCategoryWindowSlack).toBe(0);
    expect(parseSettings({ homoCategoryWindowSlack: -0.5 }, 'x').errors).toEqual([
      'x: homoCategoryWindowSlack must be a number of at least 0 (got -0.5)',
    ]);
  });

  it('wants true or false for inlay hints', () => {
    expect(parseSettings({ inlayHints: { enabled: 'yes' } }, 'x').errors).toEqual([
      'x: inlayHints.enabled must be true or false (got "yes")',
    ]);
  });

  it('suggests the setting meant by a misspelt key', () => {
    const { settings, errors } = parseSettings({ conductionLimt: 0.2 }, 'cellspec.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^cellspec\.json: unknown setting `conductionLimt`; did you mean `conductionLimit`\?/);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads severity overrides keyed by diagnostic code', () => {
    const { settings, errors } = parseSettings({ severity: { 'anion/mismatch': 'error', 'stoich/anion-redox': 'off' } }, 'x');
    expect(errors).toEqual([]);
    expect(settings.severity).toEqual({ 'anion/mismatch': 'error', 'stoich/anion-redox': 'off' });
  });

  it('rejects an unknown diagnostic code with the closest one, keeping the valid overrides', () => {
    const { settings, errors } = parseSettings({ severity: { 'anion/mismatsh': 'error', 'mix/sum': 'warning' } }, 'cellspec.json');
    expect(errors).toEqual(['cellspec.json: severity: `anion/mismatsh` is not a diagnostic code; did you mean `anion/mismatch`?']);
    expect(settings.severity).toEqual({ 'mix/sum': 'warning' });
  });

  it('rejects a severity that LSP does not have', () => {
    expect(parseSettings({ severity: { 'mix/sum': 'fatal' } }, 'x').errors).toEqual([
      'x: severity.mix/sum must be one of "error", "warning", "information", "hint", "off" (got "fatal")',
    ]);
  });

  it('rejects settings that are not an object', () => {
    expect(parseSettings([0.1], 'cellspec.json')).toEqual({
      settings: DEFAULT_SETTINGS,
      errors: ['cellspec.json: settings must be a JSON object, got an array [0.1]'],
    });
  });

  it('reports a setting given in both spellings and uses the first', () => {
    const { settings, errors } = parseSettings({ conductionLimit: 0.2, 'cellspec.conductionLimit': 0.3 }, 'x');
    expect(settings.conductionLimit).toBe(0.2);
    expect(errors).toEqual(['x: `conductionLimit` is given twice (as `conductionLimit` and as `cellspec.conductionLimit`); the first is used']);
  });

  it('exposes a strict zod schema: unknown keys fail', () => {
    expect(settingsSchema().safeParse({ conductionLimit: 0.2 }).success).toBe(true);
    expect(settingsSchema().safeParse({ conductionlimit: 0.2 }).success).toBe(false);
    expect(settingsSchema().safeParse({ inlayHints: { enable: true } }).success).toBe(false);
  });
});

describe('severity overrides', () => {
  const mismatch = diagnostic('anion/mismatch', { start: 40, end: 46 }, 'NCM811 (oxide) touches Li6PS5Cl (sulfide) with no coating');
  const redox = diagnostic('stoich/anion-redox', { start: 10, end: 17 }, 'Li3NiS4 balances only with S at -1');
  const mixSum = diagnostic('mix/sum', { start: 0, end: 9 }, 'fractions add up to 95 %');

  it('raise an anion mismatch from warning to error', () => {
    const settings = parseSettings({ severity: { 'anion/mismatch': 'error' } }, 'x').settings;
    const [d] = applySeverity([mismatch], settings);
    expect(mismatch.severity).toBe('warning');
    expect(d).toEqual({ ...mismatch, severity: 'error' });
  });

  it('drop a code set to off and leave the others, in order', () => {
    const settings = parseSettings({ severity: { 'stoich/anion-redox': 'off' } }, 'x').settings;
    expect(applySeverity([mixSum, redox, mismatch], settings)).toEqual([mixSum, mismatch]);
  });

  it('change nothing by default', () => {
    expect(applySeverity([mixSum, redox, mismatch], DEFAULT_SETTINGS)).toEqual([mixSum, redox, mismatch]);
  });
});
