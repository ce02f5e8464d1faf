/**
 * `node:fs` in the web worker: there is no disk. Every read fails as a missing file does. The
 * server reads imports and cellspec.json through the client instead (lsp/client-files.ts), so
 * what still meets this shim is the workspace symbol search's walk of the folders: it covers the
 * open documents only.
 */
function missing(path: unknown): never {
  const error = new Error(`ENOENT: no file system in the browser: ${String(path)}`) as Error & { code: string };
  error.code = 'ENOENT';
  throw error;
}

export const existsSync = (): boolean => false;
export const readFileSync = (path: unknown): never => missing(path);
export const statSync = (path: unknown): never => missing(path);
export const realpathSync = (path: unknown): never => missing(path);
export const readdirSync = (path: unknown): never => missing(path);
export default { existsSync, readFileSync, statSync, realpathSync, readdirSync };
