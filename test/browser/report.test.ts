/**
 * The HTML report in a real browser: Debian's Chromium, driven headless by playwright-core
 * (never `playwright install`, which downloads a browser). It must render offline with no
 * request, no console message and no script error, and every chart must have a size.
 * If Chromium is absent this test fails with instructions, rather than being skipped.
 */
import { describe, expect, it } from 'vitest';
import { computeReport, renderHtml } from '../../server/src/core/report';
import { analyze } from '../unit/helpers/analyze';
import { FULL } from '../unit/report/documents';
import { useChromium } from './chromium';

describe('the HTML report in headless Chromium', () => {
  const browser = useChromium();

  it('renders offline with no request, no console message and no error, every chart with a visible size', async () => {
    const analysis = analyze(FULL);
    const html = renderHtml(computeReport(analysis.program, analysis.settings), 'full.cell');
    const page = await browser().newPage();
    const messages: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });

    expect(await page.title()).toBe('Cellspec report: full.cell');
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id: string) => svg.ownerDocument.getElementById(id)?.textContent ?? '');
        return { id: svg.id, width: box.width, height: box.height, title: named[0], description: named[1] };
      }),
    );
    // Per cell: its stack, the design space against the active share (not for a cathode of one
    // material, which has nothing to trade) and the loading, and the stack beside its all-active
    // counterpart (not for a cathode that is all active already).
    expect(charts.map((c) => c.id)).toEqual([
      'chart-energy',
      ...['0', '1'].flatMap((i) => [`chart-cell-${i}-stack`, `chart-cell-${i}-design-active`, `chart-cell-${i}-design-loading`, `chart-cell-${i}-aea-now`, `chart-cell-${i}-aea`]),
      'chart-cell-2-stack',
      'chart-cell-2-design-loading',
      ...['0', '1', '2'].flatMap((i) => [`chart-composite-${i}-conductivity`, `chart-composite-${i}-percolation`]),
    ]);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(60);
      expect(chart.title!.length).toBeGreaterThan(10);
      expect(chart.description!.length).toBeGreaterThan(20);
    }
    // The parser agreed with the generator: nothing was re-parented or dropped.
    expect(await page.$$eval('svg.chart title', (titles) => titles.length)).toBeGreaterThanOrEqual(10);
    expect(await page.$$eval('main > section', (sections) => sections.map((s) => s.id))).toEqual(['cells', 'composites', 'materials']);
    expect(messages).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
