import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver/node';
import { encodeSemanticTokens, SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';

/** The legend announced at initialisation: standard token types, so every theme colours them. */
export const SEMANTIC_TOKENS_LSP_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKENS_LEGEND.tokenTypes],
  tokenModifiers: [...SEMANTIC_TOKENS_LEGEND.tokenModifiers],
};

const EMPTY: SemanticTokens = { data: [] };

/**
 * Highlighting by meaning, over the TextMate grammar's: a material name is a class (a library
 * one `defaultLibrary`), an element inside a formula an enum member, a reference to nothing a
 * plain variable. The range request reuses the whole document's tokens — they come from one
 * analysis that is cached per version anyway — and keeps the lines asked for.
 */
export function registerSemanticTokens(context: ServerContext): void {
  const { connection } = context;
  connection.languages.semanticTokens.on(
    guarded(connection, 'semanticTokens/full', EMPTY, async (params: SemanticTokensParams): Promise<SemanticTokens> => {
      const current = await currentAnalysis(context, params);
      return current ? { data: encodeSemanticTokens(semanticTokens(current.analysis)) } : EMPTY;
    }),
  );
  connection.languages.semanticTokens.onRange(
    guarded(connection, 'semanticTokens/range', EMPTY, async (params: SemanticTokensRangeParams): Promise<SemanticTokens> => {
      const current = await currentAnalysis(context, params);
      if (!current) return EMPTY;
      const { start, end } = params.range;
      const inRange = semanticTokens(current.analysis).filter(
        (token) => (token.line > start.line || (token.line === start.line && token.character + token.length > start.character)) &&
          (token.line < end.line || (token.line === end.line && token.character < end.character)),
      );
      return { data: encodeSemanticTokens(inRange) };
    }),
  );
}
