/**
 * Charge balance (docs/language.md §5, `stoich/charge` and `stoich/anion-redox`).
 *
 * Each element takes one of its known oxidation states or, for mixed valence, any average
 * between its states of one sign; so per element and sign the reachable charge is an
 * interval, the hull of its states. Every anion must be more electronegative (Pauling) than
 * every cation (the SMACT screening rule), so with the elements sorted by electronegativity
 * the only candidate assignments of sign are the splits "cations = a prefix, anions = the
 * rest": n − 1 splits, each an interval-overlap test on prefix sums. No enumeration of
 * integer states or of scaled integer formulas, so fractional (doped) formulas cost the same
 * as integer ones: a few microseconds.
 *
 * Balanced means |total charge| ≤ 0.5 % of the total anion charge, so rounded literature
 * formulas pass (Li1.13Ti0.57Fe0.3S2: +0.01 against 4; Li0.33La0.56TiO3 at La3+/Ti4+:
 * 0.33 + 1.68 + 4 = 6.01 against 6, and it also balances exactly with Ti slightly below +4).
 * A chalcogen above −2 (S−1 …) is tried only when nothing else balances, and then the result
 * is 'anion-redox', not 'balanced'. Not checked: single elements, compositions without an
 * anion former (metals, alloys, LiC6) and organic C–H compositions (polymer binders).
 */
import type { Formula } from '../formula/types';
import { CATENATE_COUNTER_CATIONS, CATENATED_ANIONS, CHARGE_CHECKED_ELEMENTS, COVALENT_FRAMEWORKS, HIGH_VALENT_STATES, POLYANION_CHALCOGENS } from './anion-data';
import { article } from '../text/english';
import { formatAmount, formatCharge } from '../text/numbers';
import { elementBySymbol, type ElementData } from './elements';

export interface ChargeBalance {
  status: 'balanced' | 'anion-redox' | 'unbalanced' | 'not-checked';
  /**
   * The assignment found (average state per element, in formula order). For 'unbalanced' it
   * is the closest assignment, the one that leaves `residual`.
   */
  oxidationStates?: Record<string, number>;
  /**
   * Total charge per formula unit left by `oxidationStates`: within the tolerance for
   * 'balanced' and 'anion-redox' (usually 0); for 'unbalanced' the smallest reachable.
   */
  residual?: number;
  /** Why it is unbalanced, not checked, or which chalcogen carries the anion redox. */
  explanation?: string;
  /** For 'anion-redox': a chalcogen partly at −1 (Li3NiS4), or a catenated anion (Li2O2, KO2, Li2S4, LiN3). */
  anionRedox?: 'chalcogen' | 'catenated';
}

/** Balanced when |total charge| ≤ this fraction of the total anion charge (docs/language.md §5). */
export const CHARGE_BALANCE_TOLERANCE = 0.005;

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** What one element can do, precomputed once per element from the table. */
interface ElementRanges {
  readonly element: ElementData;
  readonly electronegativity: number;
  readonly cation?: Interval;
  readonly referenceCation?: number;
  /** Without the polyanion states of a chalcogen (S, Se, Te stay at −2). */
  readonly anionStrict?: Interval;
  /** With them (S may average anywhere in [−2, −1]). */
  readonly anionRelaxed?: Interval;
  readonly isChalcogen: boolean;
  /** d- and f-block metals: the redox-flexible cations that take up mixed valence first. */
  readonly isTransitionMetal: boolean;
}

interface Site {
  readonly symbol: string;
  readonly amount: number;
  readonly ranges: ElementRanges;
}

type Mode = 'strict' | 'relaxed';

interface Split {
  /** Sites [0, k) are cations, [k, n) anions. */
  readonly k: number;
  readonly feasible: boolean;
  /** Charge left at the best edge of the reachable range; 0 when 0 itself is reachable. */
  readonly gap: number;
}

