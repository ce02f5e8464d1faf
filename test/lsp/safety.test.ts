import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionList, Hover } from 'vscode-languageserver/node';
import { FORBID_HOOK, makeEscapingWorkspace, type EscapingWorkspace } from '../hooks/escaping-workspace';
import { ROOT, TestEditor } from './harness';

const HOOK = FORBID_HOOK;
const SERVER = path.join(ROOT, 'dist/server.js');


/**
 * The language server in a workspace with real links on disk pointing out of it, run under a
 * hook that fails on any network, process, worker or eval use: it reads only workspace files.
 */
describe('the language server never reads outside the workspace, runs no program and uses no network', () => {
  let fixture: EscapingWorkspace;
  let workspace: string;
  let editor: TestEditor;
  const uri = () => pathToFileURL(path.join(workspace, 'main.cell')).href;

  beforeAll(async () => {
    fixture = makeEscapingWorkspace('cellspec-lsp-safety-');
    workspace = fixture.workspace;
    editor = await TestEditor.start({ workspaceFolder: workspace, serverArgs: ['--require', HOOK, SERVER, '--stdio'] });
    editor.open(uri(), fixture.main);
  });
  afterAll(async () => {
    await editor?.stop();
    fixture?.remove();
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
