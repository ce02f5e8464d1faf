import type { InlayHint, InlayHintParams } from 'vscode-languageserver/node';
import { inlayHints } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { describeError } from './errors';
import { guarded } from './guard';
import { rangeToSpan } from './ranges';

/**
 * The computed values of docs/language.md §6 beside the declarations (molar mass, capacity, volume
 * fractions, stack energy). `cellspec.inlayHints.enabled` (or a cellspec.json) turns them off:
 * the core answers nothing then. `cellspec.inlayHints.verbosity` (an editor setting, `short` by
 * default) chooses between the short labels, their full text in the tooltip, and the full labels.
 */
export function registerInlayHints(context: ServerContext): void {
  context.connection.languages.inlayHint.on(
    guarded(context.connection, 'inlayHint', [], async (params: InlayHintParams): Promise<InlayHint[]> => {
      const current = await currentAnalysis(context, params);
      if (!current) return [];
      const { document, analysis } = current;
      // Read by currentAnalysis a moment ago: cached.
      const { inlayHintVerbosity } = await context.settings.get(params.textDocument.uri, context.analyses.pathOf(params.textDocument.uri));
      return inlayHints(analysis, analysis.settings, rangeToSpan(document, params.range), inlayHintVerbosity).map(
        (hint): InlayHint => ({
          position: document.positionAt(hint.offset),
          label: hint.label,
          // The core's labels start with the value itself; the gap from the code is the editor's to draw.
          paddingLeft: true,
          ...(hint.tooltip !== undefined ? { tooltip: hint.tooltip } : {}),
        }),
      );
    }),
  );
}

/**
 * Asks the client to request every visible inlay hint again: after a settings change (the hints
 * may be switched off, or their values change with the percolation threshold) or an imported
 * file's change, which the client cannot know affects this document.
 */
export function refreshInlayHints(context: ServerContext, clientSupportsRefresh: boolean): void {
  if (!clientSupportsRefresh) return;
  context.connection.languages.inlayHint.refresh().catch((error: unknown) => {
    context.connection.console.warn(`Could not refresh the inlay hints: ${describeError(error)}`);
  });
}
