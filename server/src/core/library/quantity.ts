import type { ValueOrRange } from './schema';

/**
 * One number standing for a library value: the value itself, or the geometric mean of a
 * range. Library ranges often span orders of magnitude (LiFePO4's diffusivity 1e-18..1e-14
 * cm2/s), where an arithmetic mean would be the upper end in disguise; for narrow ranges
 * (a density of 1.82..1.89 g/cm3) the two means agree.
 */
export function nominalValue(quantity: ValueOrRange): number {
  return quantity.value ?? Math.sqrt(quantity.low * quantity.high);
}

/** The range a value or range spans (a single value is low = high). */
export function bounds(quantity: ValueOrRange): { readonly low: number; readonly high: number } {
  return quantity.value !== undefined ? { low: quantity.value, high: quantity.value } : { low: quantity.low, high: quantity.high };
}
