/** Times the formula engine: parse + molar mass + charge balance + anion class, per formula. */
import { anionClass } from '../../server/src/core/chemistry/anion-class';
import { chargeBalance } from '../../server/src/core/chemistry/charge-balance';
import { molarMass, parseFormula } from '../../server/src/core/formula';
import { median, nowMs } from './stats';

export interface FormulaSummary {
  readonly statuses: Record<string, number>;
  readonly classes: Record<string, number>;
  readonly invalid: number;
  readonly massSum: number;
}

export function analyseAll(inputs: readonly string[]): FormulaSummary {
  const statuses: Record<string, number> = {};
  const classes: Record<string, number> = {};
  let invalid = 0;
  let massSum = 0;
  for (const text of inputs) {
    const parsed = parseFormula(text);
    if (!parsed.ok) {
      invalid++;
      continue;
    }
    massSum += molarMass(parsed.formula);
    const balance = chargeBalance(parsed.formula);
    const anion = anionClass(parsed.formula, balance);
    statuses[balance.status] = (statuses[balance.status] ?? 0) + 1;
    classes[anion] = (classes[anion] ?? 0) + 1;
  }
  return { statuses, classes, invalid, massSum };
}

/** Formulas per second: the median of `rounds` timed passes after a warm-up pass (the JIT compiles the hot paths). */
export function formulaThroughput(inputs: readonly string[], rounds = 5): { perSecond: number; medianMs: number; summary: FormulaSummary } {
  let summary = analyseAll(inputs);
  // Small inputs are repeated so one timed pass lasts long enough to time.
  const repeat = Math.max(1, Math.ceil(20000 / inputs.length));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = nowMs();
    for (let i = 0; i < repeat; i++) summary = analyseAll(inputs);
    times.push((nowMs() - start) / repeat);
  }
  const medianMs = median(times);
  return { perSecond: (inputs.length / medianMs) * 1000, medianMs, summary };
}
