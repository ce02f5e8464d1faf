/**
 * `cellspec.json` beside the files: the CLI's (and a project's) settings (docs/language.md §7).
 * The caller reads the file, so the core stays free of the file system.
 */
import path from 'node:path';
import { findJsonError, lineAndColumn } from './json-error';
import { parseSettings } from './parse-settings';
import { DEFAULT_SETTINGS, type CellspecSettings } from './settings';

export const PROJECT_SETTINGS_FILE = 'cellspec.json';

export interface ProjectSettings {
  readonly settings: CellspecSettings;
  /** One line each, starting with the file: "dir/cellspec.json: conductionLimit must be …". */
  readonly errors: string[];
  /** The file read, when there was one. */
  readonly file?: string;
}

/**
 * The settings of `cellspec.json` in `dir`, over the defaults. No file: the defaults, no
 * errors. Invalid JSON: the defaults and one error with the line and column.
 */
export function loadProjectSettings(dir: string, readFile: (path: string) => string | undefined): ProjectSettings {
  const file = path.join(dir, PROJECT_SETTINGS_FILE);
  const raw = readFile(file);
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, errors: [] };
  // Editors on Windows may save JSON with a byte-order mark, which JSON.parse rejects.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, errors: [jsonErrorLine(file, text, error)], file };
  }
  const { settings, errors } = parseSettings(input, file);
  return { settings, errors, file };
}

function jsonErrorLine(file: string, text: string, error: unknown): string {
  const found = findJsonError(text);
  if (found) {
    const { line, column } = lineAndColumn(text, found.offset);
    return `${file}:${line}:${column}: invalid JSON: ${found.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: invalid JSON: ${message}`;
}
