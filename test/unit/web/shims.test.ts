/**
 * The web worker's stand-ins for Node's modules (server/src/web/shims, path-browserify) behave as
 * Node does on POSIX paths, so the worker resolves imports, keeps them in the workspace and
 * names files exactly as `cellspec lsp` does; the file system stand-in has no file at all.
 */
import nodePath from 'node:path';
import * as nodeUrl from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fs from '../../../server/src/web/shims/fs';
import * as url from '../../../server/src/web/shims/url';
import { REPO } from '../helpers/analyze';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const browserPath = require(nodePath.join(REPO, 'node_modules/path-browserify/index.js')) as typeof nodePath.posix;

const PATHS = ['/ws/a.cell', '/ws/dir with space/b.cell', '/ws/#hash/c?.cell', '/ws/100%/d.cell', '/ws/Li–In/é.cell', '/ws/./x/../y.cell', '/'];

describe('the web worker’s shims', () => {
  it('turn paths into file URLs and back as node:url does', () => {
    for (const p of PATHS) {
      expect(url.pathToFileURL(p).href, p).toBe(nodeUrl.pathToFileURL(p).href);
      expect(url.fileURLToPath(nodeUrl.pathToFileURL(p).href), p).toBe(nodeUrl.fileURLToPath(nodeUrl.pathToFileURL(p).href));
    }
    expect(() => url.fileURLToPath('untitled:Untitled-1')).toThrow(TypeError);
    expect(() => url.fileURLToPath('file://host/share/a.cell')).toThrow(TypeError);
    expect(() => url.fileURLToPath('file:///ws/a%2Fb.cell')).toThrow(TypeError);
  });

  it('resolve, relate and split paths as Node’s POSIX path does (path-browserify)', () => {
    for (const p of PATHS) {
      for (const fn of ['dirname', 'basename', 'isAbsolute', 'normalize'] as const) expect(browserPath[fn](p), `${fn}(${p})`).toEqual(nodePath.posix[fn](p));
      expect(browserPath.resolve('/ws', p)).toBe(nodePath.posix.resolve('/ws', p));
      expect(browserPath.relative('/ws', p)).toBe(nodePath.posix.relative('/ws', p));
      expect(browserPath.join('/ws/lib', '..', p)).toBe(nodePath.posix.join('/ws/lib', '..', p));
    }
    // The workspace check of imports: `../../etc/passwd` from /ws/a leaves /ws, in both.
    expect(browserPath.relative('/ws', browserPath.resolve('/ws/a', '../../etc/passwd'))).toBe('../etc/passwd');
    expect(browserPath.sep).toBe('/');
  });

  it('have no file system: every read fails as a missing file does', () => {
    expect(fs.existsSync()).toBe(false);
    for (const read of [fs.readFileSync, fs.statSync, fs.realpathSync, fs.readdirSync]) {
      expect(() => read('/ws/a.cell')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    }
  });
});
