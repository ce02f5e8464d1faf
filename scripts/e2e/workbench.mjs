// A real VS Code for the extension under development: code-server (VS Code 1.100 served to a
// browser, with a real Node extension host) driven by Debian's Chromium through playwright-core.
// See shared/E2E.md. run.mjs runs the mocha suite in it; screenshots.mjs the screenshot scenes.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { format } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/lib/chromium/chromium';
const codeServerEntry = path.join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');

/** Exits with a hint when `npm run test:e2e:setup` has not run; builds dist/ (the extension and its server). */
export function prepare(label) {
  if (!existsSync(codeServerEntry) || !existsSync(CHROMIUM)) {
    console.error(`${label}: code-server or Chromium is missing; run \`npm run test:e2e:setup\` first.`);
    process.exit(1);
  }
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}

/**
 * Opens a copy of examples/ as the workspace in a fresh code-server and runs the extension tests
 * at `testsPath` (a bundled file exporting `run()`), with the extension of this repository loaded
 * for development. Resolves with the tests' exit code (1 on a timeout).
 * - `extensionPath`: the extension under development (this repository, or a staged copy).
 * - `userSettings`: the workbench's settings.json (the suite runs with VS Code's defaults).
 * - `env`: extra environment for code-server, which its extension host inherits.
 * - `onLine(line, page)`: every line the tests print; a returned promise is awaited before the end.
 */
export async function runInWorkbench({ label, testsPath, timeoutMs, extensionPath = root, userSettings, env = {}, viewport = { width: 1400, height: 900 }, onLine }) {
  const startedAt = Date.now();
  const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cellspec-e2e-'));
  const dirs = Object.fromEntries(
    ['workspace', 'home', 'config', 'data', 'cache', 'user-data', 'extensions', 'chromium'].map((name) => [name, path.join(scratch, name)]),
  );
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, 'examples'), dirs.workspace, { recursive: true });
  if (userSettings) {
    mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
    writeFileSync(path.join(dirs['user-data'], 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  }

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
      env: { ...process.env, ...env, HOME: dirs.home, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache },
    },
  );
  codeServer.stdout.pipe(serverLog);
  codeServer.stderr.pipe(serverLog);

  let browser;
  let exitCode = 1;
  try {
    await waitForHealth(codeServer, port, 60_000);
    console.log(`${label}: code-server ${port} ready after ${elapsed()}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launchPersistentContext(dirs.chromium, {
      executablePath: CHROMIUM,
      viewport,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    const handled = [];
    // The same hooks @vscode/test-web uses: the workbench forwards the tests' console and result.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Console calls arrive as they were made, format string first (mocha's "%s%s").
      const line = format(...(Array.isArray(args) ? args : [args]));
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      const result = onLine?.(line, page);
      // Settled now (a rejection left waiting would crash the process), reported at the end.
      if (result) handled.push(result.then(() => undefined, (error) => error ?? new Error(`handling "${line}" failed`)));
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsPath)],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise((resolve) =>
      setTimeout(() => {
        console.error(`${label}: no result within ${timeoutMs / 1000} s`);
        resolve(1);
      }, timeoutMs).unref(),
    );
    exitCode = await Promise.race([finished, timeout]);
    const failures = (await Promise.all(handled)).filter((error) => error !== undefined);
    for (const failure of failures) console.error(`${label}:`, failure);
    if (failures.length > 0) exitCode = 1;
  } catch (error) {
    console.error(`${label}: the run failed before the tests finished:`, error);
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
      console.error(`${label}: last lines of the code-server log:\n${readFileSync(serverLogFile, 'utf8').split('\n').slice(-30).join('\n')}`);
    }
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${label}: ${exitCode === 0 ? 'passed' : 'FAILED'} in ${elapsed()}`);
  return exitCode;
}

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

async function waitForHealth(codeServer, port, timeoutMs) {
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
