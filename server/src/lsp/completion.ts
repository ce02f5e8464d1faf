import {
  CompletionTriggerKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver/node';
import { completions, type Completion } from '../core';
import { COMPLETION_ITEM_KIND } from './completion-kinds';
import type { ServerContext } from './context';
import { currentAnalysis, type CurrentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { spanToRange } from './ranges';

/**
 * A space ends a word, so it is where the next word's choices open: `separator ▮` lists
 * electrolytes, `voltage 2.5 ▮` the voltage units, `role ▮` the roles.
 */
export const COMPLETION_TRIGGER_CHARACTERS = [' '];

/**
 * Completion by position. It is asked while a line is being typed, ahead of the debounced check:
 * currentAnalysis analyses the document's current version (the store keys analyses by version),
 * so the choices always reflect the text the user sees.
 */
export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    guarded(context.connection, 'completion', null, async (params: CompletionParams): Promise<CompletionList | null> => {
      const current = await currentAnalysis(context, params);
      if (!current) return null;
      if (isIndentSpace(current, params)) return { isIncomplete: false, items: [] };
      const items = completions(current.analysis, current.document.offsetAt(params.position)).map((completion) => toCompletionItem(current, completion));
      return { isIncomplete: false, items };
    }),
  );
}

/** A space typed in a line's indent is layout, not the end of a word: no list pops up for it. */
function isIndentSpace(current: CurrentAnalysis, params: CompletionParams): boolean {
  if (params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter || params.context.triggerCharacter !== ' ') return false;
  const lineStart = current.document.offsetAt({ line: params.position.line, character: 0 });
  const beforeCursor = current.document.getText().slice(lineStart, current.document.offsetAt(params.position));
  return beforeCursor.trim() === '';
}

function toCompletionItem(current: CurrentAnalysis, completion: Completion): CompletionItem {
  const newText = completion.insertText ?? completion.label;
  return {
    label: completion.label,
    kind: COMPLETION_ITEM_KIND[completion.kind],
    ...(completion.detail !== undefined ? { detail: completion.detail } : {}),
    ...(completion.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: completion.documentation } } : {}),
    ...(completion.sortText !== undefined ? { sortText: completion.sortText } : {}),
    ...(completion.kind === 'snippet' ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(completion.replace
      ? { textEdit: { range: spanToRange(current.document, completion.replace), newText } }
      : { insertText: newText }),
  };
}
