import type { Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { libraryDocument, LineIndex, type Location as CoreLocation } from '../core';
import type { LocationConverter } from './diagnostics';
import { spanToRange, type Positions } from './ranges';
import { isLibraryLocation, locationFileToUri, uriToPath } from './uri';

const START_OF_FILE: Positions = { positionAt: () => ({ line: 0, character: 0 }), offsetAt: () => 0 };

/**
 * Converts core locations to LSP ones, reading each other file's text once per batch:
 * the open editor's version first, then the disk; the library from the core.
 */
export function createLocationConverter(
  documents: TextDocuments<TextDocument>,
  readFile: (path: string) => string | undefined,
  current?: { readonly file: string; readonly document: TextDocument },
): LocationConverter {
  const positionsByFile = new Map<string, Positions>();
  // The analysed document may be untitled, with a path made up for it: map that path back.
  if (current) positionsByFile.set(current.file, current.document);
  const positionsOf = (file: string): Positions => {
    let positions = positionsByFile.get(file);
    if (!positions) {
      positions = isLibraryLocation(file)
        ? new LineIndex(libraryDocument().text)
        : (openDocument(documents, file) ?? textPositions(readFile(file)));
      positionsByFile.set(file, positions);
    }
    return positions;
  };
  return (location: CoreLocation): Location => ({
    uri: current && location.file === current.file ? current.document.uri : locationFileToUri(location.file),
    range: spanToRange(positionsOf(location.file), location.span),
  });
}

function openDocument(documents: TextDocuments<TextDocument>, file: string): Positions | undefined {
  return documents.all().find((document) => uriToPath(document.uri) === file);
}

/** A file that cannot be read still gets a location, at its start, so the link stays useful. */
function textPositions(text: string | undefined): Positions {
  return text === undefined ? START_OF_FILE : new LineIndex(text);
}
