/**
 * The language core's façade: the one module the fronts — the language server (server/src/lsp),
 * the command line (server/src/cli) — import. Everything here takes and returns plain data and
 * knows nothing of LSP, VS Code or a terminal (the shape of rust-analyzer's `ide` crate and
 * yaml-language-server's `languageservice/`). A test (test/unit/architecture) fails when a front
 * reaches past it into the core's modules.
 */

// Plain-data types shared with the fronts.
export type { Completion, CompletionKind, DesignAction, DocumentSymbol, FileEdit, FileHost, Fix, ReferenceSection, TextEdit } from './api';
export type { CoreDiagnostic, Location, RelatedInformation, Severity } from './diagnostics';
export { diagnosticHelp, type DiagnosticHelp } from './diagnostic-help';

// Analysing a document.
export { AnalysisHost, analysedInEditor, analyzeDocument, internalErrorDiagnostic, tooLargeDiagnostic, type AnalysisOptions, type DocumentAnalysis } from './analyze';
export { EDITOR_MAX_CHARACTERS, MAX_CODE_LENSES, MAX_FOLDING_REGIONS, MAX_OUTLINE_SYMBOLS } from './limits';

// Editor features over an analysis.
export { completions } from './ide/completion';
export { foldingRegions, type FoldingRegion } from './ide/folding';
export { format } from './ide/format';
export { hover } from './ide/hover';
export { inlayHints, type InlayHintVerbosity } from './ide/inlay-hints';
export { libraryDocument, LIBRARY_DOCUMENT_URI } from './ide/library-document';
export { definitionAt, prepareRename, referencesAt, renameAt, symbolAt } from './ide/navigation';
export { quickFixes } from './ide/quick-fixes';
export { designActions } from './ide/design-actions';
export { cellLenses, type CellLens } from './ide/code-lenses';
export { documentStatus, librarySize, type DocumentStatus } from './ide/status';
export { LANGUAGE_REFERENCE_FILE, REFERENCE_SECTIONS } from './ide/reference';
export { declaredSymbols, matchesSymbolQuery, type DeclaredSymbol } from './ide/workspace-symbols';
export { encodeSemanticTokens, semanticTokens, SEMANTIC_TOKENS_LEGEND } from './ide/semantic-tokens';
export { boundedOutline, documentSymbols } from './ide/symbols';

// The report, formulas and settings.
export { computeReport, renderHtml, renderJson, renderText, compareDesigns, comparisonJson, renderComparisonHtml, renderComparisonText, type Comparison } from './report';
export { analyzeFormula, type FormulaReport } from './formula/analyze';
export { libraryLookalike, reportFormula, type Lookalike } from './model/lookalike';
export { MAX_IMPORT_DEPTH } from './model/imports';
export { loadProjectSettings, parseSettings, PROJECT_SETTINGS_FILE, type CellspecSettings } from './settings';
export { isPlainObject, normalizeKeys } from './settings/normalize-keys';

// Text as the fronts show it: positions, inert output, the one number format.
export { stripBom } from './text/bom';
export { LineIndex } from './text/line-index';
export { forJson, forMarkdown, forTerminal } from './text/inert';
export { formatCharge, formatMolarMass, formatSig } from './text/numbers';
