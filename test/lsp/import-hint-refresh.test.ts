import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileChangeType, type InlayHint, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { lineOf, TestEditor } from './harness';

// A lab's own batch of LTG, the homogeneous (ICDC) sulfide cathode of the review's Table 1 (ref. 24),
// under a name the built-in library does not know: the importer's hints can come only from this file.
const MATERIALS = `material LTGmilled {
  formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3
  role       cathode
  voltage    2.55 V
  capacity   250 mAh/g
  ionic      0.22 mS/cm .. 0.66 mS/cm
  electronic 242 mS/cm .. 412 mS/cm
  source     "review Table 1, ref. 24"
}
`;

// Carbon-free and catholyte-free: the layer's capacity is the LTG batch's alone, so it follows the library.
const MAIN = `import "materials.cell"

composite LTGonly {
  LTGmilled  100 wt%
  porosity   8 vol%
}
`;

// A second importer of the same library: a denser layer of the same cathode material.
const SECOND = `import "materials.cell"

composite LTGdense {
  LTGmilled  100 wt%
  porosity   5 vol%
}
`;

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
const labelOf = (hint: InlayHint): string => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

/** Replaces `from` with `to` on the first line containing `from`, as an incremental edit. */
function edit(text: string, from: string, to: string): TextDocumentContentChangeEvent {
  const line = lineOf(text, from);
  const character = text.split('\n')[line]!.indexOf(from);
  return { range: { start: { line, character }, end: { line, character: character + from.length } }, text: to };
}

/** The composite's capacity as its inlay hint shows it: `… │ 250 mAh/g │ …`. */
function capacityShown(hints: readonly InlayHint[], composite: string, text: string): string | undefined {
  const hint = hints.find((candidate) => candidate.position.line === lineOf(text, `composite ${composite}`));
  // The composite's specific capacity: the first `… mAh/g` of its label, short or full.
  return hint ? /[\d.?]+ mAh\/g/.exec(labelOf(hint))?.[0] : undefined;
}

