/**
 * What an editor's status line says about a document at a glance: how big the built-in library
 * is, what the document declares and how many of its findings are errors or warnings (after the
 * settings' severity overrides, as published).
 */
import type { DocumentAnalysis } from '../analyze';
import { loadLibrary } from '../library';

export interface DocumentStatus {
  /** Materials of the built-in library (docs/library.md). */
  readonly libraryMaterials: number;
  /** The document's own declarations (not the imported ones). */
  readonly materials: number;
  readonly composites: number;
  readonly cells: number;
  readonly errors: number;
  readonly warnings: number;
}

export function documentStatus(analysis: DocumentAnalysis): DocumentStatus {
  const { program, diagnostics } = analysis;
  return {
    libraryMaterials: librarySize(),
    materials: program.materials.length,
    composites: program.composites.length,
    cells: program.cells.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** How many materials the built-in library holds. */
export function librarySize(): number {
  return loadLibrary().all().length;
}
