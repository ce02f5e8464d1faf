/**
 * The layering, checked on every import (issue #18): the fronts reach the core only through its
 * façade (server/src/core/index.ts); the core knows nothing of LSP, VS Code, a terminal or the
 * fronts; the client shares only the protocol's names with the server; the grammar knows nothing
 * of the core.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/analyze';

function sourceFiles(dir: string): string[] {
  const full = path.join(REPO, dir);
  return readdirSync(full).flatMap((entry) => {
    const file = path.join(full, entry);
    if (statSync(file).isDirectory()) return sourceFiles(path.join(dir, entry));
    return entry.endsWith('.ts') ? [file] : [];
  });
}

/** Every module specifier a file imports or re-exports, resolved to a repository path when relative. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? path.relative(REPO, path.resolve(path.dirname(file), s)) : s));
}

function violations(dir: string, allowed: (target: string) => boolean): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) for (const target of imports(file)) if (!allowed(target)) found.push(`${path.relative(REPO, file)} → ${target}`);
  return found;
}

const inside = (target: string, dir: string): boolean => target === dir || target.startsWith(`${dir}/`);

describe('architecture', () => {
  it('finds the imports it checks (the scan is not empty)', () => {
    expect(sourceFiles('server/src/lsp').length).toBeGreaterThan(20);
    expect(imports(path.join(REPO, 'server/src/lsp/hover.ts'))).toContain('server/src/core');
  });

  it('the language server and the CLI import the core only through its façade', () => {
    const front = (target: string) => !inside(target, 'server/src/core') || target === 'server/src/core';
    expect(violations('server/src/lsp', front)).toEqual([]);
    expect(violations('server/src/cli', front)).toEqual([]);
    // The web worker's entry only starts the language server; it reaches no further.
    expect(violations('server/src/web', (target) => !inside(target, 'server/src/core') && !inside(target, 'server/src/cli') && !inside(target, 'client'))).toEqual([]);
  });

  it('the core imports neither a front, nor LSP, nor VS Code', () => {
    const pure = (target: string) =>
      !inside(target, 'server/src/lsp') && !inside(target, 'server/src/cli') && !inside(target, 'server/src/web') && !inside(target, 'client') && !/^vscode/.test(target);
    expect(violations('server/src/core', pure)).toEqual([]);
  });

  it('the client shares only the protocol module with the server', () => {
    const client = (target: string) => !inside(target, 'server') || target === 'server/src/lsp/protocol';
    expect(violations('client/src', client)).toEqual([]);
  });

  it('zod is imported as a namespace, so that the bundles carry only what is used', () => {
    // `import { z } from 'zod'` reaches zod through one object holding everything, its 40 message
    // locales too: esbuild kept ~540 KB of it in every bundle (docs/performance.md, start-up).
    const throughItsObject = ['server/src', 'client/src', 'grammar'].flatMap((dir) =>
      sourceFiles(dir).filter((file) => /^\s*import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s+from\s+'zod'/m.test(readFileSync(file, 'utf8'))),
    );
    expect(throughItsObject.map((file) => path.relative(REPO, file))).toEqual([]);
    expect(sourceFiles('server/src').some((file) => readFileSync(file, 'utf8').includes("import * as z from 'zod'"))).toBe(true);
  });

  it('the grammar knows nothing of the core but its dependency-free text utilities', () => {
    // Parse messages quote user text the same inert way as the core's diagnostics (text/inert.ts), and the
    // incremental parse finds an edit as the line index does (text/common-affix.ts); both import nothing.
    const shared = ['server/src/core/text/inert', 'server/src/core/text/common-affix'];
    for (const module of shared) expect(imports(path.join(REPO, `${module}.ts`))).toEqual([]);
    expect(violations('grammar', (target) => !inside(target, 'server') || shared.includes(target))).toEqual([]);
  });
});
