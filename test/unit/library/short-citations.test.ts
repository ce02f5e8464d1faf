import { describe, it, expect } from 'vitest';
import {
  createLibrary,
  LibraryDataError,
  loadLibrary,
  MAX_SHORT_CITATION_CHARS,
  shortCitation,
  type LibraryIssue,
} from '../../../server/src/core/library';
import { hover } from '../../../server/src/core/ide/hover';
import { libraryDocument } from '../../../server/src/core/ide/library-document';
import rawMaterials from '../../../server/src/core/library/materials.json';
import rawSources from '../../../server/src/core/library/sources.json';
import { analyze, analyzeExample, offsetOf, only } from '../helpers/analyze';

type SourceEntry = Record<string, string>;
const sources = rawSources as Record<string, SourceEntry>;
const keys = Object.keys(sources);

/** Keys that are coined handles (`ZhouDiss`, `Zhu15`, `BotB`), unlike `CRC` or `Imerys`, which are names a reader knows. */
const codedKeys = keys.filter((key) => /\d|Diss$|^(BotB|OBX|RefNotes|Def|seed)$/.test(key));

function issuesOf(editedSources: unknown): readonly LibraryIssue[] {
  try {
    createLibrary(rawMaterials, editedSources);
  } catch (error) {
    if (error instanceof LibraryDataError) return error.issues;
    throw error;
  }
  return [];
}

function withSource(key: string, edit: (source: SourceEntry) => void): Record<string, SourceEntry> {
  const copy = structuredClone(sources);
  edit(copy[key]!);
  return copy;
}

