import type { Connection } from 'vscode-languageserver/node';

/** What the editor's `cellspec` settings section holds for one resource, read for the server. */
export interface ServerSettings {
  /** Quiet time after the last keystroke before a document is re-checked. */
  readonly debounceMs: number;
  /** The section without the editor-only keys: the core's settings (LANGUAGE.md §7). */
  readonly core: Readonly<Record<string, unknown>>;
}

export const DEFAULT_DEBOUNCE_MS = 200;
const MAX_DEBOUNCE_MS = 10_000;

/** Keys only the editor front uses; the core's settings parser never sees them. */
const EDITOR_ONLY_KEYS = ['validation', 'trace'] as const;

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: DEFAULT_DEBOUNCE_MS, core: {} };

/** Reads a `cellspec` section as sent by `workspace/configuration`; anything malformed falls back to defaults. */
export function readServerSettings(section: unknown): ServerSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const validation = section['validation'];
  const debounce = isRecord(validation) ? validation['debounceMs'] : undefined;
  const debounceMs =
    typeof debounce === 'number' && Number.isFinite(debounce)
      ? Math.min(MAX_DEBOUNCE_MS, Math.max(0, debounce))
      : DEFAULT_DEBOUNCE_MS;
  const core: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    if (!(EDITOR_ONLY_KEYS as readonly string[]).includes(key)) core[key] = value;
  }
  return { debounceMs, core };
}

/**
 * Settings per resource (a folder may override the user's), pulled with `workspace/configuration`
 * and cached until the client says they changed.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ServerSettings>>();
  private readonly resolved = new Map<string, ServerSettings>();
  private pullSupported = false;

  constructor(private readonly connection: Connection) {}

  enablePull(supported: boolean): void {
    this.pullSupported = supported;
  }

  /** The settings last read for a resource, without waiting (for the debounce delay). */
  peek(uri: string): ServerSettings | undefined {
    return this.resolved.get(uri);
  }

  get(uri: string): Promise<ServerSettings> {
    const cached = this.byUri.get(uri);
    if (cached) return cached;
    const pending = this.pull(uri).then((settings) => {
      if (this.byUri.get(uri) === pending) this.resolved.set(uri, settings);
      return settings;
    });
    this.byUri.set(uri, pending);
    return pending;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.resolved.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.resolved.clear();
  }

  private async pull(uri: string): Promise<ServerSettings> {
    if (!this.pullSupported) return DEFAULT_SETTINGS;
    try {
      const section: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'cellspec' });
      return readServerSettings(section);
    } catch (error) {
      this.connection.console.warn(`Could not read the cellspec settings for ${uri}: ${String(error)}`);
      return DEFAULT_SETTINGS;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
