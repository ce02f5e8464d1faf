/**
 * `node:fs` in the web worker: there is no disk. Every read fails as a missing file does, so the
 * core reports an import that is not open in the editor as `ref/import`, no cellspec.json is
 * found, and workspace symbols cover the open documents only.
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