export function chargeBalance(formula: Formula): ChargeBalance {
  if (formula.elements.size <= 1) {
    return { status: 'not-checked', explanation: 'a single element has no charge to balance' };
  }
  let checked = false;
  const sites: Site[] = [];
  for (const [symbol, amount] of formula.elements) {
    if (CHARGE_CHECKED_ELEMENTS.has(symbol)) checked = true;
    const ranges = rangesOf(symbol);
    if (!ranges) return { status: 'unbalanced', explanation: `${symbol} is not an element` };
    sites.push({ symbol, amount, ranges });
  }
  if (!checked) {
    return {
      status: 'not-checked',
      explanation: 'no anion former (H, N, O, F, P, S, Cl, Se, Br, Te, I): a metal, an alloy or lithiated carbon is not charge-checked',
    };
  }
  const stateless = sites.find((site) => site.ranges.element.oxidationStates.length === 0);
  if (stateless) {
    return { status: 'unbalanced', explanation: `${stateless.symbol} has no known oxidation state, so it cannot be part of an ionic compound` };
  }
  sites.sort((a, b) => a.ranges.electronegativity - b.ranges.electronegativity);

  const strict = feasibleAssignment(sites, splits(sites, 'strict'), 'strict');
  if (strict) return { status: 'balanced', ...result(formula, sites, strict) };

  const relaxedSplits = splits(sites, 'relaxed');
  const relaxed = feasibleAssignment(sites, relaxedSplits, 'relaxed');
  if (relaxed) {
    return { status: 'anion-redox', anionRedox: 'chalcogen', ...result(formula, sites, relaxed), explanation: polyanionExplanation(sites, relaxed.states) };
  }
  // High-valent oxo-anions beside alkali and alkaline-earth cations (K2FeO4, SrFeO3, OsO4): plain balance.
  const highValentSites = withHighValentStates(sites);
  const highValent = highValentSites && feasibleAssignment(highValentSites, splits(highValentSites, 'strict'), 'strict');
  if (highValentSites && highValent) {
    return { status: 'balanced', ...result(formula, highValentSites, highValent), explanation: highValentExplanation(highValentSites, highValent.states) };
  }
  // Catenated anions beside the same cations (Li2O2, KO2, KO3, Li2S4 … Li2S8, LiN3): anion redox.
  const catenatedSites = withCatenatedAnions(sites);
  const catenated = catenatedSites && feasibleAssignment(catenatedSites, splits(catenatedSites, 'relaxed'), 'relaxed');
  if (catenatedSites && catenated) {
    return { status: 'anion-redox', anionRedox: 'catenated', ...result(formula, catenatedSites, catenated), explanation: catenatedExplanation(catenatedSites, catenated.states) };
  }
  // A covalent framework that no ionic assignment balances (PVDF, Li2B12H12) is not a mistake:
  // its atoms take several formal states within one molecule. LiBH4 (B3+, H−) balanced above.
  const framework = COVALENT_FRAMEWORKS.find((f) => f.elements.every((symbol) => formula.elements.has(symbol)));
  if (framework) {
    return {
      status: 'not-checked',
      explanation: `${framework.label}, whose atoms take several formal states within one molecule`,
    };
  }
  return unbalanced(formula, sites, relaxedSplits);
}

// ---------------------------------------------------------------------------------------
// The search

function splits(sites: readonly Site[], mode: Mode): Split[] {
  const n = sites.length;
  // Suffix sums over the anion side, as magnitudes: least and most negative totals.
  const anionLeast = new Array<number>(n + 1).fill(0);
  const anionMost = new Array<number>(n + 1).fill(0);
  const anionValid = new Array<boolean>(n + 1).fill(true);
  for (let i = n - 1; i >= 0; i--) {
    const site = sites[i]!;
    const range = anionRange(site.ranges, mode);
    anionValid[i] = anionValid[i + 1]! && range !== undefined;
    anionLeast[i] = anionLeast[i + 1]! + (range ? -range.hi * site.amount : 0);
    anionMost[i] = anionMost[i + 1]! + (range ? -range.lo * site.amount : 0);
  }
  const result: Split[] = [];
  let cationMin = 0;
  let cationMax = 0;
  let cationValid = true;
  for (let k = 1; k < n; k++) {
    const site = sites[k - 1]!;
    const cation = site.ranges.cation;
    cationValid = cationValid && cation !== undefined;
    if (cation) {
      cationMin += cation.lo * site.amount;
      cationMax += cation.hi * site.amount;
    }
    // Equal electronegativities cannot be split: an anion must be strictly more electronegative.
    if (!cationValid) break;
    if (site.ranges.electronegativity === sites[k]!.ranges.electronegativity || !anionValid[k]) continue;
    const least = anionLeast[k]!;
    const most = anionMost[k]!;
    const feasible = cationMax >= (1 - CHARGE_BALANCE_TOLERANCE) * least && cationMin <= (1 + CHARGE_BALANCE_TOLERANCE) * most;
    const gap = cationMax < least ? cationMax - least : cationMin > most ? cationMin - most : 0;
    result.push({ k, feasible, gap });
  }
  return result;
}