describe('every source has a short citation a reader recognises', () => {
  const library = loadLibrary();

  it('every source has a non-empty short citation, without brackets, short enough for a sentence, and not its bare key', () => {
    for (const key of keys) {
      const short = library.source(key)?.short;
      expect(short?.trim().length, key).toBeGreaterThan(0);
      expect(short!.length, key).toBeLessThanOrEqual(MAX_SHORT_CITATION_CHARS);
      expect(short, key).not.toMatch(/[()[\]]/);
      expect(short, key).not.toBe(key);
    }
  });

  it('no two sources share a short citation, so a message points at one paper', () => {
    const shorts = keys.map((key) => library.source(key)!.short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('names the first author and the year its citation gives, with et al. for more authors', () => {
    for (const key of keys) {
      const { citation, short } = library.source(key)!;
      // `D. K. Singh, A. Henss, …`, or `Kaiser et al., …` where the notes give no initials.
      const firstAuthor = /^(?:[A-Z]\.\s*)+([\p{Lu}][\p{L}'-]+)/u.exec(citation)?.[1] ?? /^([\p{Lu}][\p{L}'-]+) et al\./u.exec(citation)?.[1];
      if (firstAuthor) expect(short.startsWith(firstAuthor), `${key}: ${short}`).toBe(true);
      const moreAuthors = /^(?:(?:[A-Z]\.\s*)+[\p{L}'-]+(?:,\s*(?:[A-Z]\.\s*)+[\p{L}'-]+| et al\.)|[\p{Lu}][\p{L}'-]+ et al\.)/u.test(citation);
      expect(short.includes('et al.'), `${key}: ${short}`).toBe(moreAuthors);
      const year = /\b((?:19|20)\d\d)\)/.exec(citation)?.[1];
      if (year) expect(short, key).toContain(year);
    }
  });

  it('cites Zhu15 as Zhu et al. 2015, the Zhou thesis as a PhD thesis, and the review by its authors', () => {
    expect(shortCitation('Zhu15')).toBe('Zhu et al. 2015');
    expect(shortCitation('ZhouDiss')).toBe('Zhou, PhD thesis 2021');
    expect(shortCitation('Acc21')).toBe('Zhou et al. 2021');
    expect(shortCitation('seed')).toBe('Zhang et al., ICDC review');
  });

  it('returns text that is not a source key exactly as written', () => {
    expect(shortCitation('my lab notebook')).toBe('my lab notebook');
    expect(shortCitation('Zhu2015')).toBe('Zhu2015');
  });

  it('notes and descriptions users read in hovers name no coded source key', () => {
    const keyPattern = new RegExp(`\\b(${codedKeys.join('|')})\\b`);
    const found: string[] = [];
    for (const material of library.all()) {
      if (keyPattern.test(material.description)) found.push(`${material.name}.description`);
      for (const [field, value] of Object.entries(material)) {
        const note = (value as { note?: unknown } | undefined)?.note;
        if (typeof note === 'string' && keyPattern.test(note)) found.push(`${material.name}.${field}.note: ${note}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('a broken short citation is rejected with a message naming the source', () => {
  it('a source without a short citation', () => {
    const edited = withSource('ZhouDiss', (s) => delete s['short']);
    expect(issuesOf(edited)).toEqual([expect.objectContaining({ file: 'sources.json', entry: 'ZhouDiss', field: 'short' })]);
  });

  it('a short citation in parentheses, which a message would nest', () => {
    const edited = withSource('Burchell99', (s) => (s['short'] = 'Burchell (ed.) 1999'));
    expect(issuesOf(edited)).toEqual([
      expect.objectContaining({ entry: 'Burchell99', field: 'short', message: expect.stringContaining('no brackets') }),
    ]);
  });

  it('a full citation pasted where the short one goes', () => {
    const edited = withSource('Zhu15', (s) => (s['short'] = 'Y. Zhu, X. He, Y. Mo, ACS Appl. Mater. Interfaces 7, 23685, 2015'));
    expect(issuesOf(edited)).toEqual([expect.objectContaining({ entry: 'Zhu15', field: 'short', message: expect.stringContaining('at most') })]);
  });

  it('two Wang papers given the same short citation', () => {
    const edited = withSource('Wang22', (s) => (s['short'] = 'Wang et al. 2021'));
    expect(issuesOf(edited)).toEqual([
      expect.objectContaining({ file: 'sources.json', entry: 'Wang22', field: 'short', message: expect.stringContaining('Wang21') }),
    ]);
  });
});

describe('messages cite library sources by their short citation', () => {
  const cell = (anode: string, separator: string): string =>
    `cell X {\n  anode ${anode} thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('lithium metal against Li3InCl6 (halide-cathode example) names Kochetkov et al. and Zhou’s thesis, not the keys', () => {
    const [d] = only(analyzeExample('halide-cathode.cell'), 'window/reduction');
    expect(d!.message).toContain('which reduces `Li3InCl6`, as Kochetkov et al. 2022 reports');
    expect(d!.message).toContain('non-passivating interphase (Zhou, PhD thesis 2021)');
    expect(d!.message).not.toContain('ZhouDiss');
    expect(d!.message).not.toContain('Kochetkov22');
    expect(d!.message).not.toContain('[');
  });

  it('lithium metal against Li3YCl6 cites its measured 0.65 V limit and the Li–Y interphase to Wang et al. 2021', () => {
    const [d] = only(analyze(cell('Li', 'Li3YCl6')), 'window/reduction');
    expect(d!.message).toContain('0.65 V (experimental, Wang et al. 2021)');
    expect(d!.message).toContain('interphase (Wang et al. 2021)');
  });

  it('NCM811 in Li6PS5Cl cites the 2.01 V oxidation limit to Zhu et al. 2015', () => {
    const [d] = only(analyze('composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n'), 'window/oxidation');
    expect(d!.message).toContain('2.01 V (computed, Zhu et al. 2015)');
    expect(d!.message).not.toContain('Zhu15');
  });

  it('the library, shown as a .cell document, cites by short citation too', () => {
    const { text } = libraryDocument();
    expect(text).toContain('# reduction 1.71 V (computed; Zhu et al. 2015)');
    for (const key of codedKeys) expect(text, key).not.toMatch(new RegExp(`\\b${key}\\b`));
  });
});

describe("a user's own source text is shown as written", () => {
  const notebook = (name: string, formula: string, source: string): string =>
    `material ${name} {\n  formula ${formula}\n  role electrolyte\n  ionic 1 mS/cm\n  window 0.6 V .. 4.2 V\n  interphase mixed\n  source "${source}"\n}\n`;
  const cellWith = (separator: string): string =>
    `cell X {\n  anode Li thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('a declared reduction limit is cited to "my lab notebook", word for word', () => {
    const [d] = only(analyze(notebook('MyChloride', 'Li3YCl6', 'my lab notebook') + cellWith('MyChloride')), 'window/reduction');
    expect(d!.message).toContain('0.6 V (declared, my lab notebook)');
  });

  it('a user source that happens to be a library key stays the user’s text', () => {
    const [d] = only(analyze(notebook('MyChloride', 'Li3YCl6', 'Wang21') + cellWith('MyChloride')), 'window/reduction');
    expect(d!.message).toContain('0.6 V (declared, Wang21)');
    expect(d!.message).not.toContain('Wang et al. 2021');
  });

  it('a declared mixed interphase without a window cites the material’s own source line, not the library', () => {
    const text =
      'material MyIndate {\n  formula Li3InCl6\n  role electrolyte\n  ionic 1 mS/cm\n  interphase mixed\n  source "my lab notebook"\n}\n' +
      cellWith('MyIndate');
    const [d] = only(analyze(text), 'window/reduction');
    expect(d!.message).toContain('which lithium metal reduces (declared, my lab notebook)');
    expect(d!.message).not.toContain('library');
  });

  it('the hover of a declared material shows its source line as written', () => {
    const analysis = analyze(notebook('MyChloride', 'Li3YCl6', 'my lab notebook'));
    const shown = hover(analysis, offsetOf(analysis.text, 'MyChloride', 0, 1));
    expect(shown?.contents).toContain('Source: my lab notebook');
  });
});
