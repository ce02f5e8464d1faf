/**
 * The snippets of snippets/cellspec.json (issue #17): each named by what it inserts, each body
 * valid Cellspec with its defaults and with every option of its choices, laid out as the
 * formatter lays it out (and as the `[cellspec]` editor defaults indent), and the same snippets
 * from the language server for editors other than VS Code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';
import { completions } from '../../../server/src/core/ide/completion';
import { formatText } from '../../../server/src/core/ide/format';
import { blockSnippets } from '../../../server/src/core/ide/snippets';

const SNIPPETS = blockSnippets();
import { analyzeText, REPO } from '../helpers/analyze';
import { choicesOf, expandSnippet } from '../helpers/snippets';

const snippet = (prefix: string) => SNIPPETS.find((s) => s.prefix === prefix)!;
const problems = (analysis: DocumentAnalysis, severities: readonly string[]) =>
  analysis.diagnostics.filter((d) => severities.includes(d.severity)).map((d) => `${d.code}: ${d.message}`);
const syntaxErrors = (analysis: DocumentAnalysis) => analysis.diagnostics.filter((d) => d.code === 'syntax' || d.code.endsWith('/syntax'));

/** The body with its defaults, then with each other option of each choice in turn. */
function variants(body: string): string[] {
  const others = choicesOf(body).flatMap(({ stop, options }) =>
    options.slice(1).map((option) => expandSnippet(body, (at, choices) => (at === stop ? option : choices[0]!))),
  );
  return [expandSnippet(body), ...others];
}

describe('the snippets', () => {
  it('are named by what they insert: one material snippet per role, no two alike', () => {
    expect(SNIPPETS.map((s) => s.prefix)).toEqual([
      'material-electrolyte',
      'material-cathode',
      'material-carbon',
      'material-anode',
      'composite',
      'composite-coated',
      'cell',
      'import',
    ]);
    expect(new Set(SNIPPETS.map((s) => s.name)).size).toBe(SNIPPETS.length);
    for (const { prefix, body } of SNIPPETS.filter((s) => s.prefix.startsWith('material-'))) {
      expect(body, prefix).toContain(`  role       ${prefix === 'material-carbon' ? ' ' : ''}${prefix.slice('material-'.length)}\n`);
    }
  });

  it('parse without syntax errors with their defaults and with every option of their choices', () => {
    for (const { prefix, body } of SNIPPETS) {
      const texts = variants(body);
      expect(texts.length, prefix).toBeGreaterThan(0);
      for (const text of texts) expect(syntaxErrors(analyzeText(text)), `${prefix}:\n${text}`).toEqual([]);
    }
    expect(variants(snippet('composite-coated').body)).toHaveLength(6);
  });

  it('declare materials that check clean on their own', () => {
    for (const { prefix, body } of SNIPPETS.filter((s) => s.prefix.startsWith('material-'))) {
      expect(problems(analyzeText(expandSnippet(body)), ['error', 'warning']), prefix).toEqual([]);
    }
  });

  it('leave the coating to a choice: the plain composite has none, the coated one offers each library coating', () => {
    expect(snippet('composite').body).not.toContain('coated');
    expect(choicesOf(snippet('composite-coated').body)).toEqual([
      { stop: 4, options: ['LiNbO3', 'Li2ZrO3', 'LiTaO3', 'Li3BO3', 'Li2SiO3', 'Li3PO4'] },
    ]);
    const coated = (coating: string) => expandSnippet(snippet('composite-coated').body, () => coating);
    for (const coating of ['LiNbO3', 'Li3PO4']) {
      const withCell = analyzeText(`${coated(coating)}\n${expandSnippet(snippet('cell').body)}`);
      expect(problems(withCell, ['error', 'warning']), coating).toEqual([]);
    }
    expect(problems(analyzeText(expandSnippet(snippet('composite').body)), ['error', 'warning'])).toEqual([]);
    // The plain composite in the cell's default sulfide separator: the mismatch is reported, as it should be, but nothing is broken.
    const uncoatedInCell = analyzeText(`${expandSnippet(snippet('composite').body)}\n${expandSnippet(snippet('cell').body)}`);
    expect(problems(uncoatedInCell, ['error'])).toEqual([]);
    expect(uncoatedInCell.diagnostics.map((d) => d.code)).toContain('anion/mismatch');
  });

  it('are laid out as the formatter lays out their defaults, with the two-space indent the editor defaults to', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(manifest.contributes.configurationDefaults['[cellspec]']).toMatchObject({ 'editor.tabSize': 2, 'editor.insertSpaces': true });
    expect(formatText('material X {\n\tformula Li2S\n}\n')).toBe('material X {\n  formula    Li2S\n}\n');
    for (const { prefix, body } of SNIPPETS) {
      const text = expandSnippet(body);
      expect(formatText(text) ?? text, prefix).toBe(text);
    }
  });

  it('come from the language server too, at the top level only', () => {
    const top = completions(analyzeText(''), 0).filter((item) => item.kind === 'snippet');
    expect(top.map((item) => [item.label, item.detail, item.insertText])).toEqual(SNIPPETS.map((s) => [s.prefix, s.name, s.body]));
    const text = 'cell X {\n  \n}\n';
    expect(completions(analyzeText(text), text.indexOf('\n  ') + 3).filter((item) => item.kind === 'snippet')).toEqual([]);
  });
});
