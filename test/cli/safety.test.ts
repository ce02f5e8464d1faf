import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBID_HOOK, makeEscapingWorkspace, type EscapingWorkspace } from '../hooks/escaping-workspace';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/cellspec.js');
const HOOK = FORBID_HOOK;

function cellspec(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}


interface JsonDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number } };
}

/**
 * A workspace next to a folder outside it, with real links on disk: a file link and a folder
 * link pointing out, one link pointing inside (allowed), a `..` escape and an absolute path.
 */
describe('cellspec check never reads outside the workspace', () => {
  let fixture: EscapingWorkspace;
  let workspace: string;
  let outside: string;

  beforeAll(() => {
    fixture = makeEscapingWorkspace('cellspec-safety-', (out) => [`import "${path.join(out, 'secret.cell')}"`]);
    ({ workspace, outside } = fixture);
  });
  afterAll(() => fixture?.remove());

  it('refuses a file link, a folder link, a `..` path and an absolute path pointing out; follows a link inside', () => {
    const { code, stdout, stderr } = cellspec(['check', '--format', 'json', 'main.cell'], workspace);
    expect(stderr).not.toMatch(/FORBIDDEN/);
    expect(code).toBe(1);
    const diagnostics = JSON.parse(stdout) as JsonDiagnostic[];
    const imports = diagnostics.filter((d) => d.code === 'ref/import');
    expect(imports.map((d) => d.range.start.line)).toEqual([0, 1, 2, 3]);
    expect(imports[0]!.message).toMatch(/link to .*outside the workspace/);
    expect(imports[1]!.message).toMatch(/link to .*outside the workspace/);
    expect(imports[2]!.message).toMatch(/outside the workspace/);
    expect(imports[3]!.message).toMatch(/absolute path/);
    // Nothing of the outside file was read: its material is unknown; the linked file inside is read.
    const undefinedNames = diagnostics.filter((d) => d.code === 'ref/undefined').map((d) => d.message);
    expect(undefinedNames).toHaveLength(1);
    expect(undefinedNames[0]).toMatch(/`SecretCatholyte` is not declared/);
  });

  it('a file checked from outside the workspace folder may import only below its own folder', () => {
    const { stdout, stderr } = cellspec(['check', '--format', 'json', path.join(workspace, 'main.cell')], outside);
    expect(stderr).not.toMatch(/FORBIDDEN/);
    const codes = (JSON.parse(stdout) as JsonDiagnostic[]).map((d) => d.code);
    expect(codes.filter((c) => c === 'ref/import')).toHaveLength(4);
  });
});

describe('the command line runs no program and uses no network', () => {
  it('checks the examples, writes an HTML report and computes formulas with network, processes and eval forbidden', () => {
    const check = cellspec(['check', 'examples'], REPO);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/anion\/mismatch/);
    const report = cellspec(['report', '--format', 'html', 'examples/oxide-on-sulfide.cell'], REPO);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^<!DOCTYPE html>/);
    // The page is self-contained: no script or stylesheet is fetched from anywhere.
    expect(report.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
    const formula = cellspec(['formula', '--stdin'], REPO, 'Li6PS5Cl\nLiNi0.8Co0.1Mn0.1O2\n');
    expect(formula.code).toBe(0);
    for (const run of [check, report, formula]) expect(run.stderr).not.toMatch(/FORBIDDEN/);
  });
});
