// Runs the e2e mocha suite in a real VS Code: code-server (VS Code 1.100 served to a browser,
// with a real Node extension host) driven by Debian's Chromium through playwright-core.
// See shared/E2E.md. Prerequisite: npm run test:e2e:setup. Exits with the suite's result.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { format } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSuite } from './compile-suite.mjs';

const TIMEOUT_MS = 180_000;
const CHROMIUM = '/usr/lib/chromium/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const codeServerEntry = path.join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

if (!existsSync(codeServerEntry) || !existsSync(CHROMIUM)) {
  console.error('e2e: code-server or Chromium is missing; run `npm run test:e2e:setup` first.');
  process.exit(1);
}

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const suite = await compileSuite();

const scratch = mkdtempSync(path.join(os.tmpdir(), 'cellspec-e2e-'));
const dirs = Object.fromEntries(
  ['workspace', 'home', 'config', 'data', 'cache', 'user-data', 'extensions', 'chromium'].map((name) => [name, path.join(scratch, name)]),
);
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
cpSync(path.join(root, 'examples'), dirs.workspace, { recursive: true });

const port = await freePort();
const configFile = path.join(scratch, 'code-server.yaml');
writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
const serverLogFile = path.join(scratch, 'code-server.log');
const serverLog = createWriteStream(serverLogFile);
const codeServer = spawn(
  process.execPath,
  [
    codeServerEntry,
    '--config', configFile,
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ],
  {
    cwd: scratch,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Without these it writes into the real home.
    env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache },
  },
);
codeServer.stdout.pipe(serverLog);
codeServer.stderr.pipe(serverLog);

let browser;
let exitCode = 1;
try {
  await waitForHealth(port, 60_000);
  console.log(`e2e: code-server ${port} ready after ${elapsed()}`);
  const { chromium } = await import('playwright-core');
  browser = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: CHROMIUM,
    viewport: { width: 1400, height: 900 },
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  // CELLSPEC_E2E_SCREENSHOT=file.png: a picture of the workbench when the suite says it is ready.
  let screenshotTaken = Promise.resolve();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench forwards console calls as they were made, format string first (mocha's "%s%s").
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (line.includes('cellspec-e2e: screenshot now') && process.env.CELLSPEC_E2E_SCREENSHOT) {
      const file = path.resolve(process.env.CELLSPEC_E2E_SCREENSHOT);
      screenshotTaken = page
        .waitForTimeout(1000)
        .then(() => page.screenshot({ path: file }))
        .then(() => console.log(`e2e: screenshot saved to ${file}`))
        .catch((error) => console.error('e2e: screenshot failed:', error));
    }
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suite)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const timeout = new Promise((resolve) =>
    setTimeout(() => {
      console.error(`e2e: no result from the suite within ${TIMEOUT_MS / 1000} s`);
      resolve(1);
    }, TIMEOUT_MS).unref(),
  );
  exitCode = await Promise.race([finished, timeout]);
  await screenshotTaken;
} catch (error) {
  console.error('e2e: the run failed before the suite finished:', error);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-codeServer.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  serverLog.end();
  if (exitCode !== 0 && existsSync(serverLogFile)) {
    console.error(`e2e: last lines of the code-server log:\n${readFileSync(serverLogFile, 'utf8').split('\n').slice(-30).join('\n')}`);
  }
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`e2e: ${exitCode === 0 ? 'passed' : 'FAILED'} in ${elapsed()}`);
process.exit(exitCode);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
}
