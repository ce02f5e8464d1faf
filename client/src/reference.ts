import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { OPEN_REFERENCE_COMMAND } from '../../server/src/lsp/protocol';

/** The language reference as the extension ships it (scripts/package-vsix.mjs stages docs/*.md). */
export function referenceUri(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'language.md');
}

/** A heading's anchor (`2-declarations`): from a hover's link, the walkthrough, or nothing (the top). */
const anchorArgument = z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,80}$/)));

/**
 * `Cellspec: Open Language Reference` — docs/language.md in VS Code's markdown preview beside the
 * editor, scrolled to the heading a hover links to. Without the markdown extension (disabled), the
 * file opens as text.
 */
export function registerReferenceCommand(extensionUri: vscode.Uri, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_REFERENCE_COMMAND, async (anchor?: unknown) => {
    const parsed = anchorArgument.safeParse(anchor);
    if (!parsed.success) output.appendLine(`${OPEN_REFERENCE_COMMAND}: ignored an argument that is not a heading anchor; opening the reference at the top.`);
    const file = referenceUri(extensionUri);
    const fragment = parsed.success ? (parsed.data ?? '') : '';
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', fragment ? file.with({ fragment }) : file);
    } catch (error) {
      output.appendLine(`The markdown preview could not open the reference (${error instanceof Error ? error.message : String(error)}); opening it as text.`);
      await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  });
}
