import { defineConfig } from 'vitest/config';

// `unit` tests the pure core in-process; `integration` runs the real bundles (the CLI and the
// language server over JSON-RPC), so only it needs dist/ built first; `browser` needs Debian's
// Chromium (installed by scripts/e2e/setup.sh) and `neovim` Debian's Neovim, so `npm test` leaves
// them to `npm run test:browser` and `npm run test:neovim`.
// `isolate: false` for the two projects of `npm test`: loading the core afresh for every test file
// cost 33 of the unit project's 70 s on the 2-core machine (22 s without). The core's caches are
// built to be reused by any later analysis (that is how the editor runs it), and the suite passes
// in shuffled orders (`--sequence.shuffle`), so sharing a worker's modules between files is safe.
export default defineConfig({
  test: {
    testTimeout: 20000,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/setup/span-equality.ts'], isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['test/lsp/**/*.test.ts', 'test/cli/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup/span-equality.ts'],
          testTimeout: 30000,
          isolate: false,
        },
      },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60000 } },
      // Bounded cost and inert output under hostile input (issue #19): minutes, so not in `npm test`.
      {
        test: {
          name: 'adversarial',
          include: ['test/adversarial/**/*.test.ts'],
          testTimeout: 120000,
          setupFiles: ['test/setup/span-equality.ts'],
          // scaling.ts collects garbage before each timed run, so one size does not pay for the last.
          // A young generation of 256 MB (V8's default is 16 MB): with the default, the sizes where one
          // run's live tree first outgrows it (64k–128k tokens here) cost ×3 per token in copying once,
          // a step that reads as superlinear growth though the cost per token is flat on both sides.
          execArgv: ['--expose-gc', '--max-semi-space-size=256'],
        },
      },
      // Neovim's own LSP client against the server: needs Debian's neovim (scripts/neovim/setup.sh).
      {
        test: {
          name: 'neovim',
          include: ['test/neovim/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60000,
          hookTimeout: 120000,
        },
      },
    ],
  },
});
