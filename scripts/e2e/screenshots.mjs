// npm run screenshots: the pictures of docs/editor.md, taken in a real VS Code (code-server and
// Chromium, see workbench.mjs). The scenes (test/e2e/screenshots) set the editor up through VS
// Code's API and print `cellspec-shot: NAME`; for each, this runner waits until the workbench
// shows what the picture is about, captures docs/images/NAME.png and acknowledges, so the scene
// moves on. No fixed sleeps: every wait is for something on screen, with a deadline.
// Prerequisite: npm run test:e2e:setup. `CELLSPEC_SHOTS=hover,report` takes only those.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileScenes } from './compile-suite.mjs';
import { prepare, root, runInWorkbench } from './workbench.mjs';

const OUTPUT = path.join(root, 'docs/images');
const WAIT_MS = 30_000;
/** docs/ and the Marketplace page load these; past this size a picture is worth shrinking. */
const LARGEST_BYTES = 300 * 1024;

/** What each picture must show before it is taken, as the workbench's DOM has it. */
const SHOTS = {
  diagnostics: async (page) => {
    await page.locator('.markers-panel .monaco-list-row').nth(4).waitFor({ timeout: WAIT_MS });
    await page.locator('.view-overlays .squiggly-error').first().waitFor({ timeout: WAIT_MS });
  },
  hover: async (page) => {
    const hover = page.locator('.monaco-resizable-hover').filter({ hasText: 'NCM811 · cathode · oxide' });
    await hover.waitFor({ timeout: WAIT_MS });
    // A hover opens at most a quarter of the editor tall; the sources sit below the table. Drag
    // its lower edge down, as a reader would, so the table and its sources show together.
    const sash = hover.locator('.monaco-sash.orthogonal-edge-south:not(.disabled)');
    const box = await sash.boundingBox();
    if (!box) throw new Error('the hover cannot be resized downwards (is it above the line?)');
    const viewport = page.viewportSize();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, viewport.height - 40, { steps: 8 });
    await page.mouse.up();
    // Off the sash, which lights up under the pointer, but still over the hover, which keeps it open.
    const grown = await hover.boundingBox();
    await page.mouse.move(grown.x + grown.width - 20, grown.y + 10);
    await waitUntilShown(page, hover, hover.locator('p').filter({ hasText: '[1] ' }).last(), WAIT_MS);
  },
  'inlay-hints': async (page) => {
    await page.locator('.view-lines').getByText('≈6.0 e⁻').first().waitFor({ timeout: WAIT_MS });
    await page.locator('.view-lines').getByText('Wh/kg').first().waitFor({ timeout: WAIT_MS });
  },
  'quick-fix': async (page) => {
    await page.locator('.action-widget').getByText('LiTaOCl4').first().waitFor({ timeout: WAIT_MS });
    // The breadcrumbs follow the cursor a moment later: they must name the composite the menu is about.
    await page.locator('.breadcrumbs-control').getByText('BareNCM', { exact: true }).first().waitFor({ timeout: WAIT_MS });
  },
  report: async (page) => {
    await waitForFrameText(page, 'Cellspec report', WAIT_MS);
  },
};

prepare('screenshots');
const scenes = await compileScenes();
mkdirSync(OUTPUT, { recursive: true });
const ackDirectory = mkdtempSync(path.join(os.tmpdir(), 'cellspec-shots-'));
const taken = [];

const exitCode = await runInWorkbench({
  label: 'screenshots',
  testsPath: scenes,
  timeoutMs: 240_000,
  viewport: { width: 1280, height: 900 },
  env: { CELLSPEC_SHOTS_ACK_DIR: ackDirectory },
  userSettings: {
    // A plain stage: no welcome page, tips, minimap or chat entry points; VS Code's default light theme.
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': 'Default Light Modern',
    // Below the line, where the hover can grow to show a material's sources.
    'editor.hover.above': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'editor.fontSize': 14,
    'editor.inlayHints.enabled': 'on',
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
  },
  onLine: (line, page) => {
    const name = /^cellspec-shot: (\S+)$/.exec(line)?.[1];
    if (!name) return undefined;
    return capture(page, name);
  },
});
rmSync(ackDirectory, { recursive: true, force: true });
for (const file of taken) {
  const bytes = statSync(file).size;
  console.log(`screenshots: ${path.relative(root, file)} ${(bytes / 1024).toFixed(0)} KB${bytes > LARGEST_BYTES ? ' (over 300 KB)' : ''}`);
}
process.exit(exitCode);

async function capture(page, name) {
  const ready = SHOTS[name];
  if (!ready) throw new Error(`no screenshot named ${name}`);
  try {
    try {
      await ready(page);
    } catch (error) {
      const failed = path.join(os.tmpdir(), `cellspec-shot-${name}-not-ready.png`);
      await page.screenshot({ path: failed }).catch(() => undefined);
      throw new Error(`${name}: the workbench never showed what the picture needs (what it showed: ${failed}): ${error.message}`);
    }
    const file = path.join(OUTPUT, `${name}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    taken.push(file);
    // The pointer rests on the empty title bar between scenes, where it raises no tooltip or hover.
    await page.mouse.move(page.viewportSize().width - 200, 17);
  } finally {
    // Acknowledge even a failed capture, so the scene stops waiting and the run reports the error.
    writeFileSync(path.join(ackDirectory, `${name}.done`), '');
  }
}

/** Waits until `inner` lies inside the visible box of `outer` (shown, not scrolled out of it). */
async function waitUntilShown(page, outer, inner, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [container, element] = await Promise.all([outer.boundingBox(), inner.boundingBox()]);
    if (container && element && element.y >= container.y && element.y + element.height <= container.y + container.height) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${inner} did not come into view within ${timeoutMs / 1000} s`);
}

/** Webviews render in nested iframes: wait until one of the page's frames shows the text. */
async function waitForFrameText(page, text, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame
        .getByText(text)
        .first()
        .isVisible()
        .catch(() => false);
      if (found) return;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame showed ${JSON.stringify(text)} within ${timeoutMs / 1000} s`);
}
