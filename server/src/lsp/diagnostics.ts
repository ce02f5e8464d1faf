import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Location } from 'vscode-languageserver/node';
import type { CoreDiagnostic, Location as CoreLocation, Severity } from '../core';
import type { CellspecDiagnosticData } from './protocol';
import { spanToRange, type Positions } from './ranges';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Turns a core location (a file path or `builtin:`) into an LSP location. */
export type LocationConverter = (location: CoreLocation) => Location;

export function toLspDiagnostic(
  diagnostic: CoreDiagnostic,
  positions: Positions,
  toLocation: LocationConverter,
): Diagnostic {
  const data: CellspecDiagnosticData = { code: diagnostic.code, data: diagnostic.data };
  const result: Diagnostic = {
    range: spanToRange(positions, diagnostic.span),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'cellspec',
    message: diagnostic.message,
    data,
  };
  if (diagnostic.related && diagnostic.related.length > 0) {
    result.relatedInformation = diagnostic.related.map(
      (related): DiagnosticRelatedInformation => ({ location: toLocation(related.location), message: related.message }),
    );
  }
  return result;
}
