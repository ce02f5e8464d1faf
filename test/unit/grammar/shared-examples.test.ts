import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../grammar';
import { REPO } from '../helpers/analyze';

/**
 * The contract's examples live in ../shared/examples beside the checkout (CI lays a copy there);
 * the repository keeps copies in examples/. Every one of them must always parse.
 */
const shared = path.resolve(REPO, '../shared/examples');
const dir = existsSync(shared) ? shared : path.join(REPO, 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.cell'));

describe(`the contract's examples (${path.relative(REPO, dir)}) parse without a syntax error`, () => {
  it('there are examples to parse', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(parse(text).errors).toEqual([]);
      const copy = path.join(REPO, 'examples', file);
      if (dir === shared && existsSync(copy)) expect(readFileSync(copy, 'utf8')).toBe(text);
    });
  }
});
