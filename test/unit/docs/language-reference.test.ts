/**
 * docs/language.md is the contract users have (the repository and the .vsix carry it): every
 * diagnostic code, setting and property key the code knows is in it, so the reference cannot
 * fall behind the implementation silently.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES } from '../../../server/src/core/diagnostics';
import { CELL_PROPERTY_KEYS, COMPOSITE_PROPERTY_KEYS, MATERIAL_PROPERTY_KEYS } from '../../../server/src/core/schema/properties';
import { REFERENCE_SECTIONS } from '../../../server/src/core/ide/reference';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { REPO } from '../helpers/analyze';

const reference = readFileSync(path.join(REPO, 'docs/language.md'), 'utf8');
const section = (from: string, to: string): string => reference.slice(reference.indexOf(from), reference.indexOf(to));

describe('docs/language.md', () => {
  it('has a row for every diagnostic code, with its default severity', () => {
    const rows = section('## 4. Diagnostics', '## 5. Chemistry rules').split('\n').filter((line) => line.startsWith('| `'));
    for (const code of DIAGNOSTIC_CODES) {
      const row = rows.find((line) => line.split('|')[1]!.includes(`\`${code}\``));
      expect(row, code).toBeDefined();
      expect(row!.split('|')[2]!.trim(), code).toBe(DEFAULT_SEVERITY[code]);
    }
  });

  it('shows every property key of materials, composites and cells in the declarations', () => {
    const declarations = section('## 2. Declarations', '## 3. Units');
    for (const key of [...MATERIAL_PROPERTY_KEYS, ...COMPOSITE_PROPERTY_KEYS, ...CELL_PROPERTY_KEYS]) {
      expect(declarations, key).toMatch(new RegExp(`^ {2}${key}\\s`, 'm'));
    }
  });

  it('lists every numeric setting with its default', () => {
    const settings = section('## 7. Settings', '## 8. The command line');
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      if (typeof value !== 'number') continue;
      const row = new RegExp(`\\| \`${key}\` \\| \`([0-9.]+)\` \\|`).exec(settings);
      expect(row, key).not.toBeNull();
      expect(Number(row![1]), key).toBe(value);
    }
    expect(settings).toContain('| `severity` |');
  });

  it('has a heading for each section a hover links to, slugged as GitHub and VS Code’s markdown preview slug it', () => {
    // GitHub: lower case, punctuation dropped, spaces to hyphens (VS Code's preview slugs these headings the same).
    const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
    const headings = reference.split('\n').filter((line) => /^#{1,6} /.test(line)).map((line) => line.replace(/^#+ /, ''));
    const anchors = new Map(headings.map((heading) => [slug(heading), heading]));
    for (const section of Object.values(REFERENCE_SECTIONS)) {
      const heading = anchors.get(section.anchor);
      expect(heading, section.anchor).toBeDefined();
      // The pointer's words name the heading it opens: `§2 Declarations` for `2. Declarations`.
      expect(section.title).toBe(`§${heading!.replace('. ', ' ')}`);
    }
  });
});
