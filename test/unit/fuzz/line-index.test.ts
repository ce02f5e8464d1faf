/**
 * The line index of a new version, derived from the previous version's (text/line-index.ts), is
 * the index a fresh scan gives: after every edit of random edit sessions (CR, CRLF, lone
 * surrogates and pasted lines included), every offset maps to the same line and character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { fuzzParameters, fuzzTimeout } from './config';
import { editSession } from './documents';

/**
 * The first offset at which the two indexes disagree, with both answers; undefined when they
 * agree everywhere. (Comparing the offsets in a loop: a deep `toEqual` of one position object
 * per character cost most of this file's time.)
 */
function firstDisagreement(derived: LineIndex, fresh: LineIndex, text: string): unknown {
  if (derived.lineCount !== fresh.lineCount) return { lineCount: { derived: derived.lineCount, fresh: fresh.lineCount } };
  for (let offset = 0; offset <= text.length; offset++) {
    const a = derived.positionAt(offset);
    const b = fresh.positionAt(offset);
    if (a.line !== b.line || a.character !== b.character) return { offset, derived: a, fresh: b };
  }
  return undefined;
}

describe('line index of the next version', () => {
  it(
    'derived from the previous version equals a fresh scan, at every offset',
    () => {
      fc.assert(
        fc.property(editSession, ({ base, versions }) => {
          let previous = new LineIndex(base);
          previous.positionAt(0); // its line starts are known, so the next one derives from it
          for (const text of versions) {
            const derived = new LineIndex(text, previous);
            expect(firstDisagreement(derived, new LineIndex(text), text)).toBeUndefined();
            previous = derived;
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(20),
  );

  it('a previous index whose line starts were never read is not kept (no chain of old texts)', () => {
    const unread = new LineIndex('a\nb\n');
    const next = new LineIndex('a\nb\nc\n', unread);
    expect((next as unknown as { previous: unknown }).previous).toBeUndefined();
    unread.positionAt(0);
    const derived = new LineIndex('a\nb\nc\n', unread);
    expect(derived.positionAt(5)).toEqual({ line: 2, character: 1 });
    expect((derived as unknown as { previous: unknown }).previous).toBeUndefined();
  });
});
