// What the e2e suite cannot see from the extension host: the workbench's own DOM. A test prints
// `cellspec-e2e-ui: NAME`; run.mjs hands the page to UI_CHECKS[NAME], which waits (with a
// deadline) for what a user would see, clicks what a user would click, and throws if it never
// shows. The runner then writes NAME.json ({ ok, error? }) into CELLSPEC_E2E_ACK_DIR, which the
// test is waiting for (test/e2e/workbench.ts, `checkInWorkbench`), so it can go on and assert
// what the click did.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const WAIT_MS = 20_000;
export const UI_MARKER = /^cellspec-e2e-ui: (\S+)$/;

export const UI_CHECKS = {
  /** The walkthrough is open with its four steps; a click on the first step's button opens the example. */
  walkthrough: async (page) => {
    const container = page.locator('.gettingStartedContainer');
    await container.getByText('Get Started with Cellspec').first().waitFor({ timeout: WAIT_MS });
    for (const step of ['Open a first design', 'Fix a mistake with a quick fix', 'See the report', 'Read the language reference']) {
      await container.getByText(step, { exact: true }).first().waitFor({ timeout: WAIT_MS });
    }
    await container.getByText('Open a first design', { exact: true }).first().click();
    const button = container.getByRole('button', { name: 'Open an Example Design' }).first();
    await button.waitFor({ timeout: WAIT_MS });
    await button.click();
  },
  /** The status bar's `{}` for design-limits.cell shows Cellspec's line; its Show Report link is clicked. */
  'language-status': async (page) => {
    const entry = page.locator('[id="status.languageStatus"]');
    await entry.waitFor({ timeout: WAIT_MS });
    await entry.click();
    const hover = page.locator('.monaco-hover, .context-view').filter({ hasText: '2 cells · no errors · 1 warning' }).first();
    await hover.waitFor({ timeout: WAIT_MS });
    await hover.getByText('built-in library:', { exact: false }).first().waitFor({ timeout: WAIT_MS });
    await hover.getByText('Show Report', { exact: true }).first().click();
  },
  /** The lens above `cell Thin` shows its numbers; a click on it is a click on Show Report. */
  'code-lens': async (page) => {
    const lens = page.locator('.codelens-decoration a').filter({ hasText: '2.19 mAh/cm² · 328 Wh/kg · 682 Wh/L' }).first();
    await lens.waitFor({ timeout: WAIT_MS });
    await lens.click();
  },
  /** The reference opened at §3 Units: the markdown preview shows that heading near its top. */
  'reference-preview': async (page) => {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      for (const frame of page.frames()) {
        const heading = frame.locator('h2').filter({ hasText: '3. Units' }).first();
        const top = await heading.evaluate((h) => h.getBoundingClientRect().top, undefined, { timeout: 200 }).catch(() => undefined);
        // Scrolled to the heading: it sits at the top of the preview, not ~100 lines down.
        if (top !== undefined && top >= -5 && top < 200) return;
      }
      await page.waitForTimeout(100);
    }
    throw new Error('no markdown preview showed the heading "3. Units" at its top');
  },
};

/** Runs one check for the suite and acknowledges it; a failure is acknowledged too, with its error and a screenshot. */
export async function runUiCheck(page, name, ackDirectory) {
  let result;
  try {
    const check = UI_CHECKS[name];
    if (!check) throw new Error(`no UI check named ${name}`);
    await check(page);
    result = { ok: true };
  } catch (error) {
    const shot = path.join(ackDirectory, `${name}-failed.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    result = { ok: false, error: `${error?.message ?? String(error)} (what the workbench showed: ${shot})` };
  }
  writeFileSync(path.join(ackDirectory, `${name}.json`), JSON.stringify(result));
}
