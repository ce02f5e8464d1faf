import { existsSync } from 'node:fs';
import path from 'node:path';
import { forMarkdown, LANGUAGE_REFERENCE_FILE, type ReferenceSection } from '../core';
import { OPEN_REFERENCE_COMMAND } from './protocol';

/** How a hover points at the language reference: a link the client runs, or words. */
export type ReferenceStyle = 'command' | 'text';

/**
 * docs/language.md beside the running bundle (dist/ → ../docs/), as the .vsix, the npm package
 * and a clone of the repository ship it; undefined elsewhere (a bundle copied on its own).
 */
export function shippedReferenceFile(bundleDirectory: string = __dirname): string | undefined {
  const candidate = path.resolve(bundleDirectory, '..', LANGUAGE_REFERENCE_FILE);
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * The last line of a hover about a keyword, key or unit. In VS Code (`command`) a markdown link
 * that runs the client's OPEN_REFERENCE_COMMAND with the heading's anchor, which opens the
 * shipped reference at that section; elsewhere the section and where the file is. Only code's
 * own words go into it (the section's title and anchor, a path escaped for markdown).
 */
export function referencePointer(section: ReferenceSection, style: ReferenceStyle, markdown: boolean, file: string | undefined): string {
  if (style === 'command' && markdown) {
    const argument = encodeURIComponent(JSON.stringify([section.anchor]));
    return `[Language reference ${section.title}](command:${OPEN_REFERENCE_COMMAND}?${argument} "Open docs/language.md at ${section.title}")`;
  }
  const where = file ?? `${LANGUAGE_REFERENCE_FILE} in the Cellspec package`;
  return `Language reference: ${section.title} of ${markdown ? forMarkdown(where) : where}`;
}
