import { describe, expect, it } from 'vitest';
import { libraryDocument } from '../../../server/src/core/ide/library-document';
import { allLibraryMaterials } from '../../../server/src/core/model/library-materials';
import { analyze, codesAtLines } from '../helpers/analyze';

describe('the built-in library raises no false warnings', () => {
  it('every library material with a formula is charge balanced or not charge-checked (Li3NiS4: anion redox)', () => {
    const verdicts = allLibraryMaterials()
      .filter((m) => m.formulaText)
      .map((m) => [m.name, m.chemistry?.chargeBalance.status ?? 'invalid formula']);
    const bad = verdicts.filter(([name, status]) => !(status === 'balanced' || status === 'not-checked' || (name === 'Li3NiS4' && status === 'anion-redox')));
    expect(bad).toEqual([]);
  });

  it('the library, shown as a .cell document, parses and checks clean but for the anion-redox note', () => {
    const analysis = analyze(libraryDocument().text);
    const codes = codesAtLines(analysis).map((c) => c.split('@')[0]);
    expect(codes).toEqual(['stoich/anion-redox']);
  });

  it('every Table 1 cathode in every library electrolyte of its own class is free of anion/mismatch', () => {
    const cathodes = allLibraryMaterials().filter((m) => m.role?.value === 'cathode' && m.chemistry);
    const electrolytes = allLibraryMaterials().filter((m) => m.role?.value === 'electrolyte' && m.chemistry);
    const found: string[] = [];
    let pairs = 0;
    for (const cathode of cathodes) {
      for (const electrolyte of electrolytes.filter((e) => e.chemistry!.anionClass === cathode.chemistry!.anionClass)) {
        pairs++;
        const a = analyze(`composite C {\n  ${cathode.name} 70 wt%\n  ${electrolyte.name} 30 wt%\n}\n`);
        for (const d of a.diagnostics) if (d.code === 'anion/mismatch' || d.code.startsWith('ref/')) found.push(`${cathode.name}+${electrolyte.name}: ${d.code}`);
      }
    }
    expect(found).toEqual([]);
    // Oxide, sulfide and halide cathodes each meet several electrolytes of their class.
    expect(pairs).toBeGreaterThanOrEqual(50);
  });
});
