/**
 * Reading a `Computed<T>` in the compute tests: the value when one is expected, the reasons it is
 * missing when it is not, and the basis it states — each failing with what was found instead, so
 * a test that expected a number and got "missing" says why.
 */
import { isKnown, type Computed } from '../../../server/src/core/compute';

export function value<T>(computed: Computed<T> | undefined): T {
  if (!isKnown(computed)) throw new Error(`expected a value, got missing: ${computed ? computed.missing.join('; ') : 'undefined'}`);
  return computed.value;
}

export function reasons(computed: Computed<unknown> | undefined): readonly string[] {
  if (!computed || isKnown(computed)) throw new Error(`expected a missing value, got ${JSON.stringify(computed)}`);
  return computed.missing;
}

export function basis(computed: Computed<unknown> | undefined): string | undefined {
  if (!isKnown(computed)) throw new Error(`expected a value, got missing: ${computed ? computed.missing.join('; ') : 'undefined'}`);
  return computed.basis;
}
