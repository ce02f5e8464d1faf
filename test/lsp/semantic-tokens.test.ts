import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import { exampleText, exampleUri, lineOf, TestEditor } from './harness';

interface Decoded {
  readonly line: number;
  readonly character: number;
  readonly text: string;
  readonly type: string;
  readonly modifiers: string[];
}

/** The wire form (five relative integers per token) back to words, through the announced legend. */
function decode(data: readonly number[], legend: SemanticTokensLegend, text: string): Decoded[] {
  const lines = text.split('\n');
  const tokens: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push({
      line,
      character,
      text: lines[line]!.slice(character, character + length),
      type: legend.tokenTypes[type]!,
      modifiers: legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0),
    });
  }
  return tokens;
}

describe('semantic tokens of the homogeneous LTG example', () => {
  let editor: TestEditor;
  let legend: SemanticTokensLegend;
  const uri = exampleUri('homogeneous-ltg.cell');
  const text = exampleText('homogeneous-ltg.cell');
  beforeAll(async () => {
    editor = await TestEditor.start();
    const provider = editor.initializeResult.capabilities.semanticTokensProvider;
    expect(provider).toBeDefined();
    legend = provider!.legend;
    editor.open(uri, text);
  });
  afterAll(async () => {
    await editor.stop();
  });

  const full = async (): Promise<Decoded[]> =>
    decode((await editor.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, text);
  const onLine = (tokens: Decoded[], marker: string) => tokens.filter((token) => token.line === lineOf(text, marker)).map((t) => `${t.type}:${t.text}`);

  it('reads the LTG formula as element symbols and their amounts', async () => {
    expect(onLine(await full(), 'formula    Li1.75Ti2').slice(0, 6)).toEqual([
      'property:formula',
      'enumMember:Li',
      'number:1.75',
      'enumMember:Ti',
      'number:2',
      'enumMember:Ge',
    ]);
  });

  it('marks LTG as a declared material, Li6PS5Cl as a library material and LTGonly as a composite', async () => {
    const tokens = await full();
    const ltg = tokens.find((token) => token.text === 'LTG' && token.line === lineOf(text, 'material LTG'))!;
    expect(ltg).toMatchObject({ type: 'class', modifiers: ['declaration'] });
    const separator = tokens.find((token) => token.text === 'Li6PS5Cl')!;
    expect(separator).toMatchObject({ type: 'class', modifiers: ['defaultLibrary'] });
    expect(onLine(tokens, 'cathode    LTGonly')).toEqual(['keyword:cathode', 'variable:LTGonly', 'property:loading', 'number:10', 'operator:mg/cm2']);
  });

  it('colours the ionic conductivity range as numbers, units and the range operator', async () => {
    expect(onLine(await full(), 'ionic      0.22')).toEqual([
      'property:ionic',
      'number:0.22',
      'operator:mS/cm',
      'operator:..',
      'number:0.66',
      'operator:mS/cm',
    ]);
  });

  it('answers a range request with only the lines asked for, decoded the same way', async () => {
    const line = lineOf(text, 'role       cathode');
    const result = await editor.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    expect(decode(result.data, legend, text).map((t) => `${t.line}:${t.type}:${t.text}`)).toEqual([`${line}:property:role`, `${line}:type:cathode`]);
  });
});
