// The V8 code cache of the CLI bundle (bin/cellspec.js loads it): written after running a
// representative command — checking the examples compiles the lexer, parser, model, checks and
// hints — so that the functions that command compiled are in the cache too. It matches this Node
// and this bundle only; V8 rejects it otherwise and the CLI compiles as before.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

export function writeCodeCache(root) {
  const out = path.join(root, 'dist', 'cli.js.cache');
  rmSync(out, { force: true });
  const examples = path.join(root, 'examples');
  const args = existsSync(examples) ? ['check', examples] : ['formula', 'Li2S'];
  spawnSync(process.execPath, [path.join(root, 'bin', 'cellspec.js'), ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, CELLSPEC_CODE_CACHE_OUT: out },
  });
  if (!existsSync(out)) console.warn('build: no code cache for the CLI (it will compile at start-up)');
}
