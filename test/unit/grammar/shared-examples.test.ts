import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { REPO } from '../helpers/analyze';

/**
 * The contract's examples (../shared/examples, beside the checkout; CI lays a copy there) are
 * kept byte for byte in examples/, and their SHA-256 is recorded here: the repository's copies
 * are compared with the record on every run, and the contract's own files too wherever they
 * exist — so a clone without ../shared still checks the copies instead of dropping out.
 */
const CONTRACT_EXAMPLES: Readonly<Record<string, string>> = {
  'halide-cathode.cell': 'a3e9bd3e1ae53dbc3f990e5f0711750cc0fe1a4be9930ec008660f747c069c20',
  'homogeneous-ltg.cell': '79d6645fc8718cdd40b6a25cec69b4698341c4abc23dc7a986eb7354159aa75c',
  'mistakes.cell': 'bc6b58b22243c8d1f6ca12051662dd77583717cbcc80670daa0087453bad6df1',
  'oxide-on-sulfide.cell': '807158e6b28693135042a8beb09e533db5df14fc3f777f3abcfbe20e3452d9c0',
};

const shared = path.resolve(REPO, '../shared/examples');
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe("the contract's examples", () => {
  for (const [file, digest] of Object.entries(CONTRACT_EXAMPLES)) {
    it(`${file}: the repository's copy is the recorded one and parses without a syntax error`, () => {
      const copy = path.join(REPO, 'examples', file);
      expect(sha256(copy)).toBe(digest);
      expect(parse(readFileSync(copy, 'utf8')).errors).toEqual([]);
    });
  }

  it(existsSync(shared) ? '../shared/examples holds exactly the recorded files' : '../shared/examples is absent here: the copies above stand for it', () => {
    if (!existsSync(shared)) {
      for (const file of Object.keys(CONTRACT_EXAMPLES)) expect(existsSync(path.join(REPO, 'examples', file)), file).toBe(true);
      return;
    }
    const files = readdirSync(shared).filter((f) => f.endsWith('.cell')).sort();
    expect(files).toEqual(Object.keys(CONTRACT_EXAMPLES).sort());
    for (const file of files) expect(sha256(path.join(shared, file)), file).toBe(CONTRACT_EXAMPLES[file]);
  });

  it("every example of the repository parses (the contract's and the project's own)", () => {
    const files = readdirSync(path.join(REPO, 'examples')).filter((f) => f.endsWith('.cell'));
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(CONTRACT_EXAMPLES).length + 3);
    for (const file of files) expect(parse(readFileSync(path.join(REPO, 'examples', file), 'utf8')).errors, file).toEqual([]);
  });
});
