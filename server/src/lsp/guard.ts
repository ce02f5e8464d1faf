import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { describeError } from './validation';

/**
 * Wraps a request handler so that a bug in one feature is logged and answered with an empty
 * result instead of an error popup on every keystroke or a crashed server.
 */
export function guarded<P, R>(
  connection: Connection,
  feature: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      connection.console.error(`${feature} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}
