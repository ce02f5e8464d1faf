import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { analyzeDocument } from '../../../server/src/core/analyze';
import type { TextEdit } from '../../../server/src/core/api';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { exampleFiles, memoryHost, WORKSPACE } from '../helpers/analyze';
import { fuzzParameters, fuzzTimeout } from './config';
import { fuzzedDocument } from './documents';

const FILE = `${WORKSPACE}/fixed.cell`;
const host = memoryHost(exampleFiles());

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

describe('quick fixes on broken documents', () => {
  it(
    'applying any offered fix leaves a document that parses with no more syntax errors than before',
    () => {
      let applied = 0;
      fc.assert(
        fc.property(fuzzedDocument, (text) => {
          const analysis = analyzeDocument(FILE, text, { host });
          const errorsBefore = parse(text).errors.length;
          for (const diagnostic of analysis.diagnostics.slice(0, 25)) {
            for (const fix of quickFixes(analysis, { code: diagnostic.code, span: diagnostic.span, data: diagnostic.data })) {
              for (const fileEdit of fix.edits) {
                if (fileEdit.file !== FILE) continue;
                for (const edit of fileEdit.edits) {
                  expect(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= text.length, `${fix.title}: ${JSON.stringify(edit.span)}`).toBe(true);
                }
                const fixed = apply(text, fileEdit.edits);
                expect(parse(fixed).errors.length, `after "${fix.title}" (${diagnostic.code})`).toBeLessThanOrEqual(errorsBefore);
                applied++;
              }
            }
          }
        }),
        fuzzParameters(),
      );
      // The mutated examples keep their deliberate mistakes, so fixes are offered and applied.
      expect(applied).toBeGreaterThan(0);
    },
    fuzzTimeout(25),
  );
});
