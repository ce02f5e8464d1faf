/**
 * Settings arrive in two spellings: nested as the core names them (`{"inlayHints": {"enabled":
 * false}}`, VS Code's `cellspec` section) or flat as in VS Code's settings.json
 * (`{"cellspec.inlayHints.enabled": false}`), which users copy into cellspec.json. This turns
 * either into the nested form, remembering how each key was written so an error names it
 * the way the user wrote it.
 */

const PREFIX = 'cellspec.';

/** JSON Schema reference that editors add to JSON files; not a setting. */
const IGNORED_KEYS = new Set(['$schema']);

export interface NormalizedKeys {
  readonly value: Record<string, unknown>;
  /** Dotted normalized path → the key as written (only where they differ). */
  readonly writtenAs: ReadonlyMap<string, string>;
  /** Problems, without the origin: "`x` is given twice …". */
  readonly problems: readonly string[];
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function normalizeKeys(input: Record<string, unknown>): NormalizedKeys {
  const value: Record<string, unknown> = {};
  const writtenAs = new Map<string, string>();
  const firstWritten = new Map<string, string>();
  const problems: string[] = [];

  for (const [written, entry] of Object.entries(input)) {
    if (IGNORED_KEYS.has(written)) continue;
    // Only the prefixed flat form is split at dots: a plain key is taken as one name, so an
    // unknown `a.b` is reported as written rather than as a made-up nested path.
    const path = written.startsWith(PREFIX) ? written.slice(PREFIX.length).split('.') : [written];
    const dotted = path.join('.');
    if (dotted !== written) writtenAs.set(dotted, written);
    const clash = assign(value, path, entry);
    if (clash !== undefined) {
      const first = firstWritten.get(clash) ?? clash;
      problems.push(`\`${clash}\` is given twice (as \`${first}\` and as \`${written}\`); the first is used`);
    } else {
      firstWritten.set(dotted, written);
    }
  }
  return { value, writtenAs, problems };
}

/** Sets `path` in `target`, merging objects; returns the dotted path that was already set, if any. */
function assign(target: Record<string, unknown>, path: readonly string[], entry: unknown, prefix = ''): string | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  const here = prefix ? `${prefix}.${head}` : head;
  const existing = target[head];
  if (rest.length === 0) {
    if (existing === undefined) {
      target[head] = entry;
      return undefined;
    }
    if (isPlainObject(existing) && isPlainObject(entry)) return mergeInto(existing, entry, here);
    return here;
  }
  if (existing === undefined) target[head] = {};
  const child = target[head];
  if (!isPlainObject(child)) return here;
  return assign(child, rest, entry, here);
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, prefix: string): string | undefined {
  let firstClash: string | undefined;
  for (const [key, entry] of Object.entries(source)) {
    const clash = assign(target, [key], entry, prefix);
    firstClash ??= clash;
  }
  return firstClash;
}
