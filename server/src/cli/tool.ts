/** The tool's name, version and page, from package.json at build time (scripts/lib/node-bundle.mjs). */
declare const CELLSPEC_VERSION: string | undefined;
declare const CELLSPEC_INFORMATION_URI: string | undefined;

export const TOOL = {
  name: 'cellspec',
  // Both are undefined only when the sources run without the build.
  version: typeof CELLSPEC_VERSION === 'string' ? CELLSPEC_VERSION : 'dev',
  informationUri: typeof CELLSPEC_INFORMATION_URI === 'string' ? CELLSPEC_INFORMATION_URI : undefined,
} as const;
