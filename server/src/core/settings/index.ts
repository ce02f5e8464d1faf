/** Settings (docs/language.md §7): types and defaults, validation, severity overrides, cellspec.json. */
export {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SEVERITY_OVERRIDES,
  settingsSchema,
  type CellspecSettings,
  type SettingsInput,
  type SeverityOverride,
} from './settings';
export { parseSettings, type ParsedSettings } from './parse-settings';
export { applySeverity } from './severity';
export { loadProjectSettings, PROJECT_SETTINGS_FILE, type ProjectSettings } from './project-file';
