import * as z from 'zod';
import type { InitializationOptions } from './protocol';

/** What the server does with a client's `initializationOptions` (protocol.ts), defaults filled in. */
export type ServerOptions = Required<InitializationOptions>;

export const DEFAULT_SERVER_OPTIONS: ServerOptions = { referenceLinks: 'text' };

/** Other editors may pass options of their own (Neovim's `init_options`): unknown keys are ignored. */
const initializationOptionsSchema = z.looseObject({
  referenceLinks: z.enum(['command', 'text']).optional(),
});

/**
 * The client's `initializationOptions`, validated: nothing (or null) is the defaults; a value
 * the server cannot use is reported and its default used instead.
 */
export function readInitializationOptions(input: unknown): { readonly options: ServerOptions; readonly errors: readonly string[] } {
  if (input === undefined || input === null) return { options: DEFAULT_SERVER_OPTIONS, errors: [] };
  const parsed = initializationOptionsSchema.safeParse(input);
  if (parsed.success) return { options: { ...DEFAULT_SERVER_OPTIONS, ...stripUndefined(parsed.data) }, errors: [] };
  const errors = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? `initializationOptions.${issue.path.join('.')}` : 'initializationOptions';
    return `${where}: ${issue.message}; using the default`;
  });
  return { options: DEFAULT_SERVER_OPTIONS, errors };
}

function stripUndefined(options: InitializationOptions): InitializationOptions {
  return options.referenceLinks === undefined ? {} : { referenceLinks: options.referenceLinks };
}
