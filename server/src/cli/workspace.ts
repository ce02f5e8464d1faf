/** Finding files and their settings for the CLI. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadProjectSettings, type CellspecSettings, type FileHost } from '../core';
import { createNodeFileHost } from '../node/file-host';
import { UsageError } from './usage';

/** Every `*.cell` file named or below a named directory, sorted, each once. */
export function collectCellFiles(command: string, inputs: readonly string[]): string[] {
  if (inputs.length === 0) throw new UsageError(`${command}: name at least one FILE or DIR`);
  const files = new Set<string>();
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new UsageError(`${command}: no such file or directory: ${input}`);
    }
    if (stats.isDirectory()) walk(input, files);
    else files.add(input);
  }
  return [...files];
}

function walk(dir: string, into: Set<string>): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (entry.isFile() && entry.name.endsWith('.cell')) into.add(full);
  }
}

/** Imports may reach anywhere below the current directory when the file is inside it, else below the file's folder. */
export function workspaceRootFor(file: string): string {
  const absolute = path.resolve(file);
  const cwd = process.cwd();
  const relative = path.relative(cwd, absolute);
  return !relative.startsWith('..') && !path.isAbsolute(relative) ? cwd : path.dirname(absolute);
}

export interface FileContext {
  readonly host: FileHost;
  readonly settings: CellspecSettings;
  readonly settingsErrors: readonly string[];
}

const settingsByDir = new Map<string, { settings: CellspecSettings; errors: string[] }>();

export function contextFor(file: string): FileContext {
  const dir = path.dirname(path.resolve(file));
  const host = createNodeFileHost(workspaceRootFor(file));
  let loaded = settingsByDir.get(dir);
  if (!loaded) {
    const result = loadProjectSettings(dir, (p) => host.readFile(p));
    loaded = { settings: result.settings, errors: result.errors };
    settingsByDir.set(dir, loaded);
  }
  return { host, settings: loaded.settings, settingsErrors: loaded.errors };
}
