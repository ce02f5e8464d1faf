// Run by the build (scripts/build.mjs) before bundling: the shipped material library must pass its
// schema and cross-entry rules, or nothing is bundled. The bundles then use the data as it is
// (server/src/core/library/library.ts, CELLSPEC_LIBRARY_CHECKED).
import rawMaterials from '../server/src/core/library/materials.json';
import rawSources from '../server/src/core/library/sources.json';
import { LibraryDataError, validateLibraryData } from '../server/src/core/library/validate';

try {
  const { materials, sources } = validateLibraryData(rawMaterials, rawSources);
  process.stdout.write(`library: ${materials.length} materials, ${Object.keys(sources).length} sources, valid\n`);
} catch (error) {
  process.stderr.write(`library: invalid\n${error instanceof LibraryDataError ? error.message : String(error)}\n`);
  process.exit(1);
}
