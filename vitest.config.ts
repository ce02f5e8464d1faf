import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests the pure core in-process; `integration` runs the real bundles
// (the CLI and the language server over JSON-RPC), so only it needs dist/ built first.
export default defineConfig({
  test: {
    testTimeout: 20000,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/lsp/**/*.test.ts', 'test/cli/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30000,
        },
      },
    ],
  },
});