interface Assignment {
  readonly k: number;
  readonly states: number[];
  readonly residual: number;
}

/** The chemist's assignment on the best feasible split, or undefined if none is feasible. */
function feasibleAssignment(sites: readonly Site[], candidates: readonly Split[], mode: Mode): Assignment | undefined {
  let best: Assignment | undefined;
  let bestNominal = Infinity;
  for (const split of candidates) {
    if (!split.feasible) continue;
    // Several feasible splits are rare (C or N that could be either sign); prefer the one
    // whose reference states already come closest, which is the one a chemist would write.
    const nominal = nominalStates(sites, split.k, mode);
    const nominalResidual = Math.abs(totalCharge(sites, nominal));
    if (nominalResidual < bestNominal) {
      bestNominal = nominalResidual;
      best = settle(sites, split.k, mode, nominal);
    }
  }
  return best;
}

/** Each element at the state a chemist writes first: its reference cation state, or its most negative anion state. */
function nominalStates(sites: readonly Site[], k: number, mode: Mode): number[] {
  return sites.map((site, i) => {
    if (i < k) {
      const cation = site.ranges.cation!;
      return clamp(site.ranges.referenceCation ?? cation.lo, cation);
    }
    return anionRange(site.ranges, mode)!.lo;
  });
}

/**
 * Moves mixed-valence elements within their hulls until the charge is zero. Order: d/f-block
 * cations (the redox-active ones), the most abundant first, so NCM811's Ni takes up the
 * charge while Co stays +3 and Mn +4; then main-group cations; then anions, the polyanion
 * chalcogens last, so anion redox is used only as far as it must be. A start already within
 * the tolerance is kept as it is (Li0.33La0.56TiO3 stays La+3, Ti+4), and so is a rest
 * within the tolerance once an element has reached its bound.
 */
function settle(sites: readonly Site[], k: number, mode: Mode, states: number[]): Assignment {
  let residual = totalCharge(sites, states);
  if (Math.abs(residual) <= CHARGE_BALANCE_TOLERANCE * anionCharge(sites, k, states)) return { k, states, residual };
  for (const i of movingOrder(sites, k)) {
    if (residual === 0) break;
    const site = sites[i]!;
    const hull = i < k ? site.ranges.cation! : anionRange(site.ranges, mode)!;
    const room = residual < 0 ? (hull.hi - states[i]!) * site.amount : (states[i]! - hull.lo) * site.amount;
    const change = Math.min(room, Math.abs(residual));
    if (change <= 0) continue;
    const step = change / site.amount;
    states[i] = residual < 0 ? states[i]! + step : states[i]! - step;
    residual = residual < 0 ? residual + change : residual - change;
    if (Math.abs(residual) < 1e-9) residual = 0;
    // An element that moved to its bound may leave a rounding-sized rest: keep it rather
    // than nudge the next element off its integer state (Li1.13Ti0.57Fe0.3S2 keeps Ti+4).
    if (Math.abs(residual) <= CHARGE_BALANCE_TOLERANCE * anionCharge(sites, k, states)) break;
  }
  return { k, states, residual };
}

function movingOrder(sites: readonly Site[], k: number): number[] {
  const indices = sites.map((_, i) => i);
  const rank = (i: number): number => {
    if (i < k) return sites[i]!.ranges.isTransitionMetal ? 0 : 1;
    return sites[i]!.ranges.isChalcogen ? 3 : 2;
  };
  return indices.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      sites[b]!.amount - sites[a]!.amount ||
      sites[a]!.ranges.electronegativity - sites[b]!.ranges.electronegativity,
  );
}

// ---------------------------------------------------------------------------------------
// Results and explanations

function result(formula: Formula, sites: readonly Site[], assignment: Assignment): Pick<ChargeBalance, 'oxidationStates' | 'residual'> {
  return { oxidationStates: inFormulaOrder(formula, sites, assignment.states), residual: round(assignment.residual) };
}

