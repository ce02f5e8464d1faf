/** A comparison of two designs (compare.ts) as text, JSON and a self-contained HTML page. */
import { formatSig } from '../text/numbers';
import { stackChart } from './charts/stack';
import { COMPARED_QUANTITIES, type CellComparison, type ComparedValue, type Comparison } from './compare';
import { h } from './html-parts';
import { footer, htmlPage } from './html';
import { num } from './text';

/** The JSON of `cellspec compare --format json`: the comparison without the two full reports. */
export function comparisonJson(comparison: Comparison): Omit<Comparison, 'reports'> {
  const { reports: _reports, ...rest } = comparison;
  return rest;
}

export function renderComparisonText(comparison: Comparison): string {
  const out = [`Comparing ${comparison.a.file} (A) with ${comparison.b.file} (B)`, `  A: ${problems(comparison.a)} · B: ${problems(comparison.b)}`, ''];
  if (comparison.cells.length === 0) out.push('  (no cells in either file)', '');
  for (const cell of comparison.cells) {
    out.push(`  ${title(cell)}`);
    out.push(`    ${'quantity'.padEnd(32)}${'A'.padStart(16)}${'B'.padStart(16)}  change`);
    for (const q of COMPARED_QUANTITIES) {
      const v = cell.values[q.key];
      out.push(`    ${q.label.padEnd(32)}${num(v.a, q.unit).padStart(16)}${num(v.b, q.unit).padStart(16)}  ${changeText(v, q.better)}`);
    }
    out.push(`    warnings A: ${findingCodes(cell.findings.a)}`, `    warnings B: ${findingCodes(cell.findings.b)}`, '');
  }
  return `${out.join('\n')}\n`;
}

export function renderComparisonHtml(comparison: Comparison, names: { a: string; b: string }): string {
  const sections = comparison.cells.map((cell, i) => {
    const rows = COMPARED_QUANTITIES.map((q) => {
      const v = cell.values[q.key];
      return `<tr><th scope="row">${h(q.label)}</th><td class="num">${h(num(v.a, q.unit))}</td><td class="num">${h(num(v.b, q.unit))}</td><td class="num">${h(changeText(v, q.better))}</td></tr>`;
    }).join('');
    const reportA = comparison.reports.a.cells.find((c) => c.name === cell.a);
    const reportB = comparison.reports.b.cells.find((c) => c.name === cell.b);
    const stacks = [reportA && stackChart(reportA, `chart-compare-${i}-a`), reportB && stackChart(reportB, `chart-compare-${i}-b`)].filter((svg): svg is string => !!svg);
    return [
      `<section aria-labelledby="compare-${i}-h">`,
      `<h2 id="compare-${i}-h">${h(title(cell))}</h2>`,
      '<div class="table-scroll"><table>',
      `<thead><tr><th scope="col">quantity</th><th scope="col" class="num">A: ${h(names.a)}</th><th scope="col" class="num">B: ${h(names.b)}</th><th scope="col" class="num">change</th></tr></thead>`,
      `<tbody>${rows}</tbody></table></div>`,
      `<p>Warnings in A: ${h(findingCodes(cell.findings.a))}. Warnings in B: ${h(findingCodes(cell.findings.b))}.</p>`,
      stacks.length ? `<div class="side-by-side">${stacks.map((svg) => `<figure>${svg}</figure>`).join('')}</div>` : '',
      '</section>',
    ].join('\n');
  });
  const lead = `A: ${names.a} (${problems(comparison.a)}). B: ${names.b} (${problems(comparison.b)}). Cells pair by name.`;
  return htmlPage(`Cellspec comparison: ${names.a} and ${names.b}`, lead, [...(sections.length ? sections : ['<p class="muted">No cells in either file.</p>']), footer()]);
}

function title(cell: CellComparison): string {
  if (cell.a !== null && cell.b !== null) return cell.a === cell.b ? `Cell ${cell.a}` : `Cell ${cell.a} (A) and ${cell.b} (B)`;
  return cell.a !== null ? `Cell ${cell.a} (only in A)` : `Cell ${cell.b} (only in B)`;
}

function problems(side: Comparison['a']): string {
  return `${side.errors} error${side.errors === 1 ? '' : 's'}, ${side.warnings} warning${side.warnings === 1 ? '' : 's'}`;
}

/** "+12.3 % (better)", "−40 % (worse)", "—" when either side is missing. */
function changeText(value: ComparedValue, better: 'higher' | 'lower' | null): string {
  if (value.change === null) return '—';
  if (value.change === 0) return '0 %';
  const percent = value.change * 100;
  const sign = percent > 0 ? '+' : '−';
  const verdict = better === null ? '' : (percent > 0) === (better === 'higher') ? ' (better)' : ' (worse)';
  return `${sign}${formatSig(Math.abs(percent))} %${verdict}`;
}

function findingCodes(findings: CellComparison['findings']['a']): string {
  return findings.length ? [...new Set(findings.map((f) => f.code))].join(', ') : 'none';
}
