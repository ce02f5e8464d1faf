// Mutation testing of the rules that decide what a user is told (issue #18): `npm run test:mutation`.
// Each mutant (a changed operator, constant, condition…) of core/checks, core/chemistry and
// core/compute is run against the unit tests that cover it; a mutant no test notices is a
// decision no test pins. Static mutants (module-level tables, evaluated once at import) would
// need the whole suite re-run each and are left to the data tests (ignoreStatic). The score and
// the surviving mutants' reasons are in docs/architecture.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['server/src/core/checks/**/*.ts', 'server/src/core/chemistry/**/*.ts', 'server/src/core/compute/**/*.ts'],
  // Results are kept per mutant in a committed file: a run re-tests only the mutants whose code
  // or covering tests changed, so CI pays for what a change touched, not for all ~3,000.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: '.cache/mutation/report.json' },
  tempDirName: '.cache/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
