import path from 'node:path';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import * as z from 'zod';
import { isPlainObject, loadProjectSettings, normalizeKeys, parseSettings, PROJECT_SETTINGS_FILE, type CellspecSettings, type InlayHintVerbosity } from '../core';
import { stripBom } from '../core';

/** The settings in force for one document. */
export interface ServerSettings {
  /** Quiet time after the last keystroke before a document is re-checked; null: adapt it to the check's cost (debounce.ts). */
  readonly debounceMs: number | null;
  /** How much an inlay hint's label says (`cellspec.inlayHints.verbosity`; the rest is in its tooltip). */
  readonly inlayHintVerbosity: InlayHintVerbosity;
  /** The checks' settings (docs/language.md §7): the editor's, overridden by a cellspec.json beside the file. */
  readonly core: CellspecSettings;
}

const MAX_DEBOUNCE_MS = 10_000;

/** Keys of the `cellspec` section that only the editor front uses; the core never sees them. */
const EDITOR_ONLY_KEYS = new Set(['validation', 'trace']);
/** Editor-only keys inside a section the core reads (`inlayHints.enabled` is the core's, also in cellspec.json). */
const EDITOR_ONLY_INLAY_HINT_KEYS = new Set(['verbosity']);

export const DEFAULT_INLAY_HINT_VERBOSITY: InlayHintVerbosity = 'short';
const inlayHintVerbosity = z.enum(['short', 'full']);

/** The editor's `cellspec` section as `workspace/configuration` returns it. */
export function readEditorSection(section: unknown): { debounceMs: number | null; inlayHintVerbosity: InlayHintVerbosity; core: CellspecSettings; errors: string[] } {
  const record = isPlainObject(section) ? section : {};
  const validation = record['validation'];
  const debounce = isPlainObject(validation) ? validation['debounceMs'] : undefined;
  const debounceMs =
    typeof debounce === 'number' && Number.isFinite(debounce) ? Math.min(MAX_DEBOUNCE_MS, Math.max(0, debounce)) : null;
  const hints = record['inlayHints'];
  const verbosityInput = isPlainObject(hints) ? hints['verbosity'] : undefined;
  const verbosity = verbosityInput === undefined || verbosityInput === null ? undefined : inlayHintVerbosity.safeParse(verbosityInput);
  const coreInput = Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !EDITOR_ONLY_KEYS.has(key))
      .map(([key, value]) =>
        key === 'inlayHints' && isPlainObject(value) ? [key, Object.fromEntries(Object.entries(value).filter(([inner]) => !EDITOR_ONLY_INLAY_HINT_KEYS.has(inner)))] : [key, value],
      ),
  );
  const parsed = parseSettings(coreInput, 'cellspec settings');
  const errors = [...parsed.errors];
  if (verbosity && !verbosity.success) {
    const shown = String(JSON.stringify(verbosityInput)).slice(0, 40);
    errors.push(`cellspec settings: inlayHints.verbosity must be "short" or "full" (got ${shown})`);
  }
  return { debounceMs, inlayHintVerbosity: verbosity?.success ? verbosity.data : DEFAULT_INLAY_HINT_VERBOSITY, core: parsed.settings, errors };
}

/**
 * The project's cellspec.json wins over the editor for every key it declares, so the editor
 * and `cellspec check` report the same; the editor's settings fill in the rest.
 */
export function mergeProjectSettings(editor: CellspecSettings, project: CellspecSettings, declared: unknown): CellspecSettings {
  if (!isPlainObject(declared)) return editor;
  const keys = normalizeKeys(declared).value;
  const inlayHints = keys['inlayHints'];
  return {
    conductionLimit: 'conductionLimit' in keys ? project.conductionLimit : editor.conductionLimit,
    percolationThreshold: 'percolationThreshold' in keys ? project.percolationThreshold : editor.percolationThreshold,
    homoCategoryWindowSlack: 'homoCategoryWindowSlack' in keys ? project.homoCategoryWindowSlack : editor.homoCategoryWindowSlack,
    inlayHints: isPlainObject(inlayHints) && 'enabled' in inlayHints ? project.inlayHints : editor.inlayHints,
    severity: { ...editor.severity, ...project.severity },
  };
}

/**
 * Settings per document: the editor's `cellspec` section for that resource (a folder may
 * override the user's), pulled with `workspace/configuration`, merged with the cellspec.json
 * in the document's folder. Cached until the client reports a change of either.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ServerSettings>>();
  private readonly resolved = new Map<string, ServerSettings>();
  private readonly reportedErrors = new Set<string>();
  private pullSupported = false;

  constructor(
    private readonly connection: Connection,
    /** A file's text (cellspec.json), from the disk or, in the web worker, through the client. */
    private readonly readFile: (filePath: string) => Promise<string | undefined>,
  ) {}

  enablePull(supported: boolean): void {
    this.pullSupported = supported;
  }

  /** The settings last read for a document, without waiting (for the debounce delay). */
  peek(uri: string): ServerSettings | undefined {
    return this.resolved.get(uri);
  }

  get(uri: string, filePath: string): Promise<ServerSettings> {
    const cached = this.byUri.get(uri);
    if (cached) return cached;
    const pending = this.read(uri, filePath).then((settings) => {
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

  private async read(uri: string, filePath: string): Promise<ServerSettings> {
    const editor = readEditorSection(await this.pullSection(uri));
    const directory = path.dirname(filePath);
    // Read once, before the core's synchronous look: the web worker's reads go through the client.
    const projectFile = path.join(directory, PROJECT_SETTINGS_FILE);
    const projectText = await this.readFile(projectFile);
    const project = loadProjectSettings(directory, (filePath) => (filePath === projectFile ? projectText : undefined));
    this.report([...editor.errors, ...project.errors]);
    if (!project.file) return { debounceMs: editor.debounceMs, inlayHintVerbosity: editor.inlayHintVerbosity, core: editor.core };
    let declared: unknown;
    try {
      declared = JSON.parse(projectText === undefined ? 'null' : stripBom(projectText));
    } catch {
      declared = undefined;
    }
    return { debounceMs: editor.debounceMs, inlayHintVerbosity: editor.inlayHintVerbosity, core: mergeProjectSettings(editor.core, project.settings, declared) };
  }

  private async pullSection(uri: string): Promise<unknown> {
    if (!this.pullSupported) return undefined;
    try {
      const [section] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: 'cellspec' }]);
      return section;
    } catch (error) {
      this.connection.console.warn(`Could not read the cellspec settings for ${uri}: ${String(error)}`);
      return undefined;
    }
  }

  /** Each bad setting is shown once, not on every keystroke. */
  private report(errors: readonly string[]): void {
    for (const error of errors) {
      if (this.reportedErrors.has(error)) continue;
      this.reportedErrors.add(error);
      this.connection.console.warn(error);
      // window/showMessage, a notification: `window.showWarningMessage` sends a request, and a client
      // that refused it (or did not know it) left a rejection nobody handled, which ended the server.
      this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Cellspec: ${error}` }).catch(() => undefined);
    }
  }
}

export { PROJECT_SETTINGS_FILE };
