import { describe, expect, it } from 'vitest';
import { known, missing, withBasis } from '../../../server/src/core/compute/computed';

describe('withBasis: a computed value with how it was obtained', () => {
  it('a known value gets the basis; an estimate stays an estimate', () => {
    expect(withBasis(known(2.5), 'j = areal capacity × 1 C')).toStrictEqual({ value: 2.5, basis: 'j = areal capacity × 1 C' });
    expect(withBasis({ value: 2.5, estimated: true }, 'by the law')).toStrictEqual({ value: 2.5, estimated: true, basis: 'by the law' });
    // A basis it had is replaced.
    expect(withBasis(known(1, { basis: 'old' }), 'new')).toStrictEqual({ value: 1, basis: 'new' });
  });

  it('a missing value is returned as it is, with its reasons', () => {
    const absent = missing('declare `density` of `LTG`');
    expect(withBasis(absent, 'ρ')).toBe(absent);
  });
});
