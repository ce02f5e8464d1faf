/**
 * A real third-party LSP client: headless Neovim (Debian's 0.7.2 in CI) starts
 * `node bin/cellspec.js lsp --stdio` with vim.lsp.start_client, opens an example and reports what
 * it holds afterwards (scripts/neovim/check.lua). The diagnostics must be exactly those of
 * `cellspec check`, since both come from the same core; hover and outline must carry the chemistry.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findNvim, REPO_ROOT, runNeovimCheck, type NeovimCheckResult, type NeovimSymbol } from '../../scripts/neovim/run.mjs';

const BIN = path.join(REPO_ROOT, 'bin/cellspec.js');

/** docs/language.md §8's severities as vim.diagnostic.severity names, after Neovim's conversion. */
const NEOVIM_SEVERITY: Record<string, string> = { error: 'ERROR', warning: 'WARN', information: 'INFO', hint: 'HINT' };

interface CliDiagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

function examplePath(name: string): string {
  return path.join(REPO_ROOT, 'examples', name);
}

/** What the command line reports, in the form Neovim stores it (byte columns, as vim.diagnostic does). */
function cliDiagnosticsAsNeovimHoldsThem(file: string) {
  const result = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', file], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`cellspec check exited ${result.status}: ${result.stderr}`);
  const lines = readFileSync(file, 'utf8').split('\n');
  return (JSON.parse(result.stdout) as CliDiagnostic[]).map((diagnostic) => ({
    code: diagnostic.code,
    line: diagnostic.range.start.line,
    col: Buffer.byteLength((lines[diagnostic.range.start.line] ?? '').slice(0, diagnostic.range.start.character)),
    severity: NEOVIM_SEVERITY[diagnostic.severity] ?? diagnostic.severity,
    message: diagnostic.message,
  }));
}

function neovimDiagnostics(result: NeovimCheckResult) {
  return result.diagnostics.map(({ code, line, col, severity, message }) => ({ code, line, col, severity, message }));
}

function byPosition<T extends { line: number; col: number; code: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

/** The 0-based position inside the first use of `name` that starts a line (not a comment's mention). */
function positionOfLineStart(text: string, name: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => new RegExp(`^\\s*${name}\\b`).test(candidate));
  if (line < 0) throw new Error(`no line starts with ${name}`);
  return { line, character: (lines[line] ?? '').indexOf(name) + Math.floor(name.length / 2) };
}

function positionOfDeclaration(text: string, keyword: string, name: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.startsWith(`${keyword} ${name}`));
  if (line < 0) throw new Error(`no ${keyword} ${name}`);
  return { line, character: keyword.length + 1 + Math.floor(name.length / 2) };
}

function names(symbols: readonly NeovimSymbol[]): string[] {
  return symbols.map((symbol) => symbol.name);
}

function symbolNamed(symbols: readonly NeovimSymbol[], name: string): NeovimSymbol {
  const symbol = symbols.find((candidate) => candidate.name === name);
  if (!symbol) throw new Error(`no symbol ${name} in ${names(symbols).join(', ')}`);
  return symbol;
}

