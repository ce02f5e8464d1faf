/**
 * How a source is named inside a sentence. The library cites its sources by key (`ZhouDiss`),
 * a handle only the data's editors know; a battery researcher recognises `Zhou, PhD thesis 2021`.
 */
import { loadLibrary } from './library';

/**
 * The short citation of a sources.json key (`Zhu15` → `Zhu et al. 2015`); any other text is
 * returned exactly as written. Only library values carry keys: a document's own
 * `source "…"` text is the user's words and should be shown without passing through here
 * (their `source "Wang21"` may mean a different paper from the library's Wang21).
 */
export function shortCitation(key: string): string {
  return loadLibrary().source(key)?.short ?? key;
}
