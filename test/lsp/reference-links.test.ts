/**
 * Issue #17: hovers on keywords, keys and units end with where docs/language.md specifies them
 * (a link VS Code runs, or a plain pointer for other editors). Through a real server process.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver/node';
import { forMarkdown } from '../../server/src/core/text/inert';
import { exampleText, exampleUri, ROOT, TestEditor, type StartOptions } from './harness';

const oxideUri = exampleUri('oxide-on-sulfide.cell');
const oxideText = exampleText('oxide-on-sulfide.cell');
const REFERENCE_FILE = path.join(ROOT, 'docs/language.md');
const COMMAND_LINK = /\[Language reference (§\d [A-Za-z ]+)\]\(command:cellspec\.openReference\?([^ )]+) "Open docs\/language\.md at §\d [A-Za-z ]+"\)$/;

/** The position `offsetInWord` characters into `word` on the first line containing `marker`. */
function at(text: string, marker: string, word: string, offsetInWord = 1): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(marker));
  if (line < 0) throw new Error(`no line contains ${marker}`);
  return { line, character: lines[line]!.indexOf(word, lines[line]!.indexOf(marker)) + offsetInWord };
}

async function withEditor(options: StartOptions, body: (editor: TestEditor) => Promise<void>): Promise<void> {
  const editor = await TestEditor.start(options);
  try {
    editor.open(oxideUri, oxideText);
    await editor.diagnosticsFor(oxideUri, 1);
    await body(editor);
  } finally {
    await editor.stop();
  }
}

const hoverValue = async (editor: TestEditor, position: Position, uri = oxideUri): Promise<MarkupContent> => {
  const found = await editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  expect(found).not.toBeNull();
  return found!.contents as MarkupContent;
};

describe('hovers point at the language reference', () => {
  it('in VS Code (referenceLinks: command): a link that opens docs/language.md at the section, and none on a material', () =>
    withEditor({ initializationOptions: { referenceLinks: 'command' } }, async (editor) => {
      const keyword = await hoverValue(editor, at(oxideText, 'composite BareNCM', 'composite'));
      expect(keyword.value).toContain('**composite** — keyword');
      const link = COMMAND_LINK.exec(keyword.value);
      expect(link, keyword.value).not.toBeNull();
      expect(link![1]).toBe('§2 Declarations');
      expect(JSON.parse(decodeURIComponent(link![2]!))).toEqual(['2-declarations']);

      const key = await hoverValue(editor, at(oxideText, 'anode      LiIn', 'thickness'));
      expect(key.value).toContain('**thickness** — layer attribute');
      expect(COMMAND_LINK.exec(key.value)?.[1]).toBe('§2 Declarations');

      const unit = await hoverValue(editor, at(oxideText, 'anode      LiIn', 'um', 0));
      expect(COMMAND_LINK.exec(unit.value)?.[1]).toBe('§3 Units');
      expect(JSON.parse(decodeURIComponent(COMMAND_LINK.exec(unit.value)![2]!))).toEqual(['3-units']);

      const material = await hoverValue(editor, at(oxideText, '  NCM811     70 wt%', 'NCM811', 2));
      expect(material.value).not.toContain('command:');
      expect(material.value).not.toContain('Language reference');
    }));

  it('in any other editor: a plain pointer naming the section and the shipped file', () =>
    withEditor({}, async (editor) => {
      const keyword = await hoverValue(editor, at(oxideText, 'cell BareNCMCell', 'cell'));
      expect(keyword.kind).toBe('markdown');
      expect(keyword.value).not.toContain('command:');
      expect(keyword.value.endsWith(`\n\nLanguage reference: §2 Declarations of ${forMarkdown(REFERENCE_FILE)}`)).toBe(true);
    }));

  it('as plain text to an editor that renders no markdown, even one that asked for links', () =>
    withEditor({ hoverFormats: ['plaintext'], initializationOptions: { referenceLinks: 'command' } }, async (editor) => {
      const unit = await hoverValue(editor, at(oxideText, 'loading 15 mg/cm2', 'mg/cm2'));
      expect(unit.kind).toBe('plaintext');
      expect(unit.value.endsWith(`\n\nLanguage reference: §3 Units of ${REFERENCE_FILE}`)).toBe(true);
    }));

  it('falls back to the plain pointer when initializationOptions are not what it expects, and keeps serving', () =>
    withEditor({ initializationOptions: { referenceLinks: 'html', unrelated: { from: 'another editor' } } }, async (editor) => {
      const keyword = await hoverValue(editor, at(oxideText, 'composite BareNCM', 'composite'));
      expect(keyword.value).not.toContain('command:');
      expect(keyword.value).toContain('Language reference: §2 Declarations of ');
    }));

  it('lets no user-written text become a link: across every hover of a hostile file, the reference is the only link', () =>
    withEditor({ initializationOptions: { referenceLinks: 'command' } }, async (editor) => {
      const uri = 'untitled:hostile.cell';
      const text = [
        'material Evil {',
        '  formula "Li2S[x](command:workbench.action.terminal.new)"',
        '  source "[y](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"',
        '  density 2 g/cm3',
        '}',
        'composite C {',
        '  Evil 30 wt%',
        '  NCM811 70 wt%',
        '}',
        '',
      ].join('\n');
      await editor.openAndWait(uri, text);
      const lines = text.split('\n');
      let links = 0;
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character < lines[line]!.length; character++) {
          const found = await editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
          if (!found) continue;
          const value = (found.contents as MarkupContent).value.replace(/`[^`\n]*`/g, '');
          const unescaped = [...value.matchAll(/(?<!\\)\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1]!);
          for (const target of unescaped) {
            expect(target.startsWith('command:cellspec.openReference?') || target.startsWith('https://doi.org/'), target).toBe(true);
            if (target.startsWith('command:')) links++;
          }
        }
      }
      expect(links).toBeGreaterThan(0);
    }));
});
