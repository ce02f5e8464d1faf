// npm run screenshots:report: the design-space pictures of the README, from the HTML report of
// examples/design-limits.cell rendered in Debian's Chromium (headless, offline). Run after
// `npm run build`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const html = execFileSync(process.execPath, [path.join(root, 'bin/cellspec.js'), 'report', '--format', 'html', 'examples/design-limits.cell'], { cwd: root, encoding: 'utf8' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 1000 }, colorScheme: 'light' });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  // Cell 1 is `Thick`: its limits bind inside the charts.
  for (const [selector, file] of [
    ['#chart-cell-1-design-active', 'design-space-active.png'],
    ['#chart-cell-1-design-loading', 'design-space-loading.png'],
  ]) {
    const element = await page.$(selector);
    if (!element) throw new Error(`no chart ${selector} in the report`);
    await element.screenshot({ path: path.join(root, 'docs/images', file) });
    console.log(`screenshots: docs/images/${file}`);
  }
} finally {
  await browser.close();
}
