/** An exception as one log entry: its stack when it has one, so a bug report shows where. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
