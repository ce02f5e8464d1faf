/** What the hardening tests ask of a hostile document's check: how long, how much heap, and spans inside it. */
import { expect } from 'vitest';
import { analyzeDocument, type DocumentAnalysis } from '../../../server/src/core/analyze';
import { memoryHost, WORKSPACE } from './analyze';

const host = memoryHost();

/** Analyses with the elapsed time and how much the heap grew (generous bounds: these are not timing targets). */
export function measured(name: string, text: string): { analysis: DocumentAnalysis; ms: number; heapGrowthMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const analysis = analyzeDocument(`${WORKSPACE}/${name}`, text, { host });
  return { analysis, ms: performance.now() - start, heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

/** Every diagnostic's span lies inside the document. */
export function expectSpansInside(analysis: DocumentAnalysis): void {
  for (const d of analysis.diagnostics) {
    expect(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= analysis.text.length, `${d.code} ${JSON.stringify(d.span)}`).toBe(true);
  }
}
