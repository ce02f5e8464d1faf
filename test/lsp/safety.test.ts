import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionList, Hover } from 'vscode-languageserver/node';
import { ROOT, TestEditor } from './harness';

/** Fails loudly (FORBIDDEN on stderr) on any network, child process, worker, vm or eval use. */
const HOOK = path.join(ROOT, 'test/hooks/forbid-network-and-processes.cjs');
const SERVER = path.join(ROOT, 'dist/server.js');

const SECRET = `material SecretCatholyte {
  formula    Li6PS5Cl
  role       electrolyte
}
`;

const MAIN = `import "file-link.cell"
import "folder-link/secret.cell"
import "../outside/secret.cell"
import "inside-link.cell"

composite Mix {
  NCM811           70 wt%  coated LiNbO3
  SecretCatholyte  27 wt%
  OwnCatholyte      3 wt%
}
`;

/**
 * The language server in a workspace with real links on disk pointing out of it, run under a
 * hook that fails on any network, process, worker or eval use: it reads only workspace files.
 */
describe('the language server never reads outside the workspace, runs no program and uses no network', () => {
  let base: string;
  let workspace: string;
  let editor: TestEditor;
  const uri = () => pathToFileURL(path.join(workspace, 'main.cell')).href;

  beforeAll(async () => {
    base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cellspec-lsp-safety-')));
    workspace = path.join(base, 'workspace');
    const outside = path.join(base, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.cell'), SECRET);
    writeFileSync(path.join(workspace, 'lib.cell'), SECRET.replace('SecretCatholyte', 'OwnCatholyte'));
    symlinkSync(path.join(outside, 'secret.cell'), path.join(workspace, 'file-link.cell'));
    symlinkSync(outside, path.join(workspace, 'folder-link'));
    symlinkSync(path.join(workspace, 'lib.cell'), path.join(workspace, 'inside-link.cell'));
    writeFileSync(path.join(workspace, 'main.cell'), MAIN);
    editor = await TestEditor.start({ workspaceFolder: workspace, serverArgs: ['--require', HOOK, SERVER, '--stdio'] });
    editor.open(uri(), MAIN);
  });
  afterAll(async () => {
    await editor?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  it('refuses the links and the `..` path that point out, follows the link inside, and never reads the outside file', async () => {
    const { diagnostics } = await editor.diagnosticsFor(uri(), 1);
    const imports = diagnostics.filter((d) => d.code === 'ref/import');
    expect(imports.map((d) => d.range.start.line)).toEqual([0, 1, 2]);
    expect(imports[0]!.message).toMatch(/link to .*outside the workspace/);
    expect(imports[2]!.message).toMatch(/outside the workspace/);
    const undefinedNames = diagnostics.filter((d) => d.code === 'ref/undefined');
    expect(undefinedNames.map((d) => d.range.start.line)).toEqual([7]);
  });

  it('serves hover and completion without touching the network or starting a process', async () => {
    const hover = await editor.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 6, character: 4 } });
    expect(JSON.stringify(hover)).toMatch(/NCM811/);
    const completion = await editor.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 8, character: 2 } });
    expect(completion).not.toBeNull();
    expect(editor.serverStderr).not.toMatch(/FORBIDDEN/);
    expect(editor.exited).toBe(false);
  });
});
