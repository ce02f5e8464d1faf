// Writes syntaxes/cellspec.tmLanguage.json from the parser's vocabulary (npm run gen:syntax).
// Never edit the JSON by hand: test/unit/syntax regenerates it and fails on any difference.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCellspecGrammar, renderGrammarJson } from './syntax-grammar';
import { CELLSPEC_VOCABULARY } from './syntax-vocabulary';

const grammarPath = 'syntaxes/cellspec.tmLanguage.json';
writeFileSync(path.resolve(process.cwd(), grammarPath), renderGrammarJson(buildCellspecGrammar(CELLSPEC_VOCABULARY)));
console.log(`wrote ${grammarPath}`);
