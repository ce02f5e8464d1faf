/**
 * The block snippets, from snippets/cellspec.json: the file VS Code reads itself, and the one
 * source of the snippets the language server offers every other editor (the VS Code client drops
 * the server's copies, so each shows once there).
 */
import * as z from 'zod';
import { lazy } from '../lazy';
import snippetFile from '../../../../snippets/cellspec.json';

/** VS Code's snippet file format, as much of it as Cellspec's file uses. */
function snippetFileSchema() {
  return z.record(
    z.string().min(1),
    z.strictObject({ prefix: z.string().min(1), description: z.string().min(1), body: z.array(z.string()).min(1) }),
  );
}

export interface Snippet {
  /** What is typed to get it: `material-electrolyte`. */
  readonly prefix: string;
  /** What it inserts, in words: "Material: solid electrolyte". */
  readonly name: string;
  readonly description: string;
  /** The text, in LSP/TextMate snippet syntax (`${1:Name}`, `${2|a,b|}`, `$0`). */
  readonly body: string;
}

/** The snippets, read and checked on first use (a command-line run never offers them). */
export const blockSnippets = lazy((): readonly Snippet[] =>
  Object.entries(snippetFileSchema().parse(snippetFile)).map(([name, snippet]) => ({
    prefix: snippet.prefix,
    name,
    description: snippet.description,
    body: snippet.body.join('\n'),
  })),
);
