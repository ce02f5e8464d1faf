import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../../grammar/ast';
import { parseIncremental } from '../../../grammar';

/**
 * Parses each open document once per version; symbols, folding and later features share the tree.
 * A new version re-parses only the blocks that changed (parseIncremental).
 */
export class ParseCache {
  private readonly cache = new Map<string, { readonly version: number; readonly result: ParseResult }>();

  get(document: TextDocument): ParseResult {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const result = parseIncremental(document.getText(), cached?.result);
    this.cache.set(document.uri, { version: document.version, result });
    return result;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
