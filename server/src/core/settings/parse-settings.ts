/**
 * A settings input → the settings in force, and one line per problem. A bad value never
 * costs the good ones: each invalid key keeps its default and the rest still apply, so a
 * typo in one severity does not silently reset the conduction limit.
 */
import { DIAGNOSTIC_CODES } from '../diagnostics';
import { closestWords } from '../text/edit-distance';
import { quoted } from '../text/inert';
import { isPlainObject, normalizeKeys } from './normalize-keys';
import { DEFAULT_SETTINGS, SETTING_EXPECTATIONS, SETTING_KEYS, settingsSchema, type CellspecSettings, type SettingsInput } from './settings';

export interface ParsedSettings {
  readonly settings: CellspecSettings;
  /** One line each, starting with the origin: "cellspec.json: conductionLimit must be …". */
  readonly errors: string[];
}

type Path = readonly PropertyKey[];
type Issue = NonNullable<ReturnType<ReturnType<typeof settingsSchema>['safeParse']>['error']>['issues'][number];

/**
 * `input` as a JSON value (VS Code's `cellspec` section or a parsed cellspec.json); missing
 * keys take their defaults. `origin` starts every error line.
 */
export function parseSettings(input: unknown, origin: string): ParsedSettings {
  if (input === undefined || input === null) return { settings: withDefaults({}), errors: [] };
  if (!isPlainObject(input)) {
    return { settings: withDefaults({}), errors: [`${origin}: settings must be a JSON object, got ${shown(input)}`] };
  }
  const normalized = normalizeKeys(input);
  const errors = normalized.problems.map((problem) => `${origin}: ${problem}`);
  const label = (path: Path) => {
    const dotted = path.map(String).join('.');
    const top = String(path[0] ?? '');
    return normalized.writtenAs.get(dotted) ?? [normalized.writtenAs.get(top) ?? top, ...path.slice(1).map(String)].join('.');
  };

  const first = settingsSchema().safeParse(normalized.value);
  if (first.success) return { settings: withDefaults(first.data), errors };

  const value = structuredClone(normalized.value);
  for (const issue of first.error.issues) {
    errors.push(...describeIssue(issue, normalized.value, label).map((line) => `${origin}: ${line}`));
    for (const path of offendingPaths(issue)) removePath(value, path);
  }
  const second = settingsSchema().safeParse(value);
  return { settings: withDefaults(second.success ? second.data : {}), errors };
}

function withDefaults(input: SettingsInput): CellspecSettings {
  return {
    conductionLimit: input.conductionLimit ?? DEFAULT_SETTINGS.conductionLimit,
    percolationThreshold: input.percolationThreshold ?? DEFAULT_SETTINGS.percolationThreshold,
    homoCategoryWindowSlack: input.homoCategoryWindowSlack ?? DEFAULT_SETTINGS.homoCategoryWindowSlack,
    inlayHints: { enabled: input.inlayHints?.enabled ?? DEFAULT_SETTINGS.inlayHints.enabled },
    severity: { ...input.severity },
  };
}

function describeIssue(issue: Issue, input: unknown, label: (path: Path) => string): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => describeUnknownKey(issue.path, key, label));
  }
  const expectation = SETTING_EXPECTATIONS[expectationKey(issue.path)];
  const got = valueAt(input, issue.path);
  if (!expectation) return [`${label(issue.path)}: ${issue.message}`];
  return [`${label(issue.path)} must be ${expectation} (got ${shown(got)})`];
}

function describeUnknownKey(parent: Path, key: string, label: (path: Path) => string): string {
  if (parent.length === 1 && parent[0] === 'severity') {
    const close = closestWords(key, DIAGNOSTIC_CODES);
    const guess = close.length > 0 ? `; did you mean \`${close[0]}\`?` : `; the codes are ${DIAGNOSTIC_CODES.join(', ')}`;
    return `${label(parent)}: \`${key}\` is not a diagnostic code${guess}`;
  }
  const dotted = [...parent.map(String), key].join('.');
  const close = closestWords(dotted, SETTING_KEYS);
  const guess = close.length > 0 ? `; did you mean \`${close[0]}\`?` : '';
  return `unknown setting \`${label([...parent, key])}\`${guess} (the settings are ${SETTING_KEYS.join(', ')})`;
}

/** `severity.anion/mismatch` → `severity.*`: every code shares one expectation. */
function expectationKey(path: Path): string {
  if (path[0] === 'severity' && path.length === 2) return 'severity.*';
  return path.map(String).join('.');
}

function offendingPaths(issue: Issue): Path[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  return [issue.path];
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = isPlainObject(node) ? node[String(key)] : undefined;
  return node;
}

function removePath(root: Record<string, unknown>, path: Path): void {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (isPlainObject(parent) && last !== undefined) delete parent[String(last)];
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array ${truncate(JSON.stringify(value))}`;
  return truncate(JSON.stringify(value) ?? String(value));
}

function truncate(text: string): string {
  return quoted(text, 40);
}
