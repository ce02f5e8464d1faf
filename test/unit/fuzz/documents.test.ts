import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../grammar/ast';
import { parse, parseIncremental, parseVariant } from '../../../grammar';
import { parseColdInRuns } from '../../../grammar/incremental';
import { analyzeDocument, forgetPreviousAnalyses, type DocumentAnalysis } from '../../../server/src/core/analyze';
import { completions } from '../../../server/src/core/ide/completion';
import { completionContext, completionContextOfWholeText } from '../../../server/src/core/ide/completion-context';
import { hover } from '../../../server/src/core/ide/hover';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';
import { definitionAt, referencesAt } from '../../../server/src/core/ide/navigation';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { documentSymbols } from '../../../server/src/core/ide/symbols';
import { semanticTokens } from '../../../server/src/core/ide/semantic-tokens';
import { exampleFiles, memoryHost, WORKSPACE } from '../helpers/analyze';
import { fuzzParameters, fuzzTimeout } from './config';
import { editSession, fuzzedDocument, offsetsOf, probes } from './documents';

const FILE = `${WORKSPACE}/fuzzed.cell`;
// The examples are in the workspace, so `import "materials.cell"` pasted into a fuzzed file resolves.
const host = memoryHost(exampleFiles());

function expectInside(span: Span, text: string, what: string): void {
  const inside = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;
  expect(inside, `${what} ${JSON.stringify(span)} in a document of ${text.length} characters`).toBe(true);
}

/**
 * What an editor reads from an analysis besides diagnostics and inlay hints: quick fixes,
 * semantic tokens, outline, and hover, definition and references at every diagnostic and at
 * every name — each position as plain offsets.
 */
