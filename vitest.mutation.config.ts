import { defineConfig } from 'vitest/config';

// The unit tests of the rules under mutation (stryker.config.mjs): the checks, the chemistry, the
// computations and the formula engine they rest on, in-process — no bundles, no editor features,
// no browser. Each mutant runs only the tests that cover it.
export default defineConfig({
  test: {
    include: [
      'test/unit/checks/**/*.test.ts',
      'test/unit/chemistry/**/*.test.ts',
      'test/unit/compute/**/*.test.ts',
      'test/unit/design/**/*.test.ts',
      'test/unit/formula/**/*.test.ts',
      'test/unit/library/**/*.test.ts',
      'test/unit/thresholds.test.ts',
    ],
    setupFiles: ['test/setup/span-equality.ts'],
    testTimeout: 20000,
  },
});
