/**
 * How long to wait after a keystroke before re-checking (issue #16): by default, as long as the
 * check itself takes, twice over. A check that costs 3 ms runs 8 ms after the keystroke, so
 * squiggles follow typing; one that costs 300 ms (a 50k-line file) waits 250 ms, so typing
 * supersedes the scheduled run instead of queueing analyses behind each other. A user who sets
 * `cellspec.validation.debounceMs` gets exactly that delay.
 */
export const ADAPTIVE_DEBOUNCE = {
  /** Delay = factor × the document's recent check cost… */
  factor: 2,
  /** …at least this (a burst of keystrokes in one event-loop turn still shares one check)… */
  minMs: 8,
  /** …and at most this, the old fixed delay's order (a pause in typing is ~250 ms or more). */
  maxMs: 250,
  /** Before the first check of a document has been timed. */
  unknownMs: 50,
  /** Weight of the newest cost in the running average: a few checks settle it, one outlier does not. */
  smoothing: 0.3,
} as const;

export function adaptiveDelayMs(costMs: number | undefined): number {
  if (costMs === undefined || !Number.isFinite(costMs)) return ADAPTIVE_DEBOUNCE.unknownMs;
  return Math.min(ADAPTIVE_DEBOUNCE.maxMs, Math.max(ADAPTIVE_DEBOUNCE.minMs, ADAPTIVE_DEBOUNCE.factor * costMs));
}

/** The recent cost of checking each open document (an exponential moving average), in ms. */
export class CheckCosts {
  private readonly costs = new Map<string, number>();

  record(uri: string, ms: number): void {
    const previous = this.costs.get(uri);
    this.costs.set(uri, previous === undefined ? ms : previous + ADAPTIVE_DEBOUNCE.smoothing * (ms - previous));
  }

  of(uri: string): number | undefined {
    return this.costs.get(uri);
  }

  delayMs(uri: string): number {
    return adaptiveDelayMs(this.costs.get(uri));
  }

  forget(uri: string): void {
    this.costs.delete(uri);
  }
}
