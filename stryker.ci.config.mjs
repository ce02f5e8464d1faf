// The mutation run of CI's long suite (issue #18): the files whose mutants have a complete
// baseline in the committed incremental file, so a clean clone re-tests only the mutants a change
// touched (a few minutes) instead of all ~3,000 (hours on two cores). A file joins by being run
// once with `npx stryker run --mutate <file>` and committing test/mutation/stryker-incremental.json.
// The run fails when the score of those files falls below `break`, which follows the measured
// score (docs/architecture.md, "Mutation testing") a few points under it.
import { readFileSync } from 'node:fs';
import base from './stryker.config.mjs';

const baseline = JSON.parse(readFileSync(new URL('./test/mutation/stryker-incremental.json', import.meta.url), 'utf8'));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: Object.keys(baseline.files).sort(),
  thresholds: { ...base.thresholds, break: 70 },
};
