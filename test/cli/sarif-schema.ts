/**
 * The parts of SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) that `cellspec check --format sarif`
 * writes, as a zod schema: what the spec requires of them and the values Cellspec promises
 * (docs/language.md §8). Unknown keys are refused, so a field added by mistake fails the tests.
 */
import { z } from 'zod';

const message = z.strictObject({ text: z.string().min(1), markdown: z.string().min(1).optional() });
const level = z.enum(['error', 'warning', 'note']);
const positive = z.number().int().min(1);

export const region = z
  .strictObject({ startLine: positive, startColumn: positive, endLine: positive, endColumn: positive })
  .refine((r) => r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn >= r.startColumn), 'a region ends after it starts');

const artifactLocation = z.union([
  // A file below the current directory: a relative reference (no scheme, no leading slash, forward slashes only).
  z.strictObject({ uri: z.string().regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/)[^\\]+$/i), uriBaseId: z.literal('%SRCROOT%') }),
  // Any other file: an absolute file URI.
  z.strictObject({ uri: z.string().startsWith('file:///') }),
]);

export const reportingDescriptor = z.strictObject({
  id: z.string().min(1),
  shortDescription: message,
  fullDescription: message,
  help: message,
  defaultConfiguration: z.strictObject({ level }),
});

export const result = z.strictObject({
  ruleId: z.string().min(1),
  ruleIndex: z.number().int().min(0),
  level,
  message: z.strictObject({ text: z.string().min(1) }),
  locations: z.tuple([z.strictObject({ physicalLocation: z.strictObject({ artifactLocation, region }) })]),
});

export const sarifLog = z.strictObject({
  $schema: z.url(),
  version: z.literal('2.1.0'),
  runs: z.tuple([
    z.strictObject({
      tool: z.strictObject({
        driver: z.strictObject({
          name: z.literal('cellspec'),
          version: z.string().regex(/^\d+\.\d+\.\d+/),
          // Optional in SARIF 2.1.0: present only when package.json declares a homepage.
          informationUri: z.url().optional(),
          rules: z.array(reportingDescriptor),
        }),
      }),
      originalUriBaseIds: z.strictObject({ '%SRCROOT%': z.strictObject({ uri: z.string().regex(/^file:\/\/\/.*\/$/) }) }),
      columnKind: z.literal('utf16CodeUnits'),
      results: z.array(result),
    }),
  ]),
});

export type SarifLog = z.infer<typeof sarifLog>;
