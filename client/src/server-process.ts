/**
 * The Node options of the language server's process, one list for the extension that starts it
 * and the benchmarks and tests that measure it (scripts/lib/lsp-editor.ts).
 *
 * A young generation of at most 8 MB per semi-space instead of V8's 16: the server keeps one
 * analysis per open document and makes a new one on each edit, so most of what it allocates is
 * garbage by the next collection; the smaller nursery is collected a little more often, and the
 * process holds ~15 MB less with a 10,000- or 50,000-line document open (docs/performance.md,
 * "The server's memory"), at no measurable cost in latency.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];
