// A quick look, not a measurement of a target: the same generated text analysed again (the
// previous analysis kept), diagnostics included (they are found when first asked for).
import { analyzeDocument } from '../../server/src/core/analyze';
import { generateDocument } from './generate-document';
for (const lines of [1000, 10000, 50000]) {
  const text = generateDocument(lines);
  const host = { workspaceRoot: '/ws', readFile: () => undefined };
  void analyzeDocument('/ws/a.cell', text, { host }).diagnostics.length;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    void analyzeDocument('/ws/a.cell', text, { host }).diagnostics.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(lines, 'lines', times.map((t) => t.toFixed(1)).join(' '), 'ms; diagnostics', analyzeDocument('/ws/a.cell', text, { host }).diagnostics.length);
}
