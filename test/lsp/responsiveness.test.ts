/**
 * While a long document is re-checked after an edit, a hover that arrives during the re-check
 * is answered from the new version's models before its checks run, not after them
 * (server/src/lsp/validation.ts): the hover needs models and hints, not findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node';
import { generateDocument } from '../../scripts/bench/generate-document';
import { TestEditor } from './harness';

describe('a hover during a re-check', () => {
  let editor: TestEditor;
  let folder: string;
  let uri: string;
  const text = generateDocument(50_000);
  const lines = text.split('\n');
  const hoverLine = lines.findIndex((line) => /^ {2}Cathode\d+\s/.test(line));

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-responsive-'));
    uri = pathToFileURL(path.join(folder, 'fifty-k.cell')).href;
    editor = await TestEditor.start({ workspaceFolder: folder });
    await editor.openAndWait(uri, text);
  }, 60_000);
  afterAll(async () => {
    await editor.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is answered before the diagnostics of the edit it follows (50k lines, a hover 5 ms after each of 10 edits)', async () => {
    let answeredFirst = 0;
    for (let version = 2; version < 12; version++) {
      // Comment a line near the end out, then back in.
      const line = lines.length - 20 - Math.floor((version - 2) / 2);
      const commentOut = version % 2 === 0;
      let published = false;
      const publishing = editor
        .changeAndWait(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: commentOut ? 0 : 1 } }, text: commentOut ? '#' : '' }])
        .then(() => (published = true));
      await new Promise((resolve) => setTimeout(resolve, 5));
      const hover = await editor.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: hoverLine, character: 4 } });
      expect(JSON.stringify(hover)).toMatch(/Cathode\d+/);
      if (!published) answeredFirst++;
      await publishing;
    }
    // With the checks run straight after the models, the hover came first in 1 of 10 (and in 2–6 of 40
    // in the bench's hoverDuringRecheck).
    expect(answeredFirst).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
