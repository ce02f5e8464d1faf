import v8 from 'node:v8';

/**
 * How much bytecode V8's optimizing compiler may inline into one function it optimizes, in
 * total (V8's own budget is 920). A command runs once over its input and ends: deep inlining,
 * which pays off over the hours of a language server, costs a one-off run more compiling (on
 * the second core, which the garbage collector's helpers need too) than it wins back. With a
 * quarter of the budget the 10 MB check takes 2.74 s instead of 2.92 s (CPU 3.74 s instead of
 * 4.13), a 1 MB one 0.71 s instead of 0.77; a 10,000-line check and the formula batch are
 * unchanged (docs/performance.md, "The 10 MB check under 3 s").
 */
export const ONE_OFF_INLINING_BUDGET = 230;

/**
 * Set once, before a command's work; `cellspec lsp` keeps V8's default (a long-running server).
 * Not in the build's run that writes the bundle's code cache (bin/cellspec.js): V8 stamps a cache
 * with a hash of its flags and rejects it in a process whose flags differ, and every run loads the
 * cache before this is set. (The cache holds bytecode only, which inlining does not change.)
 */
export function tuneCompilerForOneOffRun(): void {
  if (process.env['CELLSPEC_CODE_CACHE_OUT'] !== undefined) return;
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${ONE_OFF_INLINING_BUDGET}`);
}
