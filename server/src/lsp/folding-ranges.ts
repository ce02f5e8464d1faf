import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver/node';
import { analysedInEditor, foldingRegions, MAX_FOLDING_REGIONS, type FoldingRegion } from '../core';
import type { ServerContext } from './context';
import { guarded, requestedDocumentUri } from './guard';

const KIND: Record<FoldingRegion['kind'], FoldingRangeKind | undefined> = {
  block: undefined,
  comment: FoldingRangeKind.Comment,
  imports: FoldingRangeKind.Imports,
};

export function registerFoldingRanges(context: ServerContext): void {
  context.connection.onFoldingRanges(
    guarded(context.connection, 'foldingRange', [], (params: FoldingRangeParams) => {
      const document = context.documents.get(requestedDocumentUri(params));
      if (!document || !analysedInEditor(document.getText())) return [];
      const ranges: FoldingRange[] = [];
      for (const region of foldingRegions(context.parsed(document).document, document.getText())) {
        const startLine = document.positionAt(region.start).line;
        const endPosition = document.positionAt(region.end);
        // A `}` alone on its line stays visible below the fold, as VS Code does for brackets;
        // one that follows content on its line (`... }`) folds away with that line.
        const braceStartsItsLine = region.closedByBrace === true && document.getText({ start: { line: endPosition.line, character: 0 }, end: endPosition }).trim() === '';
        const endLine = braceStartsItsLine ? endPosition.line - 1 : endPosition.line;
        if (endLine <= startLine) continue;
        const kind = KIND[region.kind];
        ranges.push({ startLine, endLine, ...(kind !== undefined ? { kind } : {}) });
        if (ranges.length === MAX_FOLDING_REGIONS) break;
      }
      return ranges;
    }),
  );
}
