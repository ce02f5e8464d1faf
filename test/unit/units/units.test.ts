import { describe, expect, it } from 'vitest';
import { readQuantity } from '../../../server/src/core/units/read-value';
import { CANONICAL_UNIT, lookupUnit, UNITS, type Dimension } from '../../../server/src/core/units/units';
import { quantity } from './ast-builders';

/** Reads `number unit` in any dimension and returns the canonical value. */
function canonical(numberText: string, unit: string): { value: number; dimension: Dimension } | undefined {
  const all = [...new Set(UNITS.map((u) => u.dimension))];
  return readQuantity(quantity(numberText, unit), all, '`test`').value;
}

describe('every unit of docs/language.md §3 converts exactly to its canonical unit', () => {
  // Each expectation is worked out by hand from the definition of the unit.
  const cases: [string, string, number, Dimension][] = [
    ['2.55', 'V', 2.55, 'voltage'],
    ['620', 'mV', 0.62, 'voltage'], // Li–In vs Li/Li+
    ['250', 'mAh/g', 250, 'specificCapacity'],
    ['250', 'Ah/kg', 250, 'specificCapacity'], // 1 Ah/kg = 1000 mAh / 1000 g
    ['3', 'mAh/cm2', 3, 'arealCapacity'],
    ['0.0012', 'S/cm', 1.2, 'conductivity'],
    ['0.22', 'mS/cm', 0.22, 'conductivity'],
    ['220', 'uS/cm', 0.22, 'conductivity'],
    ['2.2', 'S/m', 22, 'conductivity'], // 1 S/m = 0.01 S/cm = 10 mS/cm
    ['1e-10', 'cm2/s', 1e-10, 'diffusivity'],
    ['1e-14', 'm2/s', 1e-10, 'diffusivity'], // 1 m2 = 1e4 cm2
    ['1.84', 'g/cm3', 1.84, 'density'], // Li6PS5Cl
    ['4700', 'kg/m3', 4.7, 'density'], // NCM811
    ['30', 'um', 30, 'length'],
    ['500', 'nm', 0.5, 'length'],
    ['0.05', 'mm', 50, 'length'],
    ['0.003', 'cm', 30, 'length'],
    ['15', 'mg/cm2', 15, 'arealLoading'],
    ['70', 'wt%', 0.7, 'massFraction'],
    ['10', 'vol%', 0.1, 'volumeFraction'],
    ['0.5', 'C', 0.5, 'cRate'],
    ['1.2', 'mA/cm2', 1.2, 'currentDensity'],
    ['375', 'MPa', 375, 'pressure'],
  ];

  it.each(cases)('%s %s is %s in the canonical unit of %s', (numberText, unit, expected, dimension) => {
    const read = canonical(numberText, unit);
    expect(read?.dimension).toBe(dimension);
    expect(read?.value).toBeCloseTo(expected, 12);
  });

  it('covers every unit of the table, and nothing else', () => {
    expect(UNITS.map((u) => u.symbol).sort()).toEqual(cases.map((c) => c[1]).sort());
  });

  it('turns percentages into exact fractions, so 70 wt% + 27 wt% + 3 wt% is exactly 1', () => {
    const sum = ['70', '27', '3'].reduce((total, n) => total + canonical(n, 'wt%')!.value, 0);
    expect(canonical('70', 'wt%')!.value).toBe(0.7);
    expect(sum).toBe(1);
  });
});

describe('the canonical units', () => {
  it('are the units of §3 with a factor of one, except fractions, which are plain numbers 0–1', () => {
    for (const [dimension, symbol] of Object.entries(CANONICAL_UNIT)) {
      if (symbol === '') {
        expect(['massFraction', 'volumeFraction', 'dimensionless']).toContain(dimension);
        continue;
      }
      expect(lookupUnit(symbol)).toMatchObject({ dimension, toCanonical: 1 });
    }
  });
});

describe('unit lookup is case-sensitive, as §3 says', () => {
  it('knows mS/cm but not MS/cm or ms/cm', () => {
    expect(lookupUnit('mS/cm')?.dimension).toBe('conductivity');
    expect(lookupUnit('MS/cm')).toBeUndefined();
    expect(lookupUnit('ms/cm')).toBeUndefined();
  });

  it('takes v for no unit: volts are V', () => {
    expect(lookupUnit('v')).toBeUndefined();
  });

  it('reads the micro sign (U+00B5) and the Greek mu (U+03BC) as the u of a micro unit, and nowhere else', () => {
    expect(lookupUnit('\u00b5m')).toBe(lookupUnit('um'));
    expect(lookupUnit('\u03bcm')).toBe(lookupUnit('um'));
    expect(lookupUnit('\u00b5S/cm')).toBe(lookupUnit('uS/cm'));
    expect(lookupUnit('um')?.dimension).toBe('length');
    expect(lookupUnit('\u00b5M')).toBeUndefined();
    expect(lookupUnit('m\u00b5')).toBeUndefined();
    expect(lookupUnit('\u00b5mAh/g')).toBeUndefined();
    expect(lookupUnit('\u00b5\u00b5m')).toBeUndefined();
  });
});
