/** Float noise off (0.7000000000000001 → 0.7) without pretending to more precision than the inputs have. */
export function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}
