import { describe, expect, it } from 'vitest';
import { lazy } from '../../server/src/core/lazy';

describe('lazy', () => {
  it('builds nothing until asked, then once, and returns the same value every time', () => {
    let builds = 0;
    const value = lazy(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a built undefined too, rather than building again', () => {
    let builds = 0;
    const nothing = lazy(() => {
      builds++;
      return undefined;
    });
    expect(nothing()).toBeUndefined();
    expect(nothing()).toBeUndefined();
    expect(builds).toBe(1);
  });
});
