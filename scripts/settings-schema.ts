/**
 * The JSON Schema of `cellspec.json` and the settings of package.json, both generated from the
 * zod schema the CLI and the server validate settings with (core/settings), so that an editor's
 * validation cannot drift from what Cellspec accepts. Validation (types, bounds, enums, keys,
 * defaults) comes from the core; the words come from package.json's `markdownDescription`s and,
 * for each diagnostic code, from its row of docs/language.md §4. `scripts/gen-schema.ts` writes
 * both; a unit test regenerates them and compares.
 */
import { z } from 'zod';
import { diagnosticHelp } from '../server/src/core/diagnostic-help';
import { DEFAULT_SETTINGS, SETTING_KEYS, settingsSchema } from '../server/src/core/settings';
import { markdownAsPlainText } from '../server/src/core/text/plain-text';

export type JsonSchema = { [keyword: string]: unknown };

export const PROJECT_SCHEMA_FILE = 'schemas/cellspec.schema.json';
const SETTING_PREFIX = 'cellspec.';

/** The keywords that say what a value may be; everything else of a package.json setting (scope, words, order) is the manifest's own. */
const VALIDATION_KEYWORDS = ['type', 'default', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'enum', 'properties', 'additionalProperties'];

/** The parts of package.json read here. */
const manifestSchema = z.looseObject({
  contributes: z.looseObject({
    configuration: z.looseObject({
      properties: z.record(z.string(), z.looseObject({ markdownDescription: z.string().optional() })),
    }),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** package.json, validated; the object itself is returned, since zod's copy would reorder its keys. */
export function readManifest(json: unknown): Manifest {
  manifestSchema.parse(json);
  return json as Manifest;
}

/**
 * The settings as JSON Schema draft 7, straight from zod, except that a record keyed by an enum
 * (`severity`: code → level) lists one property per key, so that editors complete the codes.
 */
export function settingsJsonSchema(): JsonSchema {
  return z.toJSONSchema(settingsSchema(), {
    target: 'draft-07',
    override: ({ jsonSchema }) => {
      const keys = (jsonSchema.propertyNames as JsonSchema | undefined)?.enum;
      const value = jsonSchema.additionalProperties;
      if (!Array.isArray(keys) || typeof value !== 'object') return;
      jsonSchema.properties = Object.fromEntries(keys.map((key) => [String(key), { ...value }]));
      jsonSchema.additionalProperties = false;
      delete jsonSchema.propertyNames;
    },
  }) as JsonSchema;
}

/** The schema of a dotted setting path (`inlayHints.enabled`) inside a settings schema. */
function settingAt(schema: JsonSchema, dotted: string): JsonSchema {
  if (dotted === '') return schema;
  return dotted.split('.').reduce<JsonSchema>((node, key) => {
    const child = (node.properties as Record<string, JsonSchema> | undefined)?.[key];
    if (!child) throw new Error(`the settings schema has no \`${dotted}\``);
    return child;
  }, schema);
}

function defaultAt(dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], DEFAULT_SETTINGS);
}

/** Each setting with its default and package.json's words; each diagnostic code with its §4 summary and default. */
function describedSettings(manifest: Manifest): JsonSchema {
  const schema = settingsJsonSchema();
  const words = manifest.contributes.configuration.properties;
  for (const key of SETTING_KEYS) {
    const node = settingAt(schema, key);
    node.default = defaultAt(key);
    const markdown = words[`${SETTING_PREFIX}${key}`]?.markdownDescription;
    if (markdown === undefined) throw new Error(`package.json has no \`${SETTING_PREFIX}${key}\` with a markdownDescription`);
    Object.assign(node, { description: markdownAsPlainText(markdown), markdownDescription: markdown });
  }
  const codes = settingAt(schema, 'severity').properties as Record<string, JsonSchema>;
  for (const [code, help] of diagnosticHelp()) {
    const markdown = `${help.summary} (default: ${help.defaultSeverity}; docs/language.md §4).`;
    Object.assign(codes[code]!, { description: markdown, markdownDescription: `\`${code}\`: ${markdown}` });
  }
  return schema;
}

/**
 * The schema of `cellspec.json`: the settings nested as the core names them, or written VS Code
 * style (`"cellspec.conductionLimit"`, `"cellspec.inlayHints.enabled"`), as core/settings reads
 * them; `$schema` is allowed and ignored.
 */
export function projectFileSchema(manifest: Manifest): JsonSchema {
  const settings = describedSettings(manifest);
  // Each setting is defined once and referred to from both spellings.
  const definitions: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    const path = key.split('.');
    const parent = settingAt(settings, path.slice(0, -1).join('.'));
    const siblings = parent.properties as Record<string, JsonSchema>;
    definitions[key] = siblings[path.at(-1)!]!;
    siblings[path.at(-1)!] = { $ref: `#/definitions/${key}` };
  }
  const vsCodeStyle = Object.fromEntries(SETTING_KEYS.map((key) => [`${SETTING_PREFIX}${key}`, { $ref: `#/definitions/${key}` }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'cellspec.json',
    description: "Cellspec's project settings, read beside the .cell files by the command line and the editor (docs/language.md §7).",
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file (ignored by Cellspec).' },
      ...(settings.properties as Record<string, JsonSchema>),
      ...vsCodeStyle,
    },
    additionalProperties: false,
    definitions,
  };
}

/** package.json with each `cellspec.*` setting of the core validated as the core validates it; its words, scope and order kept. */
export function manifestWithSettings<M extends Manifest>(manifest: M): M {
  const settings = describedSettings(manifest);
  const properties = { ...manifest.contributes.configuration.properties };
  for (const key of SETTING_KEYS) {
    const name = `${SETTING_PREFIX}${key}`;
    const generated = validationOf(settingAt(settings, key));
    const own = Object.fromEntries(Object.entries(properties[name]!).filter(([keyword]) => !VALIDATION_KEYWORDS.includes(keyword)));
    properties[name] = { ...generated, ...own };
  }
  return {
    ...manifest,
    contributes: { ...manifest.contributes, configuration: { ...manifest.contributes.configuration, properties } },
  };
}

/** A setting's validation keywords, in a fixed order; a code's own words ride along with its enum. */
function validationOf(node: JsonSchema): JsonSchema {
  const picked = Object.fromEntries(VALIDATION_KEYWORDS.filter((keyword) => keyword in node).map((keyword) => [keyword, node[keyword]]));
  if (picked.properties) {
    picked.properties = Object.fromEntries(
      Object.entries(picked.properties as Record<string, JsonSchema>).map(([name, child]) => [
        name,
        { ...validationOf(child), ...(child.markdownDescription ? { markdownDescription: child.markdownDescription } : {}) },
      ]),
    );
  }
  return picked;
}

/** JSON as the repository writes it: two spaces, a final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
