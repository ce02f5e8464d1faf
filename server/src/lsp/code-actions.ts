import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { designActions, quickFixes } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import type { CellspecDiagnosticData } from './protocol';
import { rangeToSpan } from './ranges';
import { toWorkspaceEdit } from './workspace-edits';

/**
 * Quick fixes (docs/language.md §4): each Cellspec diagnostic comes back with the `data` the core put
 * on it, and the core turns that into edits — nothing is re-derived here.
 */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(
    guarded(context.connection, 'codeAction', [], async (params: CodeActionParams): Promise<CodeAction[]> => {
      const only = params.context.only;
      const wants = (kind: string): boolean => !only || only.some((asked) => asked === kind || kind.startsWith(`${asked}.`) || asked === CodeActionKind.Empty);
      const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'cellspec');
      const fixesWanted = wants(CodeActionKind.QuickFix) && ours.length > 0;
      const designWanted = wants(CodeActionKind.RefactorRewrite);
      if (!fixesWanted && !designWanted) return [];
      const current = await currentAnalysis(context, params);
      if (!current) return [];
      // A design the solver found room for, on the composite under the cursor (no diagnostic).
      const design: CodeAction[] = designWanted
        ? designActions(current.analysis, rangeToSpan(current.document, params.range)).map((action) => ({
            title: action.title,
            kind: CodeActionKind.RefactorRewrite,
            edit: toWorkspaceEdit(current, action.edits),
          }))
        : [];
      if (!fixesWanted) return design;
      // anion/mismatch and window/oxidation on one bare cathode offer the same electrolytes: one
      // action per distinct fix, listing every diagnostic it resolves, so the menu has no repeats.
      const actions = new Map<string, CodeAction & { diagnostics: Diagnostic[] }>();
      for (const diagnostic of ours) {
        const data = diagnostic.data as Partial<CellspecDiagnosticData> | undefined;
        const code = typeof data?.code === 'string' ? data.code : String(diagnostic.code ?? '');
        const fixes = quickFixes(current.analysis, { code, span: rangeToSpan(current.document, diagnostic.range), data: data?.data });
        for (const fix of fixes) {
          const edit = toWorkspaceEdit(current, fix.edits);
          const key = `${fix.title}\u0000${JSON.stringify(edit)}`;
          const same = actions.get(key);
          if (same) {
            same.diagnostics.push(diagnostic);
            if (fix.isPreferred) same.isPreferred = true;
            continue;
          }
          actions.set(key, {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            ...(fix.isPreferred ? { isPreferred: true } : {}),
            edit,
          });
        }
      }
      return [...actions.values(), ...design];
    }),
  );
}
