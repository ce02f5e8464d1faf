/** The user's severity overrides (docs/language.md §4: "users may override severities in settings"). */
import type { CoreDiagnostic } from '../diagnostics';
import type { CellspecSettings } from './settings';

/** Each diagnostic at the severity the settings give its code; codes set to `off` are dropped. Order is kept. */
export function applySeverity(
  diags: readonly CoreDiagnostic[],
  settings: Pick<CellspecSettings, 'severity'>,
): CoreDiagnostic[] {
  const result: CoreDiagnostic[] = [];
  for (const d of diags) {
    const override = settings.severity[d.code];
    if (override === 'off') continue;
    result.push(override === undefined || override === d.severity ? d : { ...d, severity: override });
  }
  return result;
}
