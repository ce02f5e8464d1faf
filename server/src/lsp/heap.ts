import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection before it collects
 * again, in percent. V8's own choice is tuned for throughput: with the ~40 MB a 10,000-line
 * document keeps alive it lets the heap reach three to four times that before a full
 * collection. A language server lives for hours with a small live set and a stream of
 * short-lived analyses, one per edit; collecting once the heap has grown by 40 % keeps it near
 * what is alive (docs/performance.md: 172 → 143 MB resident after a typing burst at 10k lines,
 * with the same latency — a full collection of a 40 MB heap is mostly concurrent).
 */
const HEAP_GROWING_PERCENT = 40;

/** Set once at start-up; the server's own process only (the CLI's one-off checks keep V8's default). */
export function tuneHeapForLongRunningServer(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
