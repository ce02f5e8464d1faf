// Writes schemas/cellspec.schema.json and the `cellspec.*` settings of package.json from the core's
// zod settings schema (npm run gen:schema). Never edit either by hand: test/unit/settings
// regenerates them and fails on any difference.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestWithSettings, PROJECT_SCHEMA_FILE, projectFileSchema, readManifest, renderJson } from './settings-schema';

const root = process.cwd();
const manifestFile = path.join(root, 'package.json');
const manifest = readManifest(JSON.parse(readFileSync(manifestFile, 'utf8')));
writeFileSync(path.join(root, PROJECT_SCHEMA_FILE), renderJson(projectFileSchema(manifest)));
writeFileSync(manifestFile, renderJson(manifestWithSettings(manifest)));
console.log(`wrote ${PROJECT_SCHEMA_FILE} and the settings of package.json`);
