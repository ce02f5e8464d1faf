// `npm test`: the type check and the unit and integration tests at the same time. Run one after
// the other they took ~15 s + ~85 s on the 2-core machine; the tests leave a core idle much of
// the time (the integration tests wait on the CLI and server processes they start), and the
// type check fills it. Arguments go to vitest (CI passes its reporters). The type checker's
// output is printed after the tests, so the two do not interleave; either failing fails the run.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

/** Runs `node script args…` in the repository; resolves to its exit code and, when `capture`, its output. */
function run(script, args, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
    child.on('error', (error) => resolve({ code: 1, output: `${error.message}\n` }));
  });
}

const typecheck = run(path.join(packageDir('typescript'), 'bin/tsc'), ['-p', '.', '--noEmit', '--incremental', '--tsBuildInfoFile', '.cache/tsc/tsbuildinfo'], true);
const tests = run(path.join(packageDir('vitest'), 'vitest.mjs'), ['run', '--project', 'unit', '--project', 'integration', ...process.argv.slice(2)], false);
const [types, vitest] = await Promise.all([typecheck, tests]);

if (types.code === 0) console.log('type check (tsc --noEmit): no errors');
else process.stdout.write(`\ntype check (tsc --noEmit) failed:\n${types.output}`);
process.exit(types.code !== 0 ? types.code : vitest.code);
