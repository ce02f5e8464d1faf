/**
 * The JSON Schema of cellspec.json and the settings of package.json are generated from the zod
 * schema the CLI and the server validate with (npm run gen:schema): the checked-in files must be
 * exactly what the generator makes, the schema must accept what Cellspec accepts and refuse what
 * it refuses, and the .vsix must ship the schema the manifest registers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  manifestWithSettings,
  PROJECT_SCHEMA_FILE,
  projectFileSchema,
  readManifest,
  renderJson,
  type JsonSchema,
} from '../../../scripts/settings-schema';
import { parseSettings } from '../../../server/src/core/settings';
import { REPO } from '../helpers/analyze';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const manifestText = read('package.json');
const manifest = readManifest(JSON.parse(manifestText));
const schema = JSON.parse(read(PROJECT_SCHEMA_FILE)) as JsonSchema;
type Setting = { enum?: string[]; properties?: Record<string, Setting>; maximum?: number; default?: unknown };
const settingsOf = (m: typeof manifest) => m.contributes.configuration.properties as Record<string, Setting>;

describe('the generated settings schemas (npm run gen:schema)', () => {
  it('schemas/cellspec.schema.json is exactly what the generator makes from the zod schema', () => {
    expect(read(PROJECT_SCHEMA_FILE)).toBe(renderJson(projectFileSchema(manifest)));
  });

  it('package.json’s settings are exactly what the generator makes (test/unit/syntax/manifest.test.ts checks their codes and levels)', () => {
    expect(manifestText).toBe(renderJson(manifestWithSettings(manifest)));
  });

  it('puts back what a hand edit of package.json changed: a level, a code, a bound', () => {
    const drifted = structuredClone(manifest);
    const settings = settingsOf(drifted);
    settings['cellspec.severity']!.properties!['mix/sum']!.enum = ['error', 'warning'];
    delete settings['cellspec.severity']!.properties!['cell/balance'];
    settings['cellspec.percolationThreshold']!.maximum = 0.5;
    settings['cellspec.conductionLimit']!.default = 0.2;
    expect(renderJson(drifted)).not.toBe(manifestText);
    expect(renderJson(manifestWithSettings(drifted))).toBe(manifestText);
  });

  it('accepts every cellspec.json Cellspec accepts, and refuses every one it refuses', () => {
    const validate = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    const inputs: unknown[] = [
      {},
      { $schema: './node_modules/cellspec/schemas/cellspec.schema.json' },
      { conductionLimit: 0.05, percolationThreshold: 1, homoCategoryWindowSlack: 0 },
      { inlayHints: { enabled: false }, severity: { 'anion/mismatch': 'error', 'stoich/anion-redox': 'off' } },
      { 'cellspec.conductionLimit': 0.05, 'cellspec.inlayHints.enabled': true, 'cellspec.severity': { 'mix/sum': 'hint' } },
      { conductionLimit: 0 },
      { 'cellspec.conductionLimit': -1 },
      { percolationThreshold: 1.5 },
      { homoCategoryWindowSlack: -0.1 },
      { inlayHints: { enabled: 'yes' } },
      { inlayHints: { colour: 'grey' } },
      { severity: { 'anion/mismatsh': 'error' } },
      { 'cellspec.severity': { 'mix/sum': 'fatal' } },
      { 'cellspec.validation.debounceMs': 100 },
      { 'cellspec.inlayHints.verbosity': 'full' },
      { inlayHints: { verbosity: 'full' } },
      { conductionLimt: 0.1 },
    ];
    for (const input of inputs) {
      const accepted = parseSettings(input, 'cellspec.json').errors.length === 0;
      expect(validate.safeParse(input).success, JSON.stringify(input)).toBe(accepted);
    }
    expect(inputs.filter((input) => parseSettings(input, 'x').errors.length === 0)).toHaveLength(5);
  });

  it('describes each setting in package.json’s words and each code in its docs/language.md §4 row', () => {
    const definitions = schema.definitions as Record<string, { markdownDescription?: string; properties?: Record<string, { description?: string }> }>;
    expect(definitions['conductionLimit']!.markdownDescription).toBe(
      (settingsOf(manifest)['cellspec.conductionLimit'] as { markdownDescription?: string }).markdownDescription,
    );
    expect(definitions['severity']!.properties!['stoich/charge']!.description).toBe(
      'No charge-balanced assignment of known oxidation states exists (default: warning; docs/language.md §4).',
    );
  });
});

describe('the schema in the extension', () => {
  const contributes = JSON.parse(manifestText).contributes as { jsonValidation: { fileMatch: string; url: string }[] };

  it('is registered for every cellspec.json', () => {
    expect(contributes.jsonValidation).toEqual([{ fileMatch: 'cellspec.json', url: `./${PROJECT_SCHEMA_FILE}` }]);
  });

  it('ships in the .vsix (staged by scripts/package-vsix.mjs and kept by .vscodeignore) and in the npm package', () => {
    expect(read('scripts/package-vsix.mjs')).toContain(`'${PROJECT_SCHEMA_FILE}',`);
    expect(read('.vscodeignore').split('\n')).toContain(`!${PROJECT_SCHEMA_FILE}`);
    expect(JSON.parse(manifestText).files).toContain(PROJECT_SCHEMA_FILE);
  });
});