describe('inlay hints of a document whose imported materials change', () => {
  let folder: string;
  let editor: TestEditor | undefined;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const hintsOf = (name: string) => editor!.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uriOf(name) }, range: WHOLE });

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-hint-refresh-'));
    writeFileSync(path.join(folder, 'materials.cell'), MATERIALS);
    writeFileSync(path.join(folder, 'main.cell'), MAIN);
    writeFileSync(path.join(folder, 'second.cell'), SECOND);
  });
  afterEach(async () => {
    await editor?.stop();
    editor = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  /** Opens main.cell, then materials.cell, and waits for the refresh the opening itself causes. */
  async function openBoth(): Promise<void> {
    editor!.open(uriOf('main.cell'), MAIN);
    await editor!.diagnosticsFor(uriOf('main.cell'), 1);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('250 mAh/g');
    editor!.open(uriOf('materials.cell'), MATERIALS);
    await editor!.diagnosticsFor(uriOf('materials.cell'), 1);
    await editor!.inlayHintRefreshAfter(0);
  }

  it("asks the editor to refresh when LTG's capacity is edited in the open materials.cell, and the importer then shows 200 mAh/g", async () => {
    editor = await TestEditor.start({ workspaceFolder: folder });
    await openBoth();
    const refreshes = editor.inlayHintRefreshCount;
    const published = editor.published(uriOf('main.cell')).length;
    editor.change(uriOf('materials.cell'), 2, [edit(MATERIALS, '250 mAh/g', '200 mAh/g')]);
    await editor.inlayHintRefreshAfter(refreshes);
    // The refresh follows the importer's re-check, so the hints it asks for are already computed.
    expect(editor.published(uriOf('main.cell')).length).toBeGreaterThan(published);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('200 mAh/g');
  });

  it('sends one refresh for a burst of keystrokes in materials.cell, however many open documents import it', async () => {
    editor = await TestEditor.start({ workspaceFolder: folder, settings: { validation: { debounceMs: 150 } } });
    editor.open(uriOf('second.cell'), SECOND);
    await editor.diagnosticsFor(uriOf('second.cell'), 1);
    await openBoth();
    const refreshes = editor.inlayHintRefreshCount;
    const publishedMain = editor.published(uriOf('main.cell')).length;
    const publishedSecond = editor.published(uriOf('second.cell')).length;
    // 250 → 2 → 20 → 200 mAh/g, typed faster than the 150 ms quiet time.
    const typed = MATERIALS.replace('250 mAh/g', '2 mAh/g');
    editor.change(uriOf('materials.cell'), 2, [edit(MATERIALS, '250 mAh/g', '2 mAh/g')]);
    editor.change(uriOf('materials.cell'), 3, [edit(typed, '2 mAh/g', '20 mAh/g')]);
    editor.change(uriOf('materials.cell'), 4, [edit(typed.replace('2 mAh/g', '20 mAh/g'), '20 mAh/g', '200 mAh/g')]);
    await editor.inlayHintRefreshAfter(refreshes);
    expect(editor.published(uriOf('main.cell')).length).toBeGreaterThan(publishedMain);
    expect(editor.published(uriOf('second.cell')).length).toBeGreaterThan(publishedSecond);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('200 mAh/g');
    expect(capacityShown(await hintsOf('second.cell'), 'LTGdense', SECOND)).toBe('200 mAh/g');
    // Longer than the quiet time: a second refresh for the same burst would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(editor.inlayHintRefreshCount).toBe(refreshes + 1);
  });

  it('asks again when materials.cell is closed unsaved, and the importer is back to the 250 mAh/g on disk', async () => {
    editor = await TestEditor.start({ workspaceFolder: folder });
    await openBoth();
    editor.change(uriOf('materials.cell'), 2, [edit(MATERIALS, '250 mAh/g', '200 mAh/g')]);
    await editor.inlayHintRefreshAfter(editor.inlayHintRefreshCount);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('200 mAh/g');
    const refreshes = editor.inlayHintRefreshCount;
    editor.close(uriOf('materials.cell'));
    await editor.inlayHintRefreshAfter(refreshes);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('250 mAh/g');
  });

  it('asks again when materials.cell changes on disk, and when it is created after the importer was opened without it', async () => {
    rmSync(path.join(folder, 'materials.cell'));
    editor = await TestEditor.start({ workspaceFolder: folder });
    editor.open(uriOf('main.cell'), MAIN);
    const missing = await editor.diagnosticsFor(uriOf('main.cell'), 1);
    expect(missing.diagnostics.map((diagnostic) => diagnostic.code)).toContain('ref/import');
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('? mAh/g');

    let refreshes = editor.inlayHintRefreshCount;
    writeFileSync(path.join(folder, 'materials.cell'), MATERIALS);
    void editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('materials.cell'), type: FileChangeType.Created }] });
    await editor.inlayHintRefreshAfter(refreshes);
    const found = editor.published(uriOf('main.cell')).at(-1)!;
    expect(found.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('ref/import');
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('250 mAh/g');

    refreshes = editor.inlayHintRefreshCount;
    writeFileSync(path.join(folder, 'materials.cell'), MATERIALS.replace('250 mAh/g', '180 mAh/g'));
    void editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('materials.cell'), type: FileChangeType.Changed }] });
    await editor.inlayHintRefreshAfter(refreshes);
    expect(capacityShown(await hintsOf('main.cell'), 'LTGonly', MAIN)).toBe('180 mAh/g');
  });
});

describe('an editor without inlay hint refresh support', () => {
  it('is never sent workspace/inlayHint/refresh, yet reads the new capacity when it asks for the hints itself', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cellspec-hint-refresh-'));
    writeFileSync(path.join(folder, 'materials.cell'), MATERIALS);
    writeFileSync(path.join(folder, 'main.cell'), MAIN);
    const editor = await TestEditor.start({ workspaceFolder: folder, inlayHintRefresh: false });
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
    try {
      editor.open(uriOf('main.cell'), MAIN);
      await editor.diagnosticsFor(uriOf('main.cell'), 1);
      editor.open(uriOf('materials.cell'), MATERIALS);
      // Opening the imported file re-checks its importer (its text may differ from the disk's).
      await editor.nextPublish(uriOf('main.cell'), 1);
      editor.change(uriOf('materials.cell'), 2, [edit(MATERIALS, '250 mAh/g', '200 mAh/g')]);
      await editor.nextPublish(uriOf('main.cell'), 2);
      const hints = await editor.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uriOf('main.cell') }, range: WHOLE });
      expect(capacityShown(hints, 'LTGonly', MAIN)).toBe('200 mAh/g');
      expect(editor.inlayHintRefreshCount).toBe(0);
    } finally {
      await editor.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
