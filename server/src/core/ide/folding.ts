/**
 * Foldable regions of a `.cell` file: every block, runs of whole-line comments (a file's
 * header, a commented-out material) and runs of imports.
 */
import type { CellDocument, Span } from '../../../../grammar/ast';

export interface FoldingRegion {
  /** Where the fold starts: its first line is the one shown folded. */
  readonly start: number;
  /**
   * Where it ends. For a block this is the closing `}` when there is one (`closedByBrace`),
   * so an editor can keep that line visible, as it does for brackets elsewhere.
   */
  readonly end: number;
  readonly kind: 'block' | 'comment' | 'imports';
  readonly closedByBrace?: boolean;
}

export function foldingRegions(document: CellDocument, text: string): FoldingRegion[] {
  return [...blockRegions(document, text), ...importRegions(document, text), ...commentRegions(document, text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

function blockRegions(document: CellDocument, text: string): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  for (const declaration of document.declarations) {
    if (declaration.kind === 'import') continue;
    const { start, end } = declaration.span;
    const closedByBrace = end > start && text.charCodeAt(end - 1) === CLOSING_BRACE;
    const foldEnd = closedByBrace ? end - 1 : end;
    if (spansLines(text, start, foldEnd)) regions.push({ start, end: foldEnd, kind: 'block', closedByBrace });
  }
  return regions;
}

function importRegions(document: CellDocument, text: string): FoldingRegion[] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const declaration of document.declarations) {
    if (declaration.kind === 'import') {
      run.push(declaration.span);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs
    .filter((imports) => imports.length > 1)
    .map((imports) => ({ start: imports[0]!.start, end: imports[imports.length - 1]!.end, kind: 'imports' as const }))
    .filter((region) => spansLines(text, region.start, region.end));
}

/** Comments alone on consecutive lines fold together; a comment after code on its line does not join a run. */
function commentRegions(document: CellDocument, text: string): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  let runStart: Span | undefined;
  let runEnd: Span | undefined;
  const close = () => {
    if (runStart && runEnd && spansLines(text, runStart.start, runEnd.end)) {
      regions.push({ start: runStart.start, end: runEnd.end, kind: 'comment' });
    }
    runStart = runEnd = undefined;
  };
  for (const comment of document.comments) {
    if (!startsItsLine(text, comment.span.start)) {
      close();
      continue;
    }
    if (runEnd && isSingleLineBreak(text.slice(runEnd.end, comment.span.start))) {
      runEnd = comment.span;
    } else {
      close();
      runStart = runEnd = comment.span;
    }
  }
  close();
  return regions;
}

const CLOSING_BRACE = '}'.charCodeAt(0);

function spansLines(text: string, start: number, end: number): boolean {
  return text.slice(start, end).includes('\n');
}

function startsItsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}

function isSingleLineBreak(between: string): boolean {
  return /^[ \t]*\r?\n[ \t]*$/.test(between);
}
