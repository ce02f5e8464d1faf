import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIBRARY_SCHEME } from './protocol';

/** The core names the built-in library's locations `builtin:<name>`. */
const BUILTIN_PREFIX = 'builtin:';

/** The absolute file path of a `file:` URI, or undefined for any other scheme (untitled, library). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

export function isBuiltinLocation(file: string): boolean {
  return file.startsWith(BUILTIN_PREFIX);
}

/** `builtin:electrolytes` → `cellspec-library:/electrolytes.cell` (shown read-only by the client). */
export function builtinToUri(file: string): string {
  const name = file.slice(BUILTIN_PREFIX.length).replace(/^\/+/, '') || 'library';
  const withExtension = name.endsWith('.cell') ? name : `${name}.cell`;
  return `${LIBRARY_SCHEME}:/${withExtension.split('/').map(encodeURIComponent).join('/')}`;
}

/** The inverse of builtinToUri, or undefined when the URI is not a library document. */
export function uriToBuiltin(uri: string): string | undefined {
  if (!uri.startsWith(`${LIBRARY_SCHEME}:`)) return undefined;
  const name = decodeURIComponent(uri.slice(LIBRARY_SCHEME.length + 1).replace(/^\/+/, ''));
  return BUILTIN_PREFIX + name.replace(/\.cell$/, '');
}

/** A core location's file (absolute path or `builtin:`) as a URI. */
export function locationFileToUri(file: string): string {
  return isBuiltinLocation(file) ? builtinToUri(file) : pathToUri(file);
}

/**
 * The path the core analyses a document under. Untitled documents have none, so they are
 * placed in the workspace root: their imports then resolve from there, as a user would expect
 * of a scratch file in that workspace.
 */
export function analysisPath(uri: string, fallbackDirectory: string): string {
  const filePath = uriToPath(uri);
  if (filePath !== undefined) return filePath;
  const lastSegment = decodeURIComponent(uri.replace(/^[a-z-]+:/i, '').split('/').pop() || 'untitled');
  return path.join(fallbackDirectory, lastSegment.endsWith('.cell') ? lastSegment : `${lastSegment}.cell`);
}
