/** `node:url`'s two file-URL functions in the web worker, on the platform's URL (POSIX paths). */
export function fileURLToPath(input: string | URL): string {
  const url = typeof input === 'string' ? new URL(input) : input;
  if (url.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${url.href}`);
  if (url.hostname !== '') throw new TypeError(`File URL host must be empty: ${url.href}`);
  if (/%2f/i.test(url.pathname)) throw new TypeError(`File URL path must not include encoded / characters: ${url.href}`);
  return decodeURIComponent(url.pathname);
}

export function pathToFileURL(path: string): URL {
  const url = new URL('file:///');
  // The setter percent-encodes what a path may hold and a URL may not (spaces, `#`, `?`, `%`).
  url.pathname = path.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\?/g, '%3F');
  return url;
}

export default { fileURLToPath, pathToFileURL };
