/**
 * The screenshot scenes (npm run screenshots → scripts/e2e/screenshots.mjs): VS Code loads this
 * file as `extensionTestsPath`. Each scene puts the editor in the state a picture in docs/editor.md
 * shows — through the same API a user's clicks reach — then asks the runner for the picture and
 * waits for it: the runner watches the workbench until what the scene promised is on screen,
 * captures it and acknowledges by writing `<name>.done` into CELLSPEC_SHOTS_ACK_DIR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsWithCode, exampleUri, positionOf, startCellspec, waitFor } from '../workbench';

/** The runner matches this prefix; the name after it selects what it waits for before capturing. */
const SHOT_MARKER = 'cellspec-shot: ';
const SHOT_TIMEOUT_MS = 60_000;

async function capture(name: string): Promise<void> {
  const ackDirectory = process.env['CELLSPEC_SHOTS_ACK_DIR'];
  if (!ackDirectory) throw new Error('CELLSPEC_SHOTS_ACK_DIR is not set: run the scenes with npm run screenshots');
  console.log(`${SHOT_MARKER}${name}`);
  await waitFor(`the runner to capture ${name}`, SHOT_TIMEOUT_MS, () => (existsSync(path.join(ackDirectory, `${name}.done`)) ? true : undefined));
}

/** A clean stage: no editors, no side bar, no panel, no notifications. */
async function reset(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
}

/** Opens an example, with the cursor inside `word` on the line holding `marker` (that line scrolled to `reveal`). */
async function openExample(
  name: string,
  cursor?: { marker: string; word: string; reveal?: vscode.TextEditorRevealType },
): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (cursor) {
    const position = positionOf(document, cursor.marker, cursor.word, 2);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), cursor.reveal ?? vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

const SCENES: Record<string, () => Promise<void>> = {
  /** mistakes.cell with its squiggles and the Problems panel listing every finding. */
  async diagnostics() {
    // The Explorer too, where the file carries its count of problems.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await openExample('mistakes.cell');
    await diagnosticsWithCode(exampleUri('mistakes.cell'), 'cell/incomplete');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  },
  /** The hover on a library cathode: class, oxidation states, values with their sources. */
  async hover() {
    // The coated NCM811 of CoatedNCM: no diagnostic there, so the hover is the material's alone.
    // At the top of the editor, so the hover has the height below the line for its sources.
    await openExample('oxide-on-sulfide.cell', { marker: '  NCM811     70 wt%  coated', word: 'NCM811', reveal: vscode.TextEditorRevealType.AtTop });
    await diagnosticsWithCode(exampleUri('oxide-on-sulfide.cell'), 'anion/mismatch');
    await vscode.commands.executeCommand('editor.action.showHover');
  },
  /** The computed values beside the LTG material, its composite and its cell. */
  async 'inlay-hints'() {
    await openExample('homogeneous-ltg.cell');
  },
  /** The quick fixes of an oxide cathode in a sulfide catholyte: compatible electrolytes, or a coating. */
  async 'quick-fix'() {
    await openExample('oxide-on-sulfide.cell', { marker: '  NCM811     70 wt%', word: 'NCM811' });
    await diagnosticsWithCode(exampleUri('oxide-on-sulfide.cell'), 'anion/mismatch');
    await vscode.commands.executeCommand('editor.action.quickFix');
  },
  /** Cellspec: Show Report for the bilayer cell, beside its source. */
  async report() {
    await openExample('bilayer-halide-catholyte.cell');
    await vscode.commands.executeCommand('cellspec.showReport');
  },
};

export async function run(): Promise<void> {
  await startCellspec();
  const only = process.env['CELLSPEC_SHOTS']?.split(',').filter(Boolean);
  for (const [name, scene] of Object.entries(SCENES)) {
    if (only && !only.includes(name)) continue;
    await reset();
    await scene();
    await capture(name);
  }
  await reset();
}
