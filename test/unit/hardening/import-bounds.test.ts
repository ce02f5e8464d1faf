import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORTED_FILES } from '../../../server/src/core/model/imports';
import { analyzeDocument } from '../../../server/src/core/analyze';
import type { FileHost } from '../../../server/src/core/api';
import { analyze, only, WORKSPACE } from '../helpers/analyze';

const CATHOLYTE = 'material DeepCatholyte {\n  formula Li6PS5Cl\n  role electrolyte\n}\n';
const USES_IT = 'composite Mix {\n  NCM811 70 wt% coated LiNbO3\n  DeepCatholyte 30 wt%\n}\n';

describe('imports are bounded in depth, count and size', () => {
  it(`a chain of imports deeper than ${MAX_IMPORT_DEPTH} stops there, with an error on the document's own import line`, () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= MAX_IMPORT_DEPTH + 4; i++) files[`${WORKSPACE}/f${i}.cell`] = i === MAX_IMPORT_DEPTH + 4 ? CATHOLYTE : `import "f${i + 1}.cell"\n`;
    const analysis = analyze(`import "f1.cell"\n${USES_IT}`, { files });
    const [error] = only(analysis, 'ref/import');
    expect(error!.message).toMatch(new RegExp(`nested more than ${MAX_IMPORT_DEPTH} deep`));
    expect(analysis.text.slice(error!.span.start, error!.span.end)).toBe('"f1.cell"');
    // The material at the bottom of the chain was never read.
    expect(only(analysis, 'ref/undefined').map((d) => analysis.text.slice(d.span.start, d.span.end))).toEqual(['DeepCatholyte']);
  });

  it(`more than ${MAX_IMPORTED_FILES} imported files are refused past the limit`, () => {
    const files: Record<string, string> = {};
    const imports: string[] = [];
    for (let i = 0; i < MAX_IMPORTED_FILES + 5; i++) {
      files[`${WORKSPACE}/lib${i}.cell`] = `material Lib${i} {\n  formula Li2S\n}\n`;
      imports.push(`import "lib${i}.cell"`);
    }
    const analysis = analyze(`${imports.join('\n')}\n`, { files });
    const refused = only(analysis, 'ref/import');
    expect(refused).toHaveLength(5);
    expect(refused[0]!.message).toMatch(new RegExp(`more than ${MAX_IMPORTED_FILES} files`));
    expect(analysis.dependencies).toHaveLength(MAX_IMPORTED_FILES);
  });

  it('a file over the size limit is refused — unread when the host can tell its size', () => {
    const reads: string[] = [];
    const big = `${WORKSPACE}/big.cell`;
    const host: FileHost = {
      workspaceRoot: WORKSPACE,
      readFile: (p) => {
        reads.push(p);
        return p === big ? 'x'.repeat(MAX_IMPORT_BYTES + 1) : undefined;
      },
      realPath: (p) => p,
      fileSize: (p) => (p === big ? 4 * MAX_IMPORT_BYTES : undefined),
    };
    const unread = analyzeDocument(`${WORKSPACE}/main.cell`, 'import "big.cell"\n', { host });
    expect(only(unread, 'ref/import')[0]!.message).toMatch(/larger than 5 MB/);
    expect(reads).toEqual([]);

    const withoutSize: FileHost = { ...host, fileSize: undefined };
    const read = analyzeDocument(`${WORKSPACE}/other.cell`, 'import "big.cell"\n', { host: withoutSize });
    expect(only(read, 'ref/import')[0]!.message).toMatch(/larger than 5 MB/);
  });
});
