import { describe, expect, it } from 'vitest';
import { computeReport, renderHtml, type Report } from '../../../server/src/core/report';
import { analyze, readExample } from '../helpers/analyze';
import { FULL } from './documents';
import { checkWellFormed } from './well-formed';

const reportOf = (text: string): Report => {
  const analysis = analyze(text);
  return computeReport(analysis.program, analysis.settings);
};

describe('cellspec report --format html', () => {
  const html = renderHtml(reportOf(FULL), 'full.cell');
  const { errors, elements } = checkWellFormed(html);

  it('is well-formed: every tag closed in order, attributes quoted, text escaped', () => {
    expect(errors).toEqual([]);
    expect(elements.filter((e) => e.name === 'html')).toHaveLength(1);
    expect(elements.filter((e) => e.name === 'title').length).toBeGreaterThan(1);
  });

  it('the well-formedness check itself rejects a misnested or unescaped page', () => {
    expect(checkWellFormed('<!DOCTYPE html><html><body><p><b>x</p></b></body></html>').errors).not.toEqual([]);
    expect(checkWellFormed('<!DOCTYPE html><html><body><p>a & b</p></body></html>').errors).not.toEqual([]);
    expect(checkWellFormed('<!DOCTYPE html><html><body><p class=x>a</p></body></html>').errors).not.toEqual([]);
  });

  it('draws one SVG per chart: per cell its stack and design space, one energy scatter, conductivity and percolation per composite', () => {
    const svgs = elements.filter((e) => e.name === 'svg');
    expect(svgs.map((s) => s.attributes.id)).toEqual([
      'chart-energy',
      // A composite cathode: the design space over the active share and the loading, and its AEA counterpart.
      ...['0', '1'].flatMap((i) => [`chart-cell-${i}-stack`, `chart-cell-${i}-design-active`, `chart-cell-${i}-design-loading`, `chart-cell-${i}-aea-now`, `chart-cell-${i}-aea`]),
      // A cathode of one material: nothing to trade, and all active already.
      'chart-cell-2-stack',
      'chart-cell-2-design-loading',
      'chart-composite-0-conductivity',
      'chart-composite-0-percolation',
      'chart-composite-1-conductivity',
      'chart-composite-1-percolation',
      'chart-composite-2-conductivity',
      'chart-composite-2-percolation',
    ]);
  });

  it('marks the design limit and the current design in the design-space charts', () => {
    const report = reportOf(FULL);
    const design = report.cells[0]!.design;
    const chart = html.slice(html.indexOf('id="chart-cell-0-design-active"'), html.indexOf('</svg>', html.indexOf('id="chart-cell-0-design-active"')));
    expect(design.maxActiveWt).not.toBeNull();
    expect(chart).toContain(`max ${Number(design.maxActiveWt!.toPrecision(3))} wt %`);
    expect(chart).toContain('class="ring"');
    expect(chart).toContain(`limit ${report.cells[0]!.design.limitV} V`);
    expect(chart).toMatch(/class="infeasible"/);
  });

  it('every chart is an accessible image named by its own title and description', () => {
    const charts = elements.filter((e) => e.name === 'svg');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const svg of charts) {
      expect(svg.attributes.role).toBe('img');
      const [titleId, descId] = svg.attributes['aria-labelledby']!.split(' ');
      expect(html).toMatch(new RegExp(`<title id="${titleId}">[^<]{10,}</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]{20,}</desc>`));
    }
  });

  it('is self-contained: no script, no stylesheet link, no image, no address but the SVG namespace', () => {
    expect(elements.map((e) => e.name)).not.toEqual(expect.arrayContaining(['script', 'link', 'img', 'iframe', 'object']));
    const addresses = html.match(/\b(?:https?:)?\/\/[^\s"')<]+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).not.toMatch(/url\(|@import|src=/);
  });

  it('needs no inline style attributes, only its one <style> element (a strict webview policy can hash it)', () => {
    expect(elements.filter((e) => 'style' in e.attributes)).toEqual([]);
    expect(elements.filter((e) => e.name === 'style')).toHaveLength(1);
  });

  it('labels its axes with units and uses the Okabe–Ito palette', () => {
    expect(html).toContain('energy density of the stack (Wh/L)');
    expect(html).toContain('specific energy of the stack (Wh/kg)');
    expect(html).toContain('effective conductivity, Bruggeman σ_eff (mS/cm, log scale)');
    expect(html).toContain('share of the stack (%)');
    expect(html).toContain('percolation threshold, Σ x/x_c = 1');
    for (const colour of ['#0072B2', '#E69F00', '#009E73', '#D55E00']) expect(html).toContain(colour);
  });

  it('shows the starved composite below the percolation line and the LTG composite as dual-conductive', () => {
    expect(html).toContain('0.172: does not percolate');
    expect(html).toContain('yes: LTG carries both paths');
  });

  it('escapes the title and every name it prints', () => {
    const report = reportOf(FULL);
    const hostile: Report = { ...report, cells: report.cells.map((c) => ({ ...c, name: `<script>alert("${c.name}")</script>` })) };
    const page = renderHtml(hostile, '<b>"x" & y</b>');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    expect(checkWellFormed(page).errors).toEqual([]);
  });

  it('for the LTG example, says what is missing instead of drawing the stack it cannot compute', () => {
    const page = renderHtml(reportOf(readExample('homogeneous-ltg.cell')), 'homogeneous-ltg.cell');
    expect(checkWellFormed(page).errors).toEqual([]);
    expect(page).toContain('declare <code>density</code> of <code>LTG</code>');
    // LiIn has no density (no anode areal mass) and LTG none (no cathode thickness): neither bar is complete.
    expect(page).toContain('The stack chart needs every layer’s areal mass or thickness');
    // The composite's charts need no density (one component), the scatter needs both energies.
    expect(checkWellFormed(page).elements.filter((e) => e.name === 'svg')).toHaveLength(2);
  });
});
