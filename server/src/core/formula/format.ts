import type { Formula } from './types';

/**
 * The formula written flat, groups multiplied out, elements in order of first appearance and
 * amounts of 1 left out: Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3 → Li1.75Ti2Ge0.75P2.25S11.4Se0.6.
 */
export function formatFormula(formula: Formula): string {
  let text = '';
  for (const [symbol, amount] of formula.elements) text += amount === 1 ? symbol : `${symbol}${amount}`;
  return text;
}
