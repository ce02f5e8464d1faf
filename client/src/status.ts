import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import * as z from 'zod/mini';
import { STATUS_METHOD, type StatusParams, type StatusResult } from '../../server/src/lsp/protocol';

// zod/mini: the same validation as zod, a tenth of its size in the extension's bundle.
const count = z.int().check(z.nonnegative());
/** The server's answer, validated: a server of another version may answer otherwise. */
const statusResult = z.nullable(
  z.object({ analysed: z.boolean(), libraryMaterials: count, materials: count, composites: count, cells: count, errors: count, warnings: count }),
);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The words of the language status item for a document's status (exported for the tests). */
export function statusPresentation(status: StatusResult): { text: string; detail: string; severity: vscode.LanguageStatusSeverity } {
  const library = `built-in library: ${plural(status.libraryMaterials, 'material')}`;
  if (!status.analysed) {
    return { text: 'not checked', detail: `over the editor's size limit (cellspec check checks it) · ${library}`, severity: vscode.LanguageStatusSeverity.Warning };
  }
  const findings = [status.errors === 0 ? 'no errors' : plural(status.errors, 'error'), ...(status.warnings > 0 ? [plural(status.warnings, 'warning')] : [])];
  const declared = [plural(status.materials, 'material'), plural(status.composites, 'composite')].join(', ');
  return {
    text: `${plural(status.cells, 'cell')} · ${findings.join(' · ')}`,
    detail: `${declared} · ${library}`,
    severity:
      status.errors > 0 ? vscode.LanguageStatusSeverity.Error : status.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
  };
}

/**
 * The `{}` entry of the status bar for Cellspec files: the active file's cells and errors, the
 * library's size; a click opens the report. Asked of the server (`cellspec/status`) when the
 * active editor changes and whenever its diagnostics are published, so it says what the squiggles say.
 */
export function registerLanguageStatus(running: () => Promise<BaseLanguageClient>, output: vscode.OutputChannel): { item: vscode.LanguageStatusItem; disposable: vscode.Disposable } {
  const item = vscode.languages.createLanguageStatusItem('cellspec.status', { language: 'cellspec' });
  item.name = 'Cellspec';
  item.text = 'Cellspec';
  item.busy = true;
  let request = 0;

  const update = async (document: vscode.TextDocument | undefined) => {
    if (!document || document.languageId !== 'cellspec') return;
    const ticket = ++request;
    item.command = { title: 'Show Report', command: 'cellspec.showReport', arguments: [document.uri], tooltip: 'Cellspec: Show Report' };
    try {
      const client = await running();
      const params: StatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const parsed = statusResult.safeParse(await client.sendRequest(STATUS_METHOD, params));
      if (ticket !== request) return;
      if (!parsed.success) {
        output.appendLine(`${STATUS_METHOD}: the server's answer has another shape: ${parsed.error.message}`);
        return;
      }
      if (parsed.data === null) return;
      const shown = statusPresentation(parsed.data);
      item.text = shown.text;
      item.detail = shown.detail;
      item.severity = shown.severity;
      item.accessibilityInformation = { label: `Cellspec: ${shown.text}; ${shown.detail}` };
      item.busy = false;
    } catch (error) {
      if (ticket === request) output.appendLine(`${STATUS_METHOD} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const active = () => vscode.window.activeTextEditor?.document;
  void update(active());
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor((editor) => void update(editor?.document)),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const document = active();
      if (document && event.uris.some((uri) => uri.toString() === document.uri.toString())) void update(document);
    }),
  );
  return { item, disposable };
}
