/**
 * Fault injection for the tests of the fronts' error paths: with CELLSPEC_INJECT_FAULT set to a
 * marker, analysing a text that contains the marker throws, as a bug in Cellspec would. It
 * proves that one file's failure is reported for that file and the others go on. Unset (always,
 * outside those tests), it costs one environment look-up per analysis.
 */
export function throwIfFaultInjected(text: string): void {
  const marker = typeof process === 'undefined' ? undefined : process.env['CELLSPEC_INJECT_FAULT'];
  if (marker && text.includes(marker)) throw new Error(`fault injected for testing (${marker})`);
}
