// Runs headless Neovim's own LSP client against the Cellspec server on a copy of a .cell file in
// a fresh workspace (scripts/neovim/check.lua does the editor's side) and returns what Neovim got.
//
//   node scripts/neovim/run.mjs examples/oxide-on-sulfide.cell --hover 6:5
//
// prints that JSON; exit 1 when the run failed, 2 when nvim is not installed or on bad usage.
// Needs dist/ built (node scripts/build.mjs): the server runs as `node bin/cellspec.js lsp --stdio`.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
const CHECK_LUA = path.join(HERE, 'check.lua');

export class NeovimMissingError extends Error {}

/** The `nvim` to run (CELLSPEC_NVIM or the PATH's) and its version; throws NeovimMissingError when there is none. */
export function findNvim() {
  const command = process.env.CELLSPEC_NVIM || 'nvim';
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : `exit ${probe.status}: ${probe.stderr.trim()}`;
    throw new NeovimMissingError(
      `Neovim is not installed: \`${command} --version\` failed (${why}). ` +
        'Install it with `apt-get install -y neovim` (Debian 12 ships 0.7.2), or `bash scripts/neovim/setup.sh`, ' +
        'or point CELLSPEC_NVIM at an nvim binary.',
    );
  }
  const version = /NVIM v(\d+\.\d+\.\d+)/.exec(probe.stdout)?.[1] ?? 'unknown';
  return { command, version };
}

function lastLines(file, count) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Copies `options.file` (and a cellspec.json beside it) into a new temporary workspace, opens it
 * in `nvim --headless --clean` and resolves to what Neovim received. Rejects with the reason
 * (check.lua's error, nvim's stderr, the tail of Neovim's lsp.log) when anything failed or the
 * run outlived `killAfterMs`.
 */
export async function runNeovimCheck(options) {
  const nvim = findNvim();
  const timeoutMs = options.timeoutMs ?? 15_000;
  const killAfterMs = options.killAfterMs ?? 3 * timeoutMs + 15_000;
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'cellspec-nvim-')));
  const workspace = path.join(base, 'workspace');
  const home = path.join(base, 'home');
  mkdirSync(workspace);
  mkdirSync(home);
  const file = path.join(workspace, path.basename(options.file));
  copyFileSync(path.resolve(options.file), file);
  // Project settings travel with the file, so the editor and `cellspec check` on the original agree.
  const settingsFile = path.join(path.dirname(path.resolve(options.file)), 'cellspec.json');
  if (existsSync(settingsFile)) copyFileSync(settingsFile, path.join(workspace, 'cellspec.json'));
  const outFile = path.join(base, 'neovim-result.json');
  const serverCommand = options.serverCommand ?? [process.execPath, path.join(REPO_ROOT, 'bin/cellspec.js'), 'lsp', '--stdio'];

  const env = {
    ...process.env,
    // Neovim's log, shada and swap go to the run's own folder, never the user's.
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    CELLSPEC_NVIM_FILE: file,
    // The workspace folder is Neovim's working directory, as docs/editor.md's 0.7–0.9 set-up has it.
    CELLSPEC_NVIM_ROOT: '',
    CELLSPEC_NVIM_OUT: outFile,
    CELLSPEC_NVIM_CMD: JSON.stringify(serverCommand),
    CELLSPEC_NVIM_TIMEOUT_MS: String(timeoutMs),
    CELLSPEC_NVIM_HOVER: options.hover ? `${options.hover.line}:${options.hover.character}` : '',
  };
  const args = ['--headless', '--clean', '-u', 'NONE', '-n', '-i', 'NONE', '-c', `luafile ${CHECK_LUA.replace(/([ \\])/g, '\\$1')}`];
  const started = Date.now();
  const { code, signal, stderr, killed } = await new Promise((resolve, reject) => {
    // Its own process group, so a hung run is ended with the server Neovim started, and nothing else.
    const child = spawn(nvim.command, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderrText = '';
    let timedOut = false;
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderrText += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, killAfterMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      resolve({ code: exitCode, signal: exitSignal, stderr: stderrText, killed: timedOut });
    });
  });
  const durationMs = Date.now() - started;

  const result = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : undefined;
  if (killed || code !== 0 || !result || result.error) {
    const reason = killed
      ? `nvim was killed after ${killAfterMs} ms`
      : `nvim exited with ${code ?? signal}${result?.error ? `: ${result.error}` : result ? '' : ' without writing its result'}`;
    const log = lastLines(path.join(home, 'cache', 'nvim', 'lsp.log'), 20);
    throw new Error(
      [`Neovim ${nvim.version} on ${file}: ${reason}`, stderr.trim() && `stderr:\n${stderr.trim()}`, log && `lsp.log:\n${log}`, `(workspace kept: ${base})`]
        .filter(Boolean)
        .join('\n'),
    );
  }
  rmSync(base, { recursive: true, force: true });
  return { ...result, hover: result.hover ?? null, nvimCommand: nvim.command, durationMs };
}

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/neovim/run.mjs FILE.cell [--hover LINE:CHARACTER] (0-based)\n`);
  process.exit(2);
}

async function main(argv) {
  let file;
  let hover;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--hover') {
      const match = /^(\d+):(\d+)$/.exec(argv[++i] ?? '');
      if (!match) usage('--hover needs LINE:CHARACTER');
      hover = { line: Number(match[1]), character: Number(match[2]) };
    } else if (!file) file = argv[i];
    else usage(`unexpected argument ${argv[i]}`);
  }
  if (!file) usage('name a .cell file');
  try {
    process.stdout.write(`${JSON.stringify(await runNeovimCheck({ file, hover }), null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof NeovimMissingError ? 2 : 1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
