/**
 * `import text from '…/file.md?raw'`: a file's text, bundled at build time. Vite (vitest) reads
 * the `?raw` suffix natively; scripts/lib/node-bundle.mjs gives esbuild the same rule.
 */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
