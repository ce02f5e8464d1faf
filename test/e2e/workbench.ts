/** What the e2e suite and the screenshot scenes share: finding the examples and waiting for real events. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cellspec.cellspec';

/** What the extension's `activate` returns. */
export interface CellspecApi {
  readonly client: { isRunning(): boolean };
  readonly started: Promise<void>;
  readonly languageStatus: vscode.LanguageStatusItem;
}

/** Activates the extension and waits until its language server has initialised. */
export async function startCellspec(): Promise<CellspecApi> {
  const extension = vscode.extensions.getExtension<CellspecApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.started;
  return api;
}

/** The marker scripts/e2e/ui-checks.mjs answers. */
const UI_CHECK_MARKER = 'cellspec-e2e-ui: ';

/**
 * Asks the runner to look at (and click in) the workbench's DOM, which the extension host cannot
 * see: scripts/e2e/ui-checks.mjs names each check. Resolves true once the check passed, throws
 * with the runner's error if it failed, and resolves false where no runner answers (a desktop
 * VS Code through runTest.ts): the caller then does through the API what the click would have.
 */
export async function checkInWorkbench(name: string, timeoutMs = 45_000): Promise<boolean> {
  const ackDirectory = process.env['CELLSPEC_E2E_ACK_DIR'];
  if (!ackDirectory) {
    console.log(`    (the workbench check "${name}" needs the code-server runner: done through the API instead)`);
    return false;
  }
  const file = path.join(ackDirectory, `${name}.json`);
  console.log(`${UI_CHECK_MARKER}${name}`);
  const result = await waitFor(`the runner's answer to ${name}`, timeoutMs, () => {
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; error?: string };
    } catch {
      return undefined; // Still being written.
    }
  });
  if (!result.ok) throw new Error(`the workbench check "${name}" failed: ${result.error ?? 'no reason given'}`);
  return true;
}

/** Every open tab of every group. */
export function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** The report webview of a file, once it is open. */
export function reportTab(fileName: string, timeoutMs = 15_000): Promise<vscode.Tab> {
  return waitFor(`the report of ${fileName}`, timeoutMs, () =>
    allTabs().find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === `Report: ${fileName}`),
  );
}

/** Polls until the probe returns something, failing after the deadline: no fixed sleeps. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** The Cellspec diagnostics of a document with a given code, once at least one is published. */
export function diagnosticsWithCode(uri: vscode.Uri, code: string, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`${code} on ${uri.path.split('/').pop()}`, timeoutMs, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cellspec' && codeOf(d) === code);
    return found.length > 0 ? found : undefined;
  });
}

/** An example file in the test workspace (a copy of examples/). */
export function exampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests run in a workspace holding the examples');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The position `offsetInWord` characters into `word` on the first line that contains `marker`. */
export function positionOf(document: vscode.TextDocument, marker: string, word: string, offsetInWord = 1): vscode.Position {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.includes(marker)) return new vscode.Position(line, text.indexOf(word, text.indexOf(marker)) + offsetInWord);
  }
  throw new Error(`no line of ${document.uri.path.split('/').pop()} contains ${JSON.stringify(marker)}`);
}

/** Markdown and plain strings of hovers as one text. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The hovers at a position once the server answers with some that `accept` takes (a server still starting answers none). */
export function hoversAt(uri: vscode.Uri, position: vscode.Position, what: string, accept: (text: string) => boolean = () => true, timeoutMs = 30_000): Promise<vscode.Hover[]> {
  return waitFor(what, timeoutMs, async () => {
    const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return found.length > 0 && accept(hoverText(found)) ? found : undefined;
  });
}