const installed = (() => {
  try {
    return findNvim();
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
})();
const clientName = 'version' in installed ? `Neovim ${installed.version}` : 'Neovim (not installed)';

function requireNeovim(): void {
  if ('missing' in installed) throw new Error(installed.missing);
}

describe(`${clientName}'s built-in LSP client on oxide-on-sulfide.cell`, () => {
  const file = examplePath('oxide-on-sulfide.cell');
  const text = readFileSync(file, 'utf8');
  let result: NeovimCheckResult;

  beforeAll(async () => {
    requireNeovim();
    result = await runNeovimCheck({ file, hover: positionOfLineStart(text, 'NCM811') });
  });

  it('attaches as a cellspec buffer in its workspace folder and shuts the server down cleanly', () => {
    expect(result.filetype).toBe('cellspec');
    expect(result.root).toBe(path.dirname(result.file));
    expect(result.server_exit).toEqual({ code: 0, signal: 0 });
  });

  it('receives exactly the diagnostics `cellspec check` reports: the bare NCM811 against Li6PS5Cl, in the composite and across the separator', () => {
    const fromCli = byPosition(cliDiagnosticsAsNeovimHoldsThem(file));
    expect(byPosition(neovimDiagnostics(result))).toEqual(fromCli);
    expect(fromCli.map((diagnostic) => `${diagnostic.line}:${diagnostic.code}:${diagnostic.severity}`)).toEqual([
      '6:anion/mismatch:WARN',
      '6:window/oxidation:WARN',
      '19:anion/mismatch:WARN',
      '19:window/oxidation:WARN',
    ]);
    expect(result.diagnostics.every((diagnostic) => diagnostic.source === 'cellspec')).toBe(true);
  });

  it('shows NCM811 on hover as the library cathode LiNi0.8Co0.1Mn0.1O2, with numbered sources for its values', () => {
    expect(result.hover?.kind).toBe('markdown');
    const markdown = result.hover?.value ?? '';
    expect(markdown).toContain('**NCM811**');
    expect(markdown).toContain('LiNi0.8Co0.1Mn0.1O2');
    expect(markdown).toMatch(/\| voltage \| 3\.86 V[^|]*\| \[\d+\] \|/);
    expect(markdown).toMatch(/^\[1\] \S.+/m);
  });

  it('outlines the two composites and the cell, with the components of BareNCM', () => {
    expect(names(result.symbols)).toEqual(['BareNCM', 'CoatedNCM', 'BareNCMCell']);
    expect(names(symbolNamed(result.symbols, 'BareNCM').children)).toEqual(['NCM811', 'Li6PS5Cl', 'VGCF']);
    expect(names(symbolNamed(result.symbols, 'BareNCMCell').children)).toEqual(expect.arrayContaining(['LiIn', 'Li6PS5Cl', 'BareNCM']));
  });
});

describe(`${clientName}'s built-in LSP client on halide-cathode.cell`, () => {
  const file = examplePath('halide-cathode.cell');
  const text = readFileSync(file, 'utf8');
  let result: NeovimCheckResult;

  beforeAll(async () => {
    requireNeovim();
    result = await runNeovimCheck({ file, hover: positionOfDeclaration(text, 'material', 'FeCl3Cathode') });
  });

  it('receives exactly the diagnostics `cellspec check` reports: a Li metal anode below the reduction limit of Li3InCl6', () => {
    const fromCli = byPosition(cliDiagnosticsAsNeovimHoldsThem(file));
    expect(byPosition(neovimDiagnostics(result))).toEqual(fromCli);
    expect(fromCli.map((diagnostic) => `${diagnostic.line}:${diagnostic.code}:${diagnostic.severity}`)).toEqual(['19:window/reduction:WARN']);
  });

  it('shows the declared FeCl3 cathode on hover with its Fe(III) oxidation state and the source the file gives', () => {
    const markdown = result.hover?.value ?? '';
    expect(markdown).toContain('**FeCl3Cathode**');
    expect(markdown).toContain('`FeCl3`');
    expect(markdown).toContain('Fe +3');
    expect(markdown).toContain('review Table 1, ref. 30');
  });

  it('outlines the material, the composite and the cell, with the material’s properties', () => {
    expect(names(result.symbols)).toEqual(['FeCl3Cathode', 'FeCl3Composite', 'HalideCell']);
    expect(names(symbolNamed(result.symbols, 'FeCl3Cathode').children)).toEqual(
      expect.arrayContaining(['formula', 'role', 'voltage', 'capacity', 'electrons', 'source']),
    );
    expect(names(symbolNamed(result.symbols, 'FeCl3Composite').children)).toEqual(['FeCl3Cathode', 'Li3InCl6', 'VGCF']);
  });
});
