/**
 * Limits on what the editor computes for one document, so that no file, however large, can
 * stall the language server or flood the client (docs/security.md lists every bound and its
 * test). The command line has no size limit: `cellspec check` reads any file, in time and
 * memory linear in its size.
 */

/**
 * Documents longer than this are not analysed in the editor (about 130,000 lines of `.cell`;
 * a cold check takes ~2 s here). The editor says so with one `document/too-large` diagnostic and
 * answers requests for the document with nothing; `cellspec check` checks it.
 */
export const EDITOR_MAX_CHARACTERS = 3_000_000;

/**
 * The most outline entries sent for one document. Beyond it the outline lists the declarations
 * only (no properties, components or layers), and at most this many of them.
 */
export const MAX_OUTLINE_SYMBOLS = 10_000;

/** The most folding ranges sent for one document (VS Code itself keeps 5,000 by default). */
export const MAX_FOLDING_REGIONS = 5_000;

/** The most code lenses (one per cell) sent for one document. */
export const MAX_CODE_LENSES = 2_000;
