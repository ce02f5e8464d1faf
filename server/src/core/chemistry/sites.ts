/**
 * Site sums (`stoich/sites`): a formula of a structure family in SITE_RULES whose metal amounts
 * fill neither the M site nor, for an alkali-rich one, all cation sites. The review's own
 * LiNi0.88Co0.09Mn0.09O2 sums to 1.06 on the M site: a typo a reader cannot resolve.
 */
import type { Formula } from '../formula/types';
import { CHARGE_CHECKED_ELEMENTS } from './anion-data';
import { SITE_RULES, type SiteRule } from './site-data';

export interface SiteSumProblem {
  readonly rule: SiteRule;
  /** The M-site amounts, in formula order, and their sum. */
  readonly metals: readonly (readonly [symbol: string, amount: number])[];
  readonly metalSum: number;
  readonly alkaliSum: number;
}

/** The site-sum problem of a formula, or undefined when no rule applies or the sums fit. */
export function siteSumProblem(formula: Formula): SiteSumProblem | undefined {
  for (const rule of SITE_RULES) {
    const problem = checkRule(formula, rule);
    if (problem !== null) return problem;
  }
  return undefined;
}

/** null: the rule does not apply; undefined: it applies and the sums fit. */
function checkRule(formula: Formula, rule: SiteRule): SiteSumProblem | undefined | null {
  if (formula.elements.get(rule.anion) !== rule.anionAmount) return null;
  let alkaliSum = 0;
  const metals: [string, number][] = [];
  for (const [symbol, amount] of formula.elements) {
    if (symbol === rule.anion) continue;
    // A second anion former (P in LiFePO4, F in an oxyfluoride) is another structure.
    if (CHARGE_CHECKED_ELEMENTS.has(symbol)) return null;
    if (rule.alkali.includes(symbol)) alkaliSum += amount;
    else metals.push([symbol, amount]);
  }
  if (alkaliSum <= 0 || alkaliSum > rule.maxAlkali || metals.length === 0) return null;
  const metalSum = Number(metals.reduce((sum, [, amount]) => sum + amount, 0).toPrecision(12));
  if (within(metalSum, rule.metalSites, rule.tolerance)) return undefined;
  if (within(alkaliSum + metalSum, rule.allCationSites, rule.tolerance)) return undefined;
  return { rule, metals, metalSum, alkaliSum };
}

/**
 * |sum − sites| ≤ tolerance, the difference rounded to 12 digits as the sums are: in binary
 * 1.02 − 1 is 0.020000000000000018, which would put a sum exactly at the tolerance outside it.
 */
function within(sum: number, sites: number, tolerance: number): boolean {
  return Number(Math.abs(sum - sites).toPrecision(12)) <= tolerance;
}

/** The words for a site-sum problem, the same in the diagnostic and in `cellspec formula`. */
export function describeSiteSum(problem: SiteSumProblem): string {
  const amounts = problem.metals.map(([symbol, amount]) => `${symbol} ${amount}`).join(' + ');
  const { rule } = problem;
  return (
    `reads as ${rule.label}, but its M-site amounts add up to ${problem.metalSum} (${amounts}), not ${rule.metalSites}` +
    ` (nor to ${rule.allCationSites} with the A site's ${problem.alkaliSum}, as in an alkali-rich one): check the amounts`
  );
}
