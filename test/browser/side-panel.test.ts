/**
 * The report at a side panel's width (issue #17): VS Code shows it in a webview beside the file,
 * often ~400 px wide. In headless Chromium at 400 px, for the report of every example, the full
 * report of the unit tests and a comparison: the page never scrolls sideways (a wide table
 * scrolls inside its own box), every chart fits the page, and no label of a chart runs past its
 * edge, where the SVG would clip it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compareDesigns, computeReport, renderComparisonHtml, renderHtml } from '../../server/src/core/report';
import { analyze, analyzeExample, exampleFiles } from '../unit/helpers/analyze';
import { FULL } from '../unit/report/documents';
import { useChromium } from './chromium';
const SIDE_PANEL = { width: 400, height: 900 };

function pages(): Record<string, string> {
  const full = analyze(FULL);
  const result: Record<string, string> = { 'FULL (unit tests)': renderHtml(computeReport(full.program, full.settings), 'full.cell') };
  for (const file of Object.keys(exampleFiles())) {
    if (file.includes('/imports/')) continue;
    const name = path.basename(file);
    const analysis = analyzeExample(name);
    result[name] = renderHtml(computeReport(analysis.program, analysis.settings), name);
  }
  const [thin, thick] = [analyzeExample('design-limits.cell'), analyzeExample('oxide-on-sulfide.cell')];
  result['compare'] = renderComparisonHtml(compareDesigns(thin, thick, { a: thin.settings, b: thick.settings }), { a: 'design-limits.cell', b: 'oxide-on-sulfide.cell' });
  return result;
}

interface Layout {
  readonly pageWidth: number;
  readonly viewport: number;
  readonly bodyOverflow: number;
  /** Elements whose right edge passes the viewport outside any scrolling box. */
  readonly overflowing: string[];
  readonly charts: { id: string; width: number }[];
  /** Chart labels that run past their chart. */
  readonly clippedLabels: string[];
  readonly tables: number;
  readonly scrollingTables: number;
}

function layout(page: Page): Promise<Layout> {
  // In the page (the repository's TypeScript has no DOM library: the page's objects come from the root element).
  return page.$eval('html', (root): Layout => {
    const document = root.ownerDocument;
    const getComputedStyle = document.defaultView!.getComputedStyle.bind(document.defaultView);
    const viewport = document.documentElement.clientWidth;
    const scrolls = (element: typeof root | null): boolean => {
      for (let at = element; at && at !== document.body; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5 && !scrolls(element.parentElement))
      .map((element) => `<${String(element.tagName).toLowerCase()}> ${String(element.textContent ?? '').slice(0, 50)}`);
    const clippedLabels: string[] = [];
    const charts = [...document.querySelectorAll('svg.chart')].map((svg) => {
      const box = svg.getBoundingClientRect();
      for (const label of svg.querySelectorAll('text')) {
        const at = label.getBoundingClientRect();
        if (at.left < box.left - 1 || at.right > box.right + 1 || at.top < box.top - 1 || at.bottom > box.bottom + 1) clippedLabels.push(`${svg.id}: ${label.textContent}`);
      }
      return { id: svg.id, width: box.width };
    });
    const tables = [...document.querySelectorAll('table')];
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewport,
      bodyOverflow: document.body.scrollWidth - document.body.clientWidth,
      overflowing,
      charts,
      clippedLabels,
      tables: tables.length,
      scrollingTables: tables.filter((table) => scrolls(table.parentElement)).length,
    };
  });
}

describe('the report at a side panel’s width (400 px)', () => {
  const browser = useChromium();

  it('never scrolls sideways: tables scroll in their own box, charts fit, no chart label is cut off', async () => {
    const page = await browser().newPage({ viewport: SIDE_PANEL });
    const all = pages();
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(9);
    let charts = 0;
    for (const [name, html] of Object.entries(all)) {
      await page.setContent(html, { waitUntil: 'load' });
      const found = await layout(page);
      expect(found.viewport, name).toBe(SIDE_PANEL.width);
      expect(found.pageWidth, `${name}: the page is ${found.pageWidth} px wide`).toBeLessThanOrEqual(found.viewport);
      expect(found.bodyOverflow, name).toBeLessThanOrEqual(0);
      expect(found.overflowing, name).toEqual([]);
      expect(found.clippedLabels, name).toEqual([]);
      expect(found.scrollingTables, `${name}: every table in a scrolling box`).toBe(found.tables);
      for (const chart of found.charts) {
        expect(chart.width, `${name} ${chart.id}`).toBeLessThanOrEqual(found.viewport);
        // Scaled to the panel, not to nothing: the page's padding is all that is taken off.
        expect(chart.width, `${name} ${chart.id}`).toBeGreaterThan(found.viewport - 40);
      }
      charts += found.charts.length;
    }
    expect(charts).toBeGreaterThan(30);
    await page.close();
  });

  it('at a desktop width, keeps the values beside their names (the narrow layout stacks them)', async () => {
    const columns = async (width: number) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.setContent(all['design-limits.cell']!, { waitUntil: 'load' });
      const result = await page.$eval('dl.values', (dl) => dl.ownerDocument.defaultView!.getComputedStyle(dl).gridTemplateColumns.split(' ').length);
      await page.close();
      return result;
    };
    const all = pages();
    expect(await columns(1200)).toBe(2);
    expect(await columns(SIDE_PANEL.width)).toBe(1);
  });
});
