/**
 * What any value of a dimension can physically be, in canonical units, whatever property it is
 * written for. The property specs (schema/properties.ts) add what a property needs beyond this
 * (a potential vs Li/Li⁺ is 0–10 V, a porosity below 1); these bounds are wide enough that no
 * real material or cell reaches them, and narrow enough that an overflowed or mistyped number
 * (`1e308 um`, `1e-320 um`) is an error instead of a computation on nonsense. Zero is left to the
 * property: the lower bounds apply to non-zero magnitudes.
 */
import type { Bounds } from '../schema/properties';
import type { Dimension } from './units';

/** Any number Cellspec reads is zero or has a magnitude in this range, before its unit is applied. */
export const NUMBER_MAGNITUDE = { min: 1e-100, max: 1e100 } as const;

export const PLAUSIBLE: Readonly<Record<Dimension, Bounds>> = {
  voltage: { min: -100, max: 100, why: 'no electrochemical couple comes near 10 V' },
  specificCapacity: { min: 1e-6, max: 30_000, why: 'hydrogen, the lightest possible host, stores 26,600 mAh/g and lithium metal 3,860' },
  arealCapacity: { min: 1e-9, max: 10_000, why: 'practical electrodes store up to tens of mAh/cm2' },
  conductivity: {
    min: 1e-30,
    max: 1e10,
    why: 'from the best insulators (~1e-25 mS/cm) to silver (6.3e8 mS/cm)',
  },
  diffusivity: { min: 1e-40, max: 1, why: 'solids lie between 1e-25 and 1e-4 cm2/s; gases near 0.1' },
  density: { min: 1e-4, max: 25, why: 'from aerogels to osmium, 22.6 g/cm3' },
  length: { min: 1e-4, max: 1e6, why: 'from one atomic layer, 0.1 nm, to one metre' },
  arealLoading: { min: 1e-6, max: 1e5, why: 'up to 100 g/cm2' },
  massFraction: { min: 0, max: 1 },
  volumeFraction: { min: 0, max: 1 },
  cRate: { min: 1e-6, max: 1e4, why: 'from a discharge of a century to one of a third of a second' },
  currentDensity: { min: 1e-9, max: 1e5, why: 'up to 100 A/cm2' },
  pressure: { min: 1e-9, max: 1e6, why: 'up to 1 TPa' },
  dimensionless: {},
};
