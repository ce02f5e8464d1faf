/**
 * A value built on first use and kept: for tables and schemas that only some runs need, so that
 * every other run (a one-line `cellspec formula`, say) does not pay for them at start-up.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
