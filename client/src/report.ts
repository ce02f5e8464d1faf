import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { REPORT_METHOD, type ReportParams, type ReportResult } from '../../server/src/lsp/protocol';
import { cellspecEditor } from './walkthrough';

/** JSON-RPC's "method not found": a server from before the report existed. */
const METHOD_NOT_FOUND = -32601;

/**
 * `Cellspec: Show Report` — the computed hints of docs/language.md §6 for the active file, as the
 * CLI's `report --format html` renders them, in a webview beside the editor.
 */
export function registerReportCommand(running: () => Promise<BaseLanguageClient>): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  // From the palette or the editor menu: a Uri or nothing; from a code lens above a cell: the
  // document's URI as a string in the server's terms (the server sends plain JSON).
  return vscode.commands.registerCommand('cellspec.showReport', async (resource?: vscode.Uri | string) => {
    const client = await running();
    const document = await documentToReport(typeof resource === 'string' ? client.protocol2CodeConverter.asUri(resource) : resource);
    if (!document) {
      void vscode.window.showInformationMessage('Open a .cell file to see its Cellspec report.');
      return;
    }
    let html: ReportResult | null;
    try {
      const params: ReportParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      html = await client.sendRequest<ReportResult | null>(REPORT_METHOD, params);
    } catch (error) {
      const message =
        error instanceof ResponseError && error.code === METHOD_NOT_FOUND
          ? 'This version of the Cellspec language server cannot compute reports yet.'
          : `The Cellspec report could not be computed: ${error instanceof Error ? error.message : String(error)}`;
      void vscode.window.showErrorMessage(message);
      return;
    }
    if (html === null) {
      void vscode.window.showErrorMessage(`Cellspec has no report for ${document.uri.path.split('/').pop() ?? 'this file'}: it is not a checked .cell document.`);
      return;
    }
    const title = `Report: ${document.uri.path.split('/').pop() ?? 'cellspec'}`;
    if (!panel) {
      // The report is static HTML: no scripts, and nothing loaded from outside the page.
      panel = vscode.window.createWebviewPanel('cellspecReport', title, vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => (panel = undefined));
    }
    panel.title = title;
    panel.webview.html = withContentSecurityPolicy(html);
    panel.reveal(vscode.ViewColumn.Beside, true);
  });
}

async function documentToReport(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (resource) return vscode.workspace.openTextDocument(resource);
  // The active editor; from the walkthrough or the status bar, a Cellspec file that is visible.
  return cellspecEditor()?.document;
}

const CONTENT_SECURITY_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;

/** Adds a strict policy to the report's <head> (or in front of a fragment without one). */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + CONTENT_SECURITY_POLICY + html.slice(head.index + head[0].length);
  return `<!DOCTYPE html><html><head>${CONTENT_SECURITY_POLICY}</head><body>${html}</body></html>`;
}
