import { CompletionItemKind } from 'vscode-languageserver/node';
import type { CompletionKind } from '../core';

/**
 * Icons in the completion list, matching the semantic tokens' colours where they overlap:
 * a material is a class, an element symbol in a formula an enum member.
 */
export const COMPLETION_ITEM_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  property: CompletionItemKind.Property,
  unit: CompletionItemKind.Unit,
  material: CompletionItemKind.Class,
  element: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};
