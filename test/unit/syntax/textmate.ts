/** Tokenizes text with the committed grammar through the same engine VS Code uses (vscode-textmate + oniguruma). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const GRAMMAR_FILE = path.join(root, 'syntaxes/cellspec.tmLanguage.json');

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.cellspec' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
  });
  const grammar = await registry.loadGrammar('source.cellspec');
  if (!grammar) throw new Error('source.cellspec did not load');
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  grammarPromise ??= loadGrammar();
  const grammar = await grammarPromise;
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  text.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The innermost scope of the first token with this exact text (on a given line, when named). */
export function scopeOf(tokens: readonly Token[], text: string, line?: number): string | undefined {
  const token = tokens.find((candidate) => candidate.text === text && (line === undefined || candidate.line === line));
  return token?.scopes[token.scopes.length - 1];
}

/** Every scope of the first token with this text, outermost first. */
export function scopesOf(tokens: readonly Token[], text: string, line?: number): readonly string[] {
  return tokens.find((candidate) => candidate.text === text && (line === undefined || candidate.line === line))?.scopes ?? [];
}