function unbalanced(formula: Formula, sites: readonly Site[], candidates: readonly Split[]): ChargeBalance {
  let best: Split | undefined;
  for (const split of candidates) if (!best || Math.abs(split.gap) < Math.abs(best.gap)) best = split;
  if (!best) {
    const known = sites.map((site) => `${site.symbol} ${site.ranges.element.oxidationStates.map(formatCharge).join('/')}`).join('; ');
    return {
      status: 'unbalanced',
      explanation: `no split into cations and more electronegative anions exists with the known states (${known})`,
    };
  }
  const { k, gap } = best;
  const short = gap < 0;
  // Short of charge: cations at their highest, anions at their least negative; too much: the reverse.
  const states = sites.map((site, i) => {
    const hull = i < k ? site.ranges.cation! : site.ranges.anionRelaxed!;
    return short ? hull.hi : hull.lo;
  });
  const cationTotal = sites.slice(0, k).reduce((sum, site, i) => sum + site.amount * states[i]!, 0);
  const anionTotal = -sites.slice(k).reduce((sum, site, i) => sum + site.amount * states[k + i]!, 0);
  const cationList = sites
    .slice(0, k)
    .map((site, i) => `${site.symbol} ${formatCharge(states[i]!)}`)
    .join(', ');
  const anionList = sites
    .slice(k)
    .map((site, i) => `${site.amount === 1 ? '' : `${formatAmount(site.amount)} `}${site.symbol} at ${formatCharge(states[k + i]!)}`)
    .join(', ');
  const explanation = short
    ? `the cations reach at most +${formatAmount(cationTotal)} (${cationList}) but the anions need at least ${formatAmount(anionTotal)} (${anionList}): ${formatAmount(-gap)} short per formula unit`
    : `the cations carry at least +${formatAmount(cationTotal)} (${cationList}) but the anions take at most ${formatAmount(anionTotal)} (${anionList}): ${formatAmount(gap)} too much per formula unit`;
  return { status: 'unbalanced', oxidationStates: inFormulaOrder(formula, sites, states), residual: round(gap), explanation };
}

/** Whether every cation-former of the sites but `except` is a counter-cation of catenated or high-valent anions. */
function onlyCounterCations(sites: readonly Site[], except: (site: Site) => boolean): boolean {
  return sites.every((site) => except(site) || CATENATE_COUNTER_CATIONS.has(site.symbol));
}

/**
 * The sites with each catenating anion (O, S, Se, Te, N) allowed up to its longest chain's state
 * (CATENATED_ANIONS), when every other element is a counter-cation; else undefined.
 */
function withCatenatedAnions(sites: readonly Site[]): Site[] | undefined {
  if (!sites.some((site) => CATENATED_ANIONS[site.symbol]) || !onlyCounterCations(sites, (site) => CATENATED_ANIONS[site.symbol] !== undefined)) return undefined;
  return sites.map((site) => {
    const chain = CATENATED_ANIONS[site.symbol];
    if (!chain) return site;
    const lowest = site.ranges.anionRelaxed?.lo ?? -2;
    return { ...site, ranges: { ...site.ranges, anionRelaxed: { lo: lowest, hi: chain.highest }, isChalcogen: true } };
  });
}

/**
 * The sites with the high-valent states of HIGH_VALENT_STATES added, for an oxide whose other
 * cations are all counter-cations (at least one where the entry needs it); else undefined.
 */
function withHighValentStates(sites: readonly Site[]): Site[] | undefined {
  const entries = sites.map((site) => HIGH_VALENT_STATES.find((entry) => entry.symbol === site.symbol));
  if (!entries.some(Boolean) || !sites.some((site) => site.symbol === 'O')) return undefined;
  if (!onlyCounterCations(sites, (site) => site.symbol === 'O' || HIGH_VALENT_STATES.some((entry) => entry.symbol === site.symbol))) return undefined;
  const hasCounterCation = sites.some((site) => CATENATE_COUNTER_CATIONS.has(site.symbol));
  if (entries.some((entry) => entry?.needsCounterCation) && !hasCounterCation) return undefined;
  return sites.map((site, i) => {
    const entry = entries[i];
    if (!entry || !site.ranges.cation) return site;
    return { ...site, ranges: { ...site.ranges, cation: { lo: site.ranges.cation.lo, hi: Math.max(site.ranges.cation.hi, ...entry.states) } } };
  });
}

function highValentExplanation(sites: readonly Site[], states: readonly number[]): string {
  const raised = sites
    .map((site, i) => ({ site, state: states[i]!, entry: HIGH_VALENT_STATES.find((e) => e.symbol === site.symbol) }))
    .filter(({ site, state, entry }) => entry && state > Math.max(...site.ranges.element.oxidationStates));
  return raised.map(({ site, state, entry }) => `${site.symbol} ${formatCharge(state)}, a high-valent oxo-anion as in ${entry!.examples}`).join('; ');
}

