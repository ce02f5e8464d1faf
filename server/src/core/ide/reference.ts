/**
 * Where a hover's word is specified: a section of docs/language.md, the language reference the
 * repository, the .vsix and the npm package ship. The core names the section; each front says
 * how to reach it (VS Code: a link that opens the shipped reference at that heading; another
 * editor: a plain pointer), so no front's way of opening a file leaks into the core.
 */

import type { ReferenceSection } from '../api';

/** The reference, relative to the package root. */
export const LANGUAGE_REFERENCE_FILE = 'docs/language.md';

/** The sections a hover points at (a test checks each anchor against the headings of the file). */
export const REFERENCE_SECTIONS = {
  /** Every keyword, property key, layer role, role word and `coated`: the declarations' syntax. */
  declarations: { anchor: '2-declarations', title: '§2 Declarations' },
  /** Every unit and what it converts to. */
  units: { anchor: '3-units', title: '§3 Units' },
} as const satisfies Record<string, ReferenceSection>;
