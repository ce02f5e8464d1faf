import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadProjectSettings } from '../../../server/src/core/settings';

const dir = path.join('/projects', 'halide-cells');
const file = path.join(dir, 'cellspec.json');

/** A file system of one directory, as the fronts pass it in. */
const only = (text: string) => (p: string) => (p === file ? text : undefined);

describe('cellspec.json beside the files', () => {
  it('is optional: without one the defaults apply', () => {
    const read: string[] = [];
    const result = loadProjectSettings(dir, (p) => {
      read.push(p);
      return undefined;
    });
    expect(read).toEqual([file]);
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('sets a stricter conduction limit for the cells in its directory', () => {
    const result = loadProjectSettings(dir, only('{ "conductionLimit": 0.05 }'));
    expect(result).toEqual({ settings: { ...DEFAULT_SETTINGS, conductionLimit: 0.05 }, errors: [], file });
  });

  it('accepts keys copied from VS Code settings', () => {
    const text = '{\n  "cellspec.homoCategoryWindowSlack": 0.5,\n  "cellspec.severity": { "anion/mismatch": "error" }\n}\n';
    const { settings, errors } = loadProjectSettings(dir, only(text));
    expect(errors).toEqual([]);
    expect(settings.homoCategoryWindowSlack).toBe(0.5);
    expect(settings.severity).toEqual({ 'anion/mismatch': 'error' });
  });

  it('names the file in a validation error', () => {
    const { errors } = loadProjectSettings(dir, only('{ "conductionLimit": -1 }'));
    expect(errors).toEqual([`${file}: conductionLimit must be a number greater than 0 (got -1)`]);
  });

  it('points at the line and column of a trailing comma', () => {
    const text = '{\n  "conductionLimit": 0.2,\n}\n';
    const result = loadProjectSettings(dir, only(text));
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.errors).toEqual([`${file}:2:25: invalid JSON: remove the trailing comma: JSON does not allow one`]);
    expect(result.file).toBe(file);
  });

  it('points at a missing value, which Node reports without a position', () => {
    const { errors } = loadProjectSettings(dir, only('{ "conductionLimit": }'));
    expect(errors).toEqual([`${file}:1:22: invalid JSON: expected a value, found \`}\``]);
  });

  it('says JSON has no comments', () => {
    const { errors } = loadProjectSettings(dir, only('{\n  // stricter for thick cathodes\n  "conductionLimit": 0.05\n}'));
    expect(errors).toEqual([`${file}:2:3: invalid JSON: JSON does not allow comments`]);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(loadProjectSettings(dir, only('\uFEFF{ "percolationThreshold": 0.05 }')).settings.percolationThreshold).toBe(0.05);
  });
});
