/**
 * The language server in a web worker (dist/web/server.js): the same server (lsp/server.ts) and
 * the same core as `cellspec lsp`, over vscode-languageserver/browser's postMessage transport.
 * The build (scripts/lib/web-bundle.mjs) swaps what needs Node for shims/: there is no disk, so
 * a document's imports that the editor does not have open are read through the client
 * (`cellspec/readFile`, lsp/client-files.ts; README: "VS Code for the Web"). Tested in headless
 * Chromium by test/browser/web-server.test.ts.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, type Message } from 'vscode-languageserver/browser';
import { ClientFiles } from '../lsp/client-files';
import { startServer } from '../lsp/server';

/** The worker's global scope (the repository's TypeScript has no DOM library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * Messages as plain JSON, as the stream transports write them. postMessage copies objects by
 * structured clone, which skips `toJSON`: a diagnostic's data holds the core's anchored spans
 * (grammar/span.ts), whose `start` and `end` are getters, and they would arrive without them
 * (the quick fixes, read back from that data, then found nothing to do).
 */
class JsonMessageWriter extends BrowserMessageWriter {
  override write(message: Message): Promise<void> {
    return super.write(JSON.parse(JSON.stringify(message)) as Message);
  }
}

// No disk: the files the editor does not have open (imports, cellspec.json) are read through the client.
startServer(createConnection(new BrowserMessageReader(self), new JsonMessageWriter(self)), { files: (connection) => new ClientFiles(connection) });
