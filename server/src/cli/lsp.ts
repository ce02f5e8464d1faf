/** `cellspec lsp --stdio`: the same language server the VS Code extension runs. */
import { startServer } from '../lsp/server';
import { UsageError } from './usage';

export function runLsp(args: string[]): number {
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!args.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
    throw new UsageError('lsp: choose a transport, e.g. `cellspec lsp --stdio`');
  }
  startServer();
  return -1; // keep running: the connection ends the process
}
