/** `node:v8` in the web worker: the browser tunes its own heap. */
export const setFlagsFromString = (): void => undefined;
export default { setFlagsFromString };
