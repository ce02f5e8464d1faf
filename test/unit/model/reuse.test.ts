import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { memoryHost, REPO, WORKSPACE } from '../helpers/analyze';

const FILE = `${WORKSPACE}/reuse.cell`;
const host = memoryHost();
// A bare NCM811 in an argyrodite catholyte: anion/mismatch and window/oxidation, with fixes.
const EXAMPLE = readFileSync(path.join(REPO, 'examples/oxide-on-sulfide.cell'), 'utf8');

function warmAnalysis(text: string) {
  forgetPreviousAnalyses();
  analyzeDocument(FILE, text, { host });
  return analyzeDocument(FILE, text, { host });
}

describe('typing above a block keeps what was built from it', () => {
  it('the moved composite keeps its model and its findings, at their new positions', () => {
    const before = warmAnalysis(EXAMPLE);
    const bareBefore = before.program.composites.find((c) => c.name === 'BareNCM')!;
    const edited = `# a line typed at the top\n${EXAMPLE}`;
    const after = analyzeDocument(FILE, edited, { host });
    forgetPreviousAnalyses();
    const fresh = analyzeDocument(FILE, edited, { host });

    expect(after.program.composites.find((c) => c.name === 'BareNCM')).toBe(bareBefore);
    expect(after.diagnostics).toEqual(fresh.diagnostics);
    const mismatch = after.diagnostics.find((d) => d.code === 'anion/mismatch')!;
    expect(edited.slice(mismatch.span.start, mismatch.span.end)).toBe('NCM811');
  });

  it('the coating fix of a moved composite inserts right after its cathode’s fraction', () => {
    warmAnalysis(EXAMPLE);
    const edited = `# two lines\n# typed at the top\n${EXAMPLE}`;
    const after = analyzeDocument(FILE, edited, { host });
    const mismatch = after.diagnostics.find((d) => d.code === 'anion/mismatch')!;
    const coat = quickFixes(after, mismatch).find((fix) => fix.title.startsWith('Coat'))!;
    const at = coat.edits[0]!.edits[0]!.span.start;
    expect(edited.slice(at - 'NCM811     70 wt%'.length, at)).toBe('NCM811     70 wt%');
  });

  it('two documents analysed under one path (an untitled buffer beside a file) do not move each other’s positions', () => {
    forgetPreviousAnalyses();
    const untitled = { host, lineage: 'untitled:reuse.cell' };
    const saved = { host, lineage: 'file:///ws/reuse.cell' };
    analyzeDocument(FILE, EXAMPLE, untitled);
    const scratch = analyzeDocument(FILE, EXAMPLE, untitled);
    analyzeDocument(FILE, EXAMPLE, saved);
    analyzeDocument(FILE, `# moved down\n${EXAMPLE}`, saved);
    const mismatch = scratch.diagnostics.find((d) => d.code === 'anion/mismatch')!;
    expect(EXAMPLE.slice(mismatch.span.start, mismatch.span.end)).toBe('NCM811');
  });
});

describe('a block that names something undefined', () => {
  const text = `${EXAMPLE}\ncomposite Typo {\n  NCM812 70 wt%\n  Li6PS5Cl 30 wt%\n}\n`;

  it('keeps its model while no name in scope changes, and gets new suggestions when one does', () => {
    const before = warmAnalysis(text);
    const typoBefore = before.program.composites.find((c) => c.name === 'Typo')!;
    const edited = text.replace('rate       0.1 C', 'rate       0.2 C');
    expect(edited).not.toBe(text);
    const after = analyzeDocument(FILE, edited, { host });
    expect(after.program.composites.find((c) => c.name === 'Typo')).toBe(typoBefore);
    forgetPreviousAnalyses();
    expect(after.diagnostics).toEqual(analyzeDocument(FILE, edited, { host }).diagnostics);

    // A new material named NCM813 is one more candidate: the block is built again.
    const warm = warmAnalysis(text).program.composites.find((c) => c.name === 'Typo')!;
    const withName = `${text}\nmaterial NCM813 { formula "LiNiO2" }\n`;
    const renamed = analyzeDocument(FILE, withName, { host });
    expect(renamed.program.composites.find((c) => c.name === 'Typo')).not.toBe(warm);
    const undefinedRef = renamed.diagnostics.find((d) => d.code === 'ref/undefined')!;
    expect(undefinedRef.message).toMatch(/did you mean .*`NCM813`/);
  });
});
