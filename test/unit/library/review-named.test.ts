import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../server/src/core/library';
import { compatibleElectrolytes } from '../../../server/src/core/fixes/compatible-electrolytes';
import { libraryMaterial } from '../../../server/src/core/model/library-materials';
import { reducedContinuously } from '../../../server/src/core/compute/reduction';
import { analyze, only } from '../helpers/analyze';

// Issue #12, item 3 (third pass): the review's remaining materials and the densities found since.
describe('materials the review names, third pass', () => {
  const library = loadLibrary();

  it('LiTi2(PS4)3 looks up with its 7 Li per formula unit, cited', () => {
    expect(library.lookup('LiTi2(PS4)3')?.electrons).toMatchObject({ value: 7, source: 'KimGoodenough' });
    expect(library.lookup('LiTi2(PS4)3')?.role).toBe('cathode');
  });

  it('the Ni88 NCM is the composition read in a solid-state paper, not the review\'s misprinted one', () => {
    const ncm = library.lookup('LiNi0.88Co0.07Mn0.05O2');
    expect(ncm?.name).toBe('NCM88');
    expect(ncm?.formula).toBe('LiNi0.88Co0.07Mn0.05O2');
    expect(library.lookup('LiNi0.88Co0.09Mn0.09O2')).toBeUndefined();
  });

  it('Li2FeCl4 in both structures carries a crystallographic density from its cells', () => {
    expect(library.lookup('Li2FeCl4_Cmmm')?.density).toMatchObject({ value: 2.533, method: 'crystallographic', source: 'Li2FeCl4ND' });
    expect(library.lookup('Li2FeCl4_cubic')?.density).toMatchObject({ value: 2.472, method: 'crystallographic', source: 'Li2FeCl4ND' });
  });

  it('the review-named halides and sulfides without a sourced number ship names and formula only', () => {
    for (const name of ['Li3VCl6', 'Li2.9Fe0.9Zr0.1Cl6', 'VBr3', 'VI3', 'Li1.33Ti0.67S2', 'LiSiGePSBrO']) {
      const m = library.lookup(name);
      expect(m?.formula, name).toBeDefined();
      for (const field of ['voltage', 'capacity', 'electrons', 'ionic', 'electronic', 'density', 'window'] as const) {
        expect(m?.[field], `${name}.${field}`).toBeUndefined();
      }
    }
  });

  it('the high-entropy LGPS formula with square brackets parses: a charge-balanced sulfide', () => {
    const m = libraryMaterial('LiSiGePSBrO');
    expect(m?.chemistry?.anionClass).toBe('sulfide');
    const elements = m!.chemistry!.formula.elements;
    expect(elements.get('Li')).toBe(9.54);
    expect(elements.get('Si')).toBeCloseTo(1.044, 6);
    expect(elements.get('Ge')).toBeCloseTo(0.696, 6);
    expect(elements.get('Br')).toBe(0.3);
  });
});

describe('lithium metal and the chlorides it reduces', () => {
  const cell = (separator: string) =>
    `cell X {\n  anode Li thickness 20 um\n  separator ${separator} thickness 50 um\n  cathode LiCoO2 loading 10 mg/cm2\n}\n`;

  it('Li2.5Y0.5Zr0.5Cl6 as the separator on lithium metal is window/reduction', () => {
    const [d] = only(analyze(cell('Li2.5Y0.5Zr0.5Cl6')), 'window/reduction');
    expect(d!.message).toContain('`Li2.5Y0.5Zr0.5Cl6`');
    expect(d!.message).toContain('reduced continuously');
  });

  it('no electrolyte lithium metal reduces continuously is offered as a separator beside it', () => {
    const offered = compatibleElectrolytes('oxide', 4.3, 0.3, [0]).map((c) => c.name);
    expect(offered.length).toBeGreaterThan(0);
    for (const chloride of ['Li2.5Y0.5Zr0.5Cl6', 'Li3InCl6', 'Li3YCl6', 'Li2ZrCl6', 'Li3ScCl6', 'Li3ErCl6', 'Li2.75In0.75Zr0.25Cl6']) {
      expect(offered, chloride).not.toContain(chloride);
    }
    for (const name of offered) expect(reducedContinuously(libraryMaterial(name)!, 0), name).toBe(false);
  });
});
