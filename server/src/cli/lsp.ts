/** `cellspec lsp --stdio`: the same language server the VS Code extension runs. */
import net from 'node:net';
import { createConnection, ProposedFeatures, SocketMessageReader, SocketMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { UsageError } from './usage';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

export async function runLsp(args: string[]): Promise<number> {
  if (!args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
    throw new UsageError('lsp: choose a transport, e.g. `cellspec lsp --stdio`');
  }
  const socketArg = args.find((a) => a === '--socket' || a.startsWith('--socket='));
  if (socketArg === undefined) {
    startServer();
    return -1; // keep running: the connection ends the process
  }
  // The editor listens and the server connects (LSP's socket transport). The library would
  // connect too, but a refused connection would end the process with exit code 0 and no word.
  const written = socketArg === '--socket' ? args[args.indexOf(socketArg) + 1] : socketArg.slice('--socket='.length);
  const port = Number(written);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`lsp: --socket needs a port number from 1 to 65535 (got \`${written ?? ''}\`)`);
  const socket = await connect(port);
  let shutdownReceived = false;
  const connection = createConnection(ProposedFeatures.all, new SocketMessageReader(socket), new SocketMessageWriter(socket));
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  socket.on('close', () => process.exit(shutdownReceived ? 0 : 1));
  startServer(connection);
  return -1;
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      reject(new UsageError(`lsp: cannot connect to 127.0.0.1:${port} (${error.code ?? error.message}): start the editor's side of the socket first`));
    });
  });
}
