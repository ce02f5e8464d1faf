/**
 * An analysis computes its hint lists and its diagnostics when they are first read (a hover
 * right after a keystroke needs neither): what is read must be what an eager analysis gave —
 * the per-model hints are the very objects of the lists, and the lists and diagnostics are
 * computed once and kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintsOfCell, hintsOfComposite, hintsOfMaterial } from '../../../server/src/core/compute';
import { analyze, REPO } from '../helpers/analyze';

const example = readFileSync(path.join(REPO, 'examples/design-limits.cell'), 'utf8');

describe('a lazily computed analysis', () => {
  it('the hints a hover takes for one model are the objects the document lists hold', () => {
    const analysis = analyze(example);
    const { program, hints, settings } = analysis;
    expect(program.cells.length).toBeGreaterThan(0);
    program.composites.forEach((composite, i) => expect(hintsOfComposite(hints, composite, settings)).toBe(hints.composites[i]));
    program.cells.forEach((cell, i) => expect(hintsOfCell(hints, cell, settings)).toBe(hints.cells[i]));
    for (const [material, listed] of hints.byMaterial) expect(hintsOfMaterial(hints, material)).toBe(listed);
  });

  it('lists and diagnostics are computed once, whenever they are first read', () => {
    const first = analyze(example);
    const diagnostics = first.diagnostics;
    expect(first.diagnostics).toBe(diagnostics);
    expect(first.hints.cells).toBe(first.hints.cells);
    // Read in the other order on a fresh analysis of the same text: the same findings.
    const second = analyze(`${example}\n`);
    void second.hints.materials;
    expect(second.diagnostics.map((d) => [d.code, d.message])).toEqual(diagnostics.map((d) => [d.code, d.message]));
  });
});
