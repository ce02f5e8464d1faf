/**
 * Injected at the top of the web worker's bundle: the two Node globals the server touches.
 * `setImmediate` lets a check yield to messages already queued (a macrotask, as in Node);
 * `process.cwd()` is where untitled documents are analysed when no workspace folder is a file path.
 */
const scope = globalThis as unknown as Record<string, unknown>;

if (typeof scope['setImmediate'] !== 'function') {
  scope['setImmediate'] = (callback: () => void) => setTimeout(callback, 0);
  scope['clearImmediate'] = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);
}
if (typeof scope['process'] === 'undefined') {
  scope['process'] = { cwd: () => '/', env: {}, platform: 'browser' };
}

export {};
