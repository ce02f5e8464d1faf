import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli';

describe('the CLI bundle’s code cache (scripts/lib/code-cache.mjs, bin/cellspec.js)', () => {
  it('is accepted by a process that starts as `cellspec` does, with V8’s default flags', () => {
    const file = path.join(REPO, 'dist', 'cli.js');
    // Compiled exactly as bin/cellspec.js compiles it: the same wrapper, file name and cache.
    const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
    const script = new vm.Script(wrapper, { filename: file, cachedData: readFileSync(`${file}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
  });
});
