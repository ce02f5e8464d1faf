/**
 * Design actions (docs/language.md §4): code actions that answer no diagnostic. On a composite
 * that works, "Raise NCM811 to 83.9 wt% (limit: ions stop percolating)" — the design solver's
 * headroom (compute/design.ts) as a recipe. Like a design fix, an action that would leave a
 * warning or an error the document does not have is not offered.
 */
import type { Span } from '../../../../grammar/ast';
import { analyzeVariant, type DocumentAnalysis } from '../analyze';
import type { DesignAction } from '../api';
import { headroomActions } from '../fixes/design-fixes';
import { addsNoProblem, applied } from './quick-fixes';

export function designActions(analysis: DocumentAnalysis, span: Span): DesignAction[] {
  return headroomActions(analysis, span)
    .map((action): DesignAction => ({ title: action.title, edits: [{ file: analysis.file, edits: action.edits }] }))
    .filter((action) => {
      const text = applied(analysis, action);
      return text !== undefined && addsNoProblem(analysis, analyzeVariant(analysis, text));
    });
}
