// Entry point of dist/server.js. The CLI's `cellspec lsp` imports startServer from ./server,
// not from this file, because importing this file starts a server.
import { startServer } from './server';

startServer();
