import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { describeError } from './errors';

/** Connections that received `shutdown`: the protocol wants every later request refused. */
const shutDown = new WeakSet<Connection>();

export function markShutDown(connection: Connection): void {
  shutDown.add(connection);
}

/**
 * Wraps a request handler so that a bug in one feature is logged and answered with an empty
 * result instead of an error popup on every keystroke or a crashed server. A ResponseError is
 * a deliberate answer (bad parameters) and goes back to the client as it is. After `shutdown`
 * every request is refused with InvalidRequest, as the protocol says.
 */
export function guarded<P, R>(
  connection: Connection,
  feature: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    if (shutDown.has(connection)) {
      throw new ResponseError(ErrorCodes.InvalidRequest, `${feature}: the server has received shutdown and takes no more requests`);
    }
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`${feature} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}

/** The document a request is about; a request without one is malformed, not a server bug. */
export function requestedDocumentUri(params: unknown): string {
  const textDocument = typeof params === 'object' && params !== null ? (params as { textDocument?: unknown }).textDocument : undefined;
  const uri = typeof textDocument === 'object' && textDocument !== null ? (textDocument as { uri?: unknown }).uri : undefined;
  if (typeof uri !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.textDocument.uri must be a string');
  }
  return uri;
}
