import type { Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location as CoreLocation } from '../core/diagnostics';
import { LineIndex } from '../core/text/line-index';
import type { LocationConverter } from './diagnostics';
import { spanToRange, type Positions } from './ranges';
import { isBuiltinLocation, locationFileToUri, pathToUri, uriToPath } from './uri';

/** The text of a built-in library document (`builtin:<name>`), when the core can render it. */
export type LibraryTextSource = (builtinFile: string) => string | undefined;

const START_OF_FILE: Positions = { positionAt: () => ({ line: 0, character: 0 }), offsetAt: () => 0 };

/**
 * Converts core locations to LSP ones, reading each other file's text once per batch:
 * the open editor's version first, then the disk, then the library.
 */
export function createLocationConverter(
  documents: TextDocuments<TextDocument>,
  readFile: (path: string) => string | undefined,
  libraryText: LibraryTextSource,
): LocationConverter {
  const positionsByFile = new Map<string, Positions>();
  const positionsOf = (file: string): Positions => {
    let positions = positionsByFile.get(file);
    if (!positions) {
      positions = openDocumentPositions(documents, file) ?? textPositions(isBuiltinLocation(file) ? libraryText(file) : readFile(file));
      positionsByFile.set(file, positions);
    }
    return positions;
  };
  return (location: CoreLocation): Location => ({
    uri: isBuiltinLocation(location.file) ? locationFileToUri(location.file) : pathToUri(location.file),
    range: spanToRange(positionsOf(location.file), location.span),
  });
}

function openDocumentPositions(documents: TextDocuments<TextDocument>, file: string): Positions | undefined {
  if (isBuiltinLocation(file)) return undefined;
  return documents.all().find((document) => uriToPath(document.uri) === file);
}

/** A file that cannot be read still gets a location, at its start, so the link stays useful. */
function textPositions(text: string | undefined): Positions {
  return text === undefined ? START_OF_FILE : new LineIndex(text);
}
