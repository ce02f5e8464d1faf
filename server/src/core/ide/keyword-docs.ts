/**
 * Plain-words docs for the words the schema does not describe: the block keywords and
 * `coated` (property keys, roles and interphase kinds have theirs in core/schema).
 */
export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
  import:
    '`import "file.cell"` brings the materials, composites and cells of another file into scope, relative to this file (never outside the workspace). Names declared here win over imported ones.',
  material:
    '`material NAME { … }` declares one substance: its `formula`, `role`, and the numbers a reviewer checks (voltage, capacity, conductivities, window, density) with their `source`.',
  composite:
    '`composite NAME { … }` declares an electrode layer mixed from several materials, one per line with its share (`NCM811 70 wt%`, all wt% or all vol%), optionally `coated`, plus its `porosity`.',
  cell:
    '`cell NAME { … }` declares a stack, anode side first: `anode`, one or more `separator`s, `cathode`, any `collector`s, each with its `thickness` or `loading`; plus the `rate` and `cutoff` used for the estimates, and the working `ion` (`Li` or `Na`) when its materials do not say.',
  coated:
    '`coated COATING` after a component’s fraction: a thin protective layer (LiNbO3, Li2ZrO3) on that material’s particles. It separates an oxide cathode from a sulfide electrolyte, so it lifts `anion/mismatch` and `window/oxidation` for that component; its mass is neglected.',
};