function editorView(analysis: DocumentAnalysis): unknown {
  const names = analysis.program.references.map((reference) => reference.name.span.start + 1);
  const offsets = [...analysis.diagnostics.map((diagnostic) => diagnostic.span.start), ...names];
  return JSON.parse(
    JSON.stringify({
      fixes: analysis.diagnostics.map((diagnostic) => quickFixes(analysis, diagnostic)),
      tokens: semanticTokens(analysis),
      symbols: documentSymbols(analysis.parse.document),
      at: offsets.map((offset) => ({ hover: hover(analysis, offset), definition: definitionAt(analysis, offset), references: referencesAt(analysis, offset) })),
    }),
  );
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

describe('any text, however broken, is checked without a crash, quickly, with positions inside it', () => {
  it(
    'parse and analyzeDocument never throw and take under a second; every diagnostic span lies inside the document',
    () => {
      fc.assert(
        fc.property(fuzzedDocument, (text) => {
          const parsed = timed(() => parse(text));
          for (const error of parsed.result.errors) expectInside(error.span, text, `syntax error "${error.message}"`);
          // With its diagnostics: an analysis runs the checks only when they are first asked for.
          const analysed = timed(() => {
            const analysis = analyzeDocument(FILE, text, { host });
            void analysis.diagnostics.length;
            return analysis;
          });
          expect(parsed.ms + analysed.ms).toBeLessThan(1000);
          for (const diagnostic of analysed.result.diagnostics) {
            expectInside(diagnostic.span, text, `${diagnostic.code} "${diagnostic.message}"`);
            for (const related of diagnostic.related ?? []) {
              if (related.location.file === FILE) expectInside(related.location.span, text, `related information of ${diagnostic.code}`);
            }
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(15),
  );

  it(
    'hover, completion, inlay hints and semantic tokens anywhere in a broken document stay inside it',
    () => {
      fc.assert(
        fc.property(fuzzedDocument, probes, (text, fractions) => {
          const analysis: DocumentAnalysis = analyzeDocument(FILE, text, { host });
          for (const offset of offsetsOf(text, fractions)) {
            const shown = hover(analysis, offset);
            if (shown) expectInside(shown.span, text, 'hover');
            for (const completion of completions(analysis, offset)) if (completion.replace) expectInside(completion.replace, text, 'completion');
          }
          for (const hint of inlayHints(analysis)) expectInside({ start: hint.offset, end: hint.offset }, text, `inlay hint ${hint.label}`);
          for (const token of semanticTokens(analysis)) expectInside({ start: token.start, end: token.start + token.length }, text, 'semantic token');
        }),
        fuzzParameters(0.5),
      );
    },
    fuzzTimeout(30, 0.5),
  );
});

describe('editor features that read only the declaration around the cursor', () => {
  it(
    'completion reads the same context from the declaration around the cursor as from the whole text',
    () => {
      fc.assert(
        fc.property(fuzzedDocument, probes, (text, fractions) => {
          for (const offset of offsetsOf(text, fractions)) {
            expect(completionContext(text, offset)).toStrictEqual(completionContextOfWholeText(text, offset));
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(5),
  );
});

describe('re-checking after an edit gives exactly what a first check gives', () => {
  it(
    'parseIncremental after each edit equals parse of the edited text, node for node',
    () => {
      fc.assert(
        fc.property(editSession, ({ base, versions }) => {
          // Parsed twice first: the second parse files the first by chunk and keeps its very nodes
          // (the parser anchored them by chunk as it went), so the first edit rebuilds nothing it need not.
          const cold = parseIncremental(base);
          let previous = parseIncremental(base, cold);
          expect(previous.document.declarations.every((declaration, i) => declaration === cold.document.declarations[i])).toBe(true);
          for (const text of versions) {
            const incremental = parseIncremental(text, previous);
            expect(incremental).toStrictEqual(parse(text));
            previous = incremental;
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(20),
  );

  it(
    'a cold parse in runs of a few chunks equals parse of the whole text, and so does the first edit after it',
    () => {
      fc.assert(
        fc.property(editSession, fc.integer({ min: 1, max: 400 }), ({ base, versions }, runCharacters) => {
          const cold = parseColdInRuns(base, runCharacters);
          expect(cold).toStrictEqual(parse(base));
          expect(parseIncremental(versions[0]!, cold)).toStrictEqual(parse(versions[0]!));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(10),
  );

  it(
    'parseVariant equals parse of the variant and leaves the parse it reused as it was',
    () => {
      fc.assert(
        fc.property(editSession, ({ base, versions }) => {
          const current = parseIncremental(base, parseIncremental(base));
          const snapshot = JSON.stringify(current);
          for (const text of versions) {
            expect(parseVariant(text, current)).toStrictEqual(parse(text));
            expect(JSON.stringify(current)).toBe(snapshot);
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(20),
  );

  it(
    'analyzeDocument after each edit reports the same diagnostics and hints as a check from scratch',
    () => {
      fc.assert(
        fc.property(editSession, ({ base, versions }) => {
          const fresh = versions.map((text) => {
            forgetPreviousAnalyses();
            return analyzeDocument(FILE, text, { host });
          });
          forgetPreviousAnalyses();
          // Twice, as above: the edits then reuse (and move) blocks built from anchored chunks.
          analyzeDocument(FILE, base, { host });
          analyzeDocument(FILE, base, { host });
          // Compared at once: the next edit's analysis moves the positions of this one's unchanged blocks.
          versions.forEach((text, i) => {
            const incremental = analyzeDocument(FILE, text, { host });
            expect(incremental.diagnostics).toStrictEqual(fresh[i]!.diagnostics);
            expect(inlayHints(incremental)).toStrictEqual(inlayHints(fresh[i]!));
            expect(editorView(incremental)).toStrictEqual(editorView(fresh[i]!));
          });
        }),
        fuzzParameters(0.25),
      );
    },
    // Each case analyses every version twice and asks every editor feature of both (~100 ms a
    // case here, 230 ms at a load of 8): the slowest property of `npm test`, so it runs a quarter
    // of the cases there (38); CI's fuzz:long runs 750.
    fuzzTimeout(250, 0.25),
  );
});
