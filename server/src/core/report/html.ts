/**
 * `cellspec report --format html`: one self-contained page — inline CSS, inline SVG, no
 * script, no fonts, images or requests of any kind — so it opens offline, in a browser or
 * a VS Code webview, and can be mailed as a single file.
 */
import { formatSig } from '../text/numbers';
import { conductivityChart } from './charts/conductivity';
import { designSection } from './design-html';
import { dl, figure, h, inlineCode, missingList, value } from './html-parts';
import { energyScatter } from './charts/energy-scatter';
import { percolationChart } from './charts/percolation';
import { stackChart } from './charts/stack';
import { escapeXml } from './svg';
import { fractionsText, ionLine, num, ordersPhrase, rangeText } from './text';
import { ionWords } from '../chemistry/ions';
import { storesIons, type CellReport, type CompositeReport, type MaterialReport, type Report } from './types';

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5a5a5a; --rule: #d0d0d0; --grid: #e6e6e6; --warn: #8a3b00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #1e1e1e; --muted: #a8a8a8; --rule: #4a4a4a; --grid: #333333; --warn: #ffb27a; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 64rem; margin: 0 auto; }
th .sub { display: block; font-weight: normal; color: var(--muted); font-size: .9em; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p.lead, .muted { color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
.table-scroll { overflow-x: auto; }
dl.values { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .15rem 1rem; margin: .5rem 0; }
dl.values dt, dl.values dd { overflow-wrap: anywhere; }
dl.values dt { color: var(--muted); }
dl.values dd { margin: 0; font-variant-numeric: tabular-nums; }
.missing { color: var(--warn); }
p.missing-head { margin: .5rem 0 0; color: var(--muted); }
ul.missing-list { margin: .25rem 0 .75rem; padding-left: 1.25rem; color: var(--warn); }
figure { margin: .75rem 0 1.25rem; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .25rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg.chart text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg.chart text.tick, svg.chart text.note { fill: var(--muted); }
svg.chart text.strong { font-weight: 600; }
svg.chart text.on-light { fill: #000000; font-size: 11px; }
svg.chart text.on-dark { fill: #FFFFFF; font-size: 11px; }
svg.chart .axis { stroke: var(--fg); stroke-width: 1; }
svg.chart .grid { stroke: var(--grid); stroke-width: 1; }
svg.chart .segment { stroke: var(--bg); stroke-width: 1.5; }
svg.chart .threshold { stroke: var(--fg); stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .ring { stroke: var(--fg); stroke-width: 2; fill: none; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 1rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .95em; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 36rem) {
  body { padding: .75rem; }
  dl.values { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.values dd { margin-bottom: .4rem; }
}
`;

export function renderHtml(report: Report, title: string): string {
  const sections = [cellsSection(report.cells), compositesSection(report.composites), materialsSection(report.materials), footer()];
  const lead =
    `${report.cells.length} cell${plural(report.cells.length)}, ${report.composites.length} composite${plural(report.composites.length)}, ` +
    `${report.materials.length} material${plural(report.materials.length)}. Computed hints of docs/language.md §6; every number in the unit shown; ` +
    `a value that cannot be computed says what to declare.`;
  return htmlPage(`Cellspec report: ${title}`, lead, sections);
}

/** One self-contained page (no script, no link, no request) in the report's style: the report and the comparison. */
export function htmlPage(title: string, lead: string, sections: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeXml(title)}</h1>`,
    `<p class="lead">${escapeXml(lead)}</p>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}







function cellsSection(cells: readonly CellReport[]): string {
  if (cells.length === 0) return '<section id="cells" aria-labelledby="cells-h"><h2 id="cells-h">Cells</h2><p class="muted">No cells in this file.</p></section>';
  const scatter = energyScatter(cells, 'chart-energy');
  const notPlotted = cells.filter((c) => c.specificEnergy === null || c.energyDensity === null).map((c) => c.name);
  return [
    '<section id="cells" aria-labelledby="cells-h">',
    '<h2 id="cells-h">Cells</h2>',
    figure(
      scatter,
      'Specific energy against energy density of each stack, all listed layers and collectors included.' +
        (notPlotted.length ? ` Not plotted (missing values): ${notPlotted.join(', ')}.` : ''),
      'No cell has both a specific energy and an energy density yet; see what each cell is missing below.',
    ),
    ...cells.map(cellArticle),
    '</section>',
  ].join('\n');
}

function cellArticle(cell: CellReport, index: number): string {
  const rows = cell.layers
    .map((l) => `<tr><td>${h(l.role)}</td><td>${h(l.name)}</td><td class="num">${value(num(l.thickness))}</td><td class="num">${value(num(l.arealMass))}</td><td class="num">${value(num(l.density))}</td></tr>`)
    .join('');
  const total = `<tr><th scope="row" colspan="2">total</th><td class="num">${value(num(cell.totalThickness))}</td><td class="num">${value(num(cell.totalArealMass))}</td><td></td></tr>`;
  return [
    `<article aria-labelledby="cell-${index}-h">`,
    `<h3 id="cell-${index}-h">Cell ${h(cell.name)}</h3>`,
    figure(
      stackChart(cell, `chart-cell-${index}-stack`),
      `Share of each layer in the areal mass and the thickness of ${cell.name}, anode side first (compare the review's Fig. 3e).`,
      'The stack chart needs every layer’s areal mass or thickness; see what is missing below.',
    ),
    `<div class="table-scroll"><table><caption class="muted">Layers of ${h(cell.name)}, anode side first</caption>`,
    '<thead><tr><th scope="col">role</th><th scope="col">name</th><th scope="col" class="num">thickness (µm)</th><th scope="col" class="num">areal mass (mg/cm²)</th><th scope="col" class="num">density (g/cm³)</th></tr></thead>',
    `<tbody>${rows}${total}</tbody></table></div>`,
    dl([
      ['working ion', ionLine(cell.ion)],
      ['cathode loading', num(cell.cathodeLoading, 'mg/cm²')],
      ['cathode thickness', num(cell.cathodeThickness, 'µm')],
      ['areal capacity', num(cell.arealCapacity, 'mAh/cm²')],
      ['cell voltage (cathode − anode)', cell.cellVoltage === null ? '—' : `${num(cell.cellVoltage, 'V')} (${num(cell.cathodeVoltage, 'V')} − ${num(cell.anodePotential, 'V')} vs ${ionWords(cell.ion.value).reference})`],
      ['specific energy (stack)', num(cell.specificEnergy, 'Wh/kg')],
      ['energy density (stack)', num(cell.energyDensity, 'Wh/L')],
      ['current density', cell.rate && cell.currentDensity !== null ? `${num(cell.currentDensity, 'mA/cm²')} at ${formatSig(cell.rate.value)} ${cell.rate.unit === 'C' ? 'C' : 'mA/cm²'}` : '—'],
      ['ionic voltage loss across the cathode', num(cell.ionicDrop, 'V')],
      ['electronic voltage loss across the cathode', num(cell.electronicDrop, 'V')],
    ]),
    designSection(cell, index),
    missingList(cell.missing),
    '</article>',
  ].join('\n');
}

function compositesSection(composites: readonly CompositeReport[]): string {
  if (composites.length === 0) {
    return '<section id="composites" aria-labelledby="composites-h"><h2 id="composites-h">Composites</h2><p class="muted">No composites in this file.</p></section>';
  }
  return [
    '<section id="composites" aria-labelledby="composites-h">',
    '<h2 id="composites-h">Composites</h2>',
    ...composites.map(compositeArticle),
    '</section>',
  ].join('\n');
}

function compositeArticle(composite: CompositeReport, index: number): string {
  return [
    `<article aria-labelledby="composite-${index}-h">`,
    `<h3 id="composite-${index}-h">Composite ${h(composite.name)}</h3>`,
    dl([
      [`volume fractions of the layer${composite.porosityDeclared ? '' : ' (porosity not declared: 0)'}`, fractionsText(composite.volumeFractions)],
      ['mass fractions of the solid', fractionsText(composite.massFractions)],
      ['specific capacity', num(composite.specificCapacity, 'mAh/g of composite')],
      ['effective ionic conductivity', num(composite.ionicConductivity, 'mS/cm') + (composite.estimated ? ' (from an estimate)' : '')],
      ['effective electronic conductivity', num(composite.electronicConductivity, 'mS/cm')],
      ['bottleneck', composite.bottleneck ?? '—'],
      ['dual-conductive on its own', composite.dualConductive === null ? '—' : composite.dualConductive ? `yes: ${composite.dualConductiveMaterial} carries both paths` : 'no'],
    ]),
    figure(
      conductivityChart(composite, `chart-composite-${index}-conductivity`),
      `Effective ionic and electronic conductivity of ${composite.name} (Bruggeman σ_eff = Σ σ_i φ_i^1.5); whiskers span the declared conductivity ranges.`,
      'The conductivity chart needs the volume fractions; see what is missing below.',
    ),
    figure(
      percolationChart(composite, `chart-composite-${index}-percolation`),
      `Σ x/x_c of each phase of ${composite.name} (x the fraction of the solid), stacked by conducting material, against the percolation threshold at 1.`,
      'The percolation chart needs the volume fractions; see what is missing below.',
    ),
    missingList(composite.missing),
    '</article>',
  ].join('\n');
}

/** A value the material's role does not call for (σ_e of an electrolyte) is a dash, not "missing". */
function optional(m: MaterialReport, field: string, text: string): string {
  if (text !== '—') return h(text);
  return m.missingBy[field] ? value(text) : '<span class="muted" title="not needed for this role">—</span>';
}

function materialsSection(materials: readonly MaterialReport[]): string {
  if (materials.length === 0) {
    return '<section id="materials" aria-labelledby="materials-h"><h2 id="materials-h">Materials</h2><p class="muted">No materials.</p></section>';
  }
  const header = [
    'material',
    'M (g/mol)',
    'anion class',
    'Q1 (mAh/g)',
    'Q_th (mAh/g)',
    'implied e⁻',
    'Q·V (Wh/kg)',
    'σ_ion (mS/cm)',
    'σ_e (mS/cm)',
    'σ_e/σ_ion',
  ];
  const rows = materials.map((m) => {
    const cells = [
      `<th scope="row">${h(m.name)}${m.formula && m.formula !== m.name ? `<span class="sub">${h(m.formula)}</span>` : ''}` +
        `<span class="sub">${h([m.role, m.origin].filter(Boolean).join(', '))}</span></th>`,
      `<td class="num">${value(num(m.molarMass))}</td>`,
      `<td>${value(m.anionClass ?? '—')}</td>`,
      `<td class="num">${storesIons(m) ? value(num(m.capacityPerElectron)) : ''}</td>`,
      `<td class="num">${m.theoreticalCapacity === undefined ? '' : value(num(m.theoreticalCapacity))}</td>`,
      `<td class="num">${m.impliedElectrons === undefined ? '' : value(num(m.impliedElectrons))}</td>`,
      `<td class="num">${m.specificEnergy === undefined ? '' : value(num(m.specificEnergy))}</td>`,
      `<td class="num">${optional(m, 'ionicConductivity', rangeText(m.ionicConductivity, '').trim())}</td>`,
      `<td class="num">${optional(m, 'electronicConductivity', rangeText(m.electronicConductivity, '').trim())}</td>`,
      `<td class="num">${
        m.conductivityRatioOrders === null
          ? optional(m, 'conductivityRatioOrders', '—')
          : `<span title="${h(ordersPhrase(m.conductivityRatioOrders))}">10<sup>${h(String(m.conductivityRatioOrders))}</sup></span>`
      }</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const notes = materials
    .filter((m) => m.missing.length)
    .map((m) => `<li><strong>${h(m.name)}</strong>: ${m.missing.map(inlineCode).join('; ')}</li>`)
    .join('');
  return [
    '<section id="materials" aria-labelledby="materials-h">',
    '<h2 id="materials-h">Materials</h2>',
    '<p class="muted">Q1 = F/(3.6·M) per redox electron; Q_th = n·Q1 when <code>electrons</code> is declared, otherwise the electrons a declared capacity implies; Q·V from the practical capacity (else the theoretical one); conductivity ranges as declared, ≈ the geometric mean.</p>',
    '<div class="table-scroll"><table>',
    `<thead><tr>${header.map((label) => `<th scope="col">${h(label)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    notes ? `<h3>Missing values</h3><ul class="missing-list">${notes}</ul>` : '',
    '</section>',
  ].join('\n');
}

export function footer(): string {
  return (
    '<footer><p>Formulas: Q1 = F/(3.6·M) with F = 96485.33212 C/mol (CODATA 2018); percolation when Σ x_i/x_c,i ≥ 1 over the solid ' +
    '(x_c 0.29 for spheres); σ_eff = (1 − p)^1.5 · Σ σ_i·((x_i − x_c,i)/(1 − x_c,i))² above the threshold, 0 below; stack energy Q_A·(V_cathode − V_anode) over the summed ' +
    'areal mass and thickness, collectors included; ΔV = j·L/σ_eff. Details and sources: docs/computations.md.</p></footer>'
  );
}
