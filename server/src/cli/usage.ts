export const USAGE = `cellspec — checks all-solid-state battery cell specifications (*.cell)

Usage:
  cellspec check [--format text|json|sarif] FILE|DIR...  check files (DIRs: every *.cell below); exit 1 if any error
  cellspec report [--format text|json|html] FILE      capacity, conduction and stack energy of a file
  cellspec compare [--format text|json|html] A B     two designs side by side, cell by cell
  cellspec formula [--format text|json] FORMULA...    molar mass, charge balance, anion class of formulas
  cellspec formula --stdin [--format text|json]       the same, one formula a line from standard input
  cellspec lsp --stdio                                the language server, for any LSP editor
  cellspec --help | --version

Settings are read from a cellspec.json beside each checked file.
Exit codes: 0 no errors, 1 errors found (or an invalid formula), 2 bad usage or unreadable input.`;

/** A usage problem: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Known by name: `cellspec lsp` runs from its own bundle (dist/cli-lsp.js), with its own copy of the class. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
