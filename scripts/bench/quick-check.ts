import { analyzeDocument } from '../../server/src/core/analyze';
import { generateDocument } from './generate-document';
for (const lines of [1000, 10000, 50000]) {
  const text = generateDocument(lines);
  const host = { workspaceRoot: '/ws', readFile: () => undefined };
  analyzeDocument('/ws/a.cell', text, { host });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    analyzeDocument('/ws/a.cell', text, { host });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(lines, 'lines', times.map((t) => t.toFixed(1)).join(' '), 'ms; diagnostics', analyzeDocument('/ws/a.cell', text, { host }).diagnostics.length);
}
