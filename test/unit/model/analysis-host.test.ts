/**
 * The analysis host (core/analyze.ts): each front owns one; it keeps each document's incremental
 * state, forgets a closed document at once, stays bounded however many documents pass through,
 * and hosts do not share state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisHost } from '../../../server/src/core';
import { memoryHost, REPO, WORKSPACE } from '../helpers/analyze';

const files = memoryHost();
const EXAMPLE = readFileSync(path.join(REPO, 'examples/oxide-on-sulfide.cell'), 'utf8');
const FILE = `${WORKSPACE}/host.cell`;
const composite = (host: AnalysisHost, text: string, lineage = FILE) =>
  host.analyze(FILE, text, { host: files, lineage }).program.composites.find((c) => c.name === 'BareNCM');

describe('AnalysisHost', () => {
  it('continues a document: an edit above a block keeps the block’s model', () => {
    const host = new AnalysisHost();
    const before = composite(host, EXAMPLE);
    expect(composite(host, `# typed\n${EXAMPLE}`)).toBe(before);
  });

  it('does not share state with another host: the second host builds afresh', () => {
    const first = new AnalysisHost();
    const second = new AnalysisHost();
    const fromFirst = composite(first, EXAMPLE);
    const fromSecond = composite(second, `# typed\n${EXAMPLE}`);
    expect(fromSecond).not.toBe(fromFirst);
    expect(fromSecond?.components.map((c) => c.material?.name)).toEqual(fromFirst?.components.map((c) => c.material?.name));
  });

  it('parse and analyse share one tree per text of a document', () => {
    const host = new AnalysisHost();
    const parse = host.parse('doc', EXAMPLE);
    expect(host.analyze(FILE, EXAMPLE, { host: files, lineage: 'doc' }).parse).toBe(parse);
    expect(host.parse('doc', EXAMPLE)).toBe(parse);
  });

  it('forgets a closed document at once, and stays bounded when a thousand documents pass through', () => {
    const host = new AnalysisHost();
    host.analyze(FILE, EXAMPLE, { host: files, lineage: 'a' });
    host.forget('a');
    expect(host.size).toBe(0);
    for (let i = 0; i < 1000; i++) host.analyze(`${WORKSPACE}/f${i}.cell`, EXAMPLE, { host: files });
    expect(host.size).toBeLessThanOrEqual(32);
    expect(host.size).toBeGreaterThan(0);
  });

  it('counts the changes of the world', () => {
    const host = new AnalysisHost();
    const start = host.revision;
    host.invalidate();
    host.invalidate();
    expect(host.revision).toBe(start + 2);
  });
});
