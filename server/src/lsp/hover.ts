import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { hover } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { spanToRange } from './ranges';
import { referencePointer, type ReferenceStyle } from './reference-links';

/** How hovers point at the language reference (reference-links.ts). */
export interface HoverOptions {
  /** Whether the client renders markdown hovers. */
  readonly markdown: boolean;
  readonly referenceStyle: ReferenceStyle;
  /** The shipped docs/language.md, when the server found it beside its bundle. */
  readonly referenceFile: string | undefined;
}

/**
 * What the word under the cursor means: a material's values with their sources, an element's
 * row and state in the compound, a unit in its canonical unit; a keyword, key or unit ends with
 * where the language reference specifies it. The core writes markdown; an editor that reads only
 * plain text gets the same text (tables and emphasis stay legible).
 */
export function registerHover(context: ServerContext, options: HoverOptions): void {
  context.connection.onHover(
    guarded(context.connection, 'hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const current = await currentAnalysis(context, params);
      if (!current) return null;
      const found = hover(current.analysis, current.document.offsetAt(params.position));
      if (!found) return null;
      const pointer = found.reference ? referencePointer(found.reference, options.referenceStyle, options.markdown, options.referenceFile) : undefined;
      return {
        contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: pointer ? `${found.contents}\n\n${pointer}` : found.contents },
        range: spanToRange(current.document, found.span),
      };
    }),
  );
}

/** Whether the client renders markdown hovers (VS Code, Neovim and Helix do; an editor that names only plaintext does not). */
export function hoverSupportsMarkdown(contentFormat: readonly string[] | undefined): boolean {
  return contentFormat === undefined || contentFormat.length === 0 || contentFormat.includes(MarkupKind.Markdown);
}
