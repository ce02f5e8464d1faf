/**
 * A computed hint is either a number (or a small record of numbers) or the reason it cannot
 * be computed, phrased as what to declare. A hint is never a silent zero: an editor shows
 * "missing — declare `density` of `LTG`" where a number would have been.
 */
export interface Known<T> {
  readonly value: T;
  /** True when the value is an estimate from a model rather than a declared number. */
  readonly estimated?: boolean;
  /** How the value was obtained, in words with the formula (shown on hover and in the report). */
  readonly basis?: string;
}

export interface Missing {
  readonly value: null;
  /** What to declare (or do) so the value can be computed, e.g. "declare `density` of `LTG`". */
  readonly missing: readonly string[];
}

export type Computed<T> = Known<T> | Missing;

// These run for every hint of every declaration on every keystroke: they allocate only what
// they return (no empty option objects, no de-duplicating Set for a single reason).

/** A value, with how it was obtained (`basis`) and whether an input was estimated; an absent or false one is left out, field by field (see withBasis). */
export function known<T>(value: T, extra?: { estimated?: boolean; basis?: string }): Known<T> {
  if (extra === undefined) return { value };
  const { estimated, basis } = extra;
  if (basis === undefined) return estimated ? { value, estimated: true } : { value };
  return estimated ? { value, estimated: true, basis } : { value, basis };
}

/**
 * `computed` with how it was obtained. Built field by field: in V8 a spread followed by a new
 * field (`{ ...computed, basis }`) gives every result a hidden class of its own — thousands in a
 * big document, and every reader of a hint then looks its fields up the slow way.
 */
export function withBasis<T>(computed: Computed<T>, basis: string): Computed<T> {
  if (!isKnown(computed)) return computed;
  return computed.estimated ? { value: computed.value, estimated: true, basis } : { value: computed.value, basis };
}

export function missing(...reasons: string[]): Missing {
  return { value: null, missing: reasons.length < 2 ? reasons : [...new Set(reasons)] };
}

export function isKnown<T>(computed: Computed<T> | undefined): computed is Known<T> {
  return computed !== undefined && computed.value !== null;
}

/** The reasons of every missing input, deduplicated, in order. */
export function missingOf(...inputs: readonly (Computed<unknown> | undefined)[]): string[] {
  let reasons: string[] | undefined;
  for (const input of inputs) if (input && input.value === null) (reasons ??= []).push(...(input as Missing).missing);
  if (reasons === undefined) return [];
  return reasons.length < 2 ? reasons : [...new Set(reasons)];
}

/** Combine inputs: the function runs only when every input is known; otherwise their reasons. */
export function combine<A, B, R>(a: Computed<A>, b: Computed<B>, f: (a: A, b: B) => R): Computed<R> {
  if (isKnown(a) && isKnown(b)) {
    const value = f(a.value, b.value);
    return a.estimated || b.estimated ? { value, estimated: true } : { value };
  }
  return missing(...missingOf(a, b));
}