function catenatedExplanation(sites: readonly Site[], states: readonly number[]): string {
  const parts = sites
    .map((site, i) => ({ site, state: states[i]!, chain: CATENATED_ANIONS[site.symbol] }))
    // The anions above their simple −2 (a peroxide's −1, an azide's −1/3): the catenated ones.
    .filter(({ state, chain }) => chain && state < 0 && state > -2 + 1e-9)
    .map(({ site, state, chain }) => {
      const named = chain!.chains.find((c) => Math.abs(c.state - state) < 0.005);
      return named ? `${site.symbol} ${formatCharge(state)}: ${article(named.name)} ${named.name}` : `${site.symbol} averages ${formatCharge(state)}: a catenated anion`;
    });
  return `${parts.join('; ')} (anionic redox: the anion carries the charge, not a cation)`;
}

function polyanionExplanation(sites: readonly Site[], states: readonly number[]): string {
  const raised = sites
    .map((site, i) => ({ site, state: states[i]! }))
    .filter(({ site, state }) => site.ranges.isChalcogen && state < 0 && state > site.ranges.anionRelaxed!.lo);
  const parts = raised.map(({ site, state }) => `${site.symbol} averages ${formatCharge(state)}`);
  return `${parts.join(', ')}: balanced only with the chalcogen partly at −1 (polyanion, anionic redox)`;
}

function inFormulaOrder(formula: Formula, sites: readonly Site[], states: readonly number[]): Record<string, number> {
  const bySymbol = new Map<string, number>();
  sites.forEach((site, i) => bySymbol.set(site.symbol, states[i]!));
  const ordered: Record<string, number> = {};
  for (const symbol of formula.elements.keys()) ordered[symbol] = round(bySymbol.get(symbol)!);
  return ordered;
}

// ---------------------------------------------------------------------------------------
// Per-element ranges (cached) and small helpers

const rangeCache = new Map<string, ElementRanges | null>();

function rangesOf(symbol: string): ElementRanges | undefined {
  let ranges = rangeCache.get(symbol);
  if (ranges === undefined) {
    const element = elementBySymbol(symbol);
    ranges = element ? buildRanges(element) : null;
    rangeCache.set(symbol, ranges);
  }
  return ranges ?? undefined;
}

function buildRanges(element: ElementData): ElementRanges {
  const states = element.oxidationStates;
  const positive = states.filter((s) => s > 0);
  const negative = states.filter((s) => s < 0);
  const isChalcogen = POLYANION_CHALCOGENS.has(element.symbol);
  const strictNegative = isChalcogen ? negative.filter((s) => s <= -2) : negative;
  return {
    element,
    electronegativity: element.paulingElectronegativity ?? Infinity,
    ...(positive.length ? { cation: hull(positive) } : {}),
    ...(element.referenceCationState !== undefined ? { referenceCation: element.referenceCationState } : {}),
    ...(strictNegative.length ? { anionStrict: hull(strictNegative) } : {}),
    ...(negative.length ? { anionRelaxed: hull(negative) } : {}),
    isChalcogen,
    isTransitionMetal: isDOrFBlock(element.z),
  };
}

/** Groups 3–12 and the lanthanides and actinides, by atomic number. */
export function isDOrFBlock(z: number): boolean {
  return (z >= 21 && z <= 30) || (z >= 39 && z <= 48) || (z >= 57 && z <= 80) || (z >= 89 && z <= 112);
}

function anionRange(ranges: ElementRanges, mode: Mode): Interval | undefined {
  return mode === 'strict' ? ranges.anionStrict : ranges.anionRelaxed;
}

function hull(states: readonly number[]): Interval {
  return { lo: Math.min(...states), hi: Math.max(...states) };
}

function clamp(value: number, interval: Interval): number {
  return Math.min(interval.hi, Math.max(interval.lo, value));
}

function totalCharge(sites: readonly Site[], states: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < sites.length; i++) total += sites[i]!.amount * states[i]!;
  return total;
}

function anionCharge(sites: readonly Site[], k: number, states: readonly number[]): number {
  let total = 0;
  for (let i = k; i < sites.length; i++) total -= sites[i]!.amount * states[i]!;
  return total;
}

function round(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return rounded === 0 ? 0 : rounded;
}


