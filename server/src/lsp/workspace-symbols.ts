import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver/node';
import { declaredSymbols, EDITOR_MAX_CHARACTERS, LineIndex, matchesSymbolQuery, type DeclaredSymbol } from '../core';
import type { ServerContext } from './context';
import { guarded } from './guard';
import { spanToRange, type Positions } from './ranges';
import { SYMBOL_KIND } from './symbol-kinds';
import { uriToPath } from './uri';

/** Bounds of one search: a workspace of more files than this lists the first ones found. */
const MAX_FILES = 5_000;
const MAX_RESULTS = 1_000;

interface FileSymbols {
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string;
  readonly symbols: readonly DeclaredSymbol[];
}

/**
 * Workspace symbol search (Ctrl+T) over every `*.cell` file below the workspace folders: open
 * documents as they are in the editor, the others as on disk, each file re-read only when its
 * modification time or size changed. Hidden folders, `node_modules` and links are not followed,
 * so the walk stays inside the workspace.
 */
export function registerWorkspaceSymbols(context: ServerContext): void {
  const cache = new Map<string, FileSymbols>();
  context.connection.onWorkspaceSymbol(
    guarded(context.connection, 'workspaceSymbol', [], (params: WorkspaceSymbolParams): SymbolInformation[] => {
      const results: SymbolInformation[] = [];
      const open = new Map(context.documents.all().flatMap((document) => {
        const filePath = uriToPath(document.uri);
        return filePath ? [[filePath, document] as const] : [];
      }));
      const seen = new Set<string>();
      const files = [...new Set([...open.keys(), ...cellFiles(context.folders.all)])];
      for (const file of files) {
        if (results.length >= MAX_RESULTS) break;
        seen.add(file);
        const document = open.get(file);
        const read = document ? { text: document.getText(), symbols: undefined } : fromDisk(file, cache);
        if (!read || read.text.length > EDITOR_MAX_CHARACTERS) continue;
        const symbols = read.symbols ?? declaredSymbols(read.text);
        const positions: Positions = document ?? new LineIndex(read.text);
        const uri = document?.uri ?? pathToFileURL(file).href;
        for (const symbol of symbols) {
          if (!matchesSymbolQuery(symbol.name, params.query)) continue;
          results.push({ name: symbol.name, kind: SYMBOL_KIND[symbol.kind], location: { uri, range: spanToRange(positions, symbol.span) }, containerName: path.basename(file) });
          if (results.length >= MAX_RESULTS) break;
        }
      }
      for (const file of cache.keys()) if (!seen.has(file)) cache.delete(file);
      return results;
    }),
  );
}

function fromDisk(file: string, cache: Map<string, FileSymbols>): FileSymbols | undefined {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    cache.delete(file);
    return undefined;
  }
  const known = cache.get(file);
  if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known;
  if (stats.size > EDITOR_MAX_CHARACTERS * 4) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const entry: FileSymbols = { mtimeMs: stats.mtimeMs, size: stats.size, text, symbols: declaredSymbols(text) };
  cache.set(file, entry);
  return entry;
}

/** Every `*.cell` below the roots, breadth first, at most MAX_FILES. */
function cellFiles(roots: readonly string[]): string[] {
  const files: string[] = [];
  const queue = [...roots];
  while (queue.length > 0 && files.length < MAX_FILES) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else if (entry.isFile() && entry.name.endsWith('.cell')) files.push(full);
      if (files.length >= MAX_FILES) break;
    }
  }
  return files;
}
