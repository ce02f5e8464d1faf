/**
 * Debian's Chromium, headless, for the browser tests (never `playwright install`, which downloads
 * a browser). A machine without it fails the tests with the install command, rather than skipping them.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

/** A browser launched before the file's tests and closed after them: call at the top of a `describe`. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('Chromium not found at /usr/bin/chromium: apt-get install -y --no-install-recommends chromium');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}
