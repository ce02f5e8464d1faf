import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIBRARY_DOCUMENT_URI } from '../core';

/** The core names locations in the built-in library `builtin:…`. */
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

/** A location in the built-in library: `builtin:…`, or the library document's own URI. */
export function isLibraryLocation(file: string): boolean {
  return file.startsWith(BUILTIN_PREFIX) || file === LIBRARY_DOCUMENT_URI;
}

/**
 * A core location's file as a URI. The library is one read-only document
 * (`cellspec-library:/builtin-library.cell`) that the client asks the server for.
 */
export function locationFileToUri(file: string): string {
  return isLibraryLocation(file) ? LIBRARY_DOCUMENT_URI : pathToUri(file);
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
