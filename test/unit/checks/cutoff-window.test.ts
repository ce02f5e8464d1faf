/**
 * window/oxidation at a cell's cutoff, for the cathodes inside its cathode composite: reported
 * there exactly when the composite's own check (at the top of the cathode's own voltage) did not
 * report it — including a cathode that declares no voltage at all, for which the cutoff is the
 * only voltage known.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPreviousAnalyses } from '../../../server/src/core/analyze';
import { analyze, only, spanText } from '../helpers/analyze';

beforeEach(() => forgetPreviousAnalyses());

const cell = (cutoff: string) => `cell X {\n  anode Li thickness 40 um\n  separator LLZTO thickness 30 um\n  cathode K loading 8 mg/cm2\n${cutoff}}\n`;

describe('window/oxidation at the cutoff of a cell', () => {
  it('a cathode without a voltage (NCM523) is checked at the cutoff: above the chloride’s limit a warning, below it none', () => {
    const composite = 'composite K {\n  NCM523 70 wt%\n  Li3InCl6 30 wt%\n}\n';
    const above = analyze(composite + cell('  cutoff 2.5 V .. 4.5 V\n'));
    const found = only(above, 'window/oxidation');
    expect(found).toHaveLength(1);
    expect(spanText(above, found[0]!)).toBe('K');
    expect(found[0]!.message).toMatch(/^`NCM523` in `K` runs up to the cell's cutoff of 4\.5 V, above the oxidation limit of `Li3InCl6`, 4\.3 V /);
    expect(only(analyze(composite + cell('  cutoff 2.5 V .. 4.3 V\n')), 'window/oxidation')).toEqual([]);
    // Without a cutoff nothing gives the cathode a voltage: nothing to compare.
    expect(only(analyze(composite + cell('')), 'window/oxidation')).toEqual([]);
  });

  it('a cathode whose own voltage range already tops the limit is reported once, by its composite, not again at the cutoff', () => {
    // Its voltage is the range's midpoint (4.0 V, under the limit); the composite is checked at the top, 4.4 V.
    const composite = 'material Wide {\n  formula LiCoO2\n  role cathode\n  voltage 3.6 V .. 4.4 V\n}\ncomposite K {\n  Wide 70 wt%\n  Li3InCl6 30 wt%\n}\n';
    const a = analyze(composite + cell('  cutoff 2.5 V .. 4.5 V\n'));
    const found = only(a, 'window/oxidation');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^`Wide` runs up to its voltage, 4\.4 V, above the oxidation limit of `Li3InCl6`/);
  });

  it('a cathode whose own voltage is within the limit is reported at a cutoff above it', () => {
    const composite = 'material Low {\n  formula LiCoO2\n  role cathode\n  voltage 3.6 V .. 4.2 V\n}\ncomposite K {\n  Low 70 wt%\n  Li3InCl6 30 wt%\n}\n';
    const found = only(analyze(composite + cell('  cutoff 2.5 V .. 4.5 V\n')), 'window/oxidation');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^`Low` in `K` runs up to the cell's cutoff of 4\.5 V, above the oxidation limit of `Li3InCl6`/);
  });
});
