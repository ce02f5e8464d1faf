/**
 * The desktop side of Cellspec: starts the language server (dist/server.js) in a Node process and
 * adds what LSP has no word for (activate.ts, shared with VS Code for the Web's web/extension.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient, type CellspecApi } from './activate';
import { SERVER_EXEC_ARGV } from './server-process';

export type { CellspecApi } from './activate';
export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): CellspecApi {
  const output = vscode.window.createOutputChannel('Cellspec');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  // The server reads the disk: files and unsaved (untitled) documents.
  const selector = [
    { language: 'cellspec', scheme: 'file' },
    { language: 'cellspec', scheme: 'untitled' },
  ];
  const client = new LanguageClient('cellspec', 'Cellspec', serverOptions, clientOptions(output, selector));
  // Its own restart waits for the debugger's port in debug mode.
  return startClient(context, client, output, () => client.restart());
}
