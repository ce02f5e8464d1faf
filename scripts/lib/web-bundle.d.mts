// Types of web-bundle.mjs, for the test that builds the web worker's server.

export declare const WEB_SERVER_OUTFILE: string;

/** Builds the web worker's server (server/src/web/main.ts) into `outfile` (dist/web/server.js by default). */
export declare function buildWebServer(options?: { readonly outfile?: string; readonly libraryChecked?: boolean }): Promise<unknown>;
