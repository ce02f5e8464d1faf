/**
 * Solve-for fixes (docs/language.md §4): the design solver's limits (compute/design.ts) written
 * back into the file as a recipe or a loading a user could have typed — rounded so that, applied,
 * the design is still on the working side of the limit (each is re-checked after rounding).
 */
import type { Span } from '../../../../grammar/ast';
import type { TextEdit } from '../api';
import { hintsOfCell, hintsOfComposite, type ProgramHints } from '../compute';
import {
  cellDesignSpace,
  compositeDesignSpace,
  DESIGN_LIMIT_KEEPS,
  DESIGN_LIMIT_TEXT,
  solveDesign,
  type Design,
  type DesignLimit,
  type DesignPoint,
  type DesignSettings,
  type DesignSpace,
  type DesignSpaceOf,
  type LoadingLimit,
} from '../compute/design';
import { solidFractions } from '../compute/fractions';
import type { CellModel, CompositeModel, FractionBasis, LayerModel, Program } from '../model';
import { formatSig } from '../text/numbers';

export interface TitledFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** What the fixes read: the document's models and hints, and the settings. */
export interface DesignInputs {
  readonly program: Program;
  readonly hints: ProgramHints;
  readonly settings: DesignSettings;
}

/**
 * The design of a composite as the document uses it: the strictest of the cells that take it as
 * their cathode (percolation and their losses), or, in none, the composite's own (percolation).
 */
export function designOfComposite(inputs: DesignInputs, composite: CompositeModel): { of: DesignSpaceOf; design: Design; cell?: CellModel } | undefined {
  let best: { of: DesignSpaceOf; design: Design; cell?: CellModel } | undefined;
  for (const cell of inputs.program.cells) {
    const cathode = cell.layers.find((layer) => layer.role === 'cathode');
    // A cell may use the composite read for its own ion (a copy, model/ion.ts): the same declaration.
    if (cathode?.target?.kind !== 'composite' || cathode.target.decl !== composite.decl) continue;
    const of = cellDesignSpace(hintsOfCell(inputs.hints, cell, inputs.settings), inputs.settings);
    if (of.value === null) continue;
    const design = solveDesign(of.value);
    if (!best || (design.maxActive?.activeWt ?? -1) < (best.design.maxActive?.activeWt ?? -1)) best = { of: of.value, design, cell };
  }
  if (best) return best;
  const of = compositeDesignSpace(hintsOfComposite(inputs.hints, composite, inputs.settings), inputs.settings);
  return of.value === null ? undefined : { of: of.value, design: solveDesign(of.value) };
}

/** `conduction/percolation` on a composite: the recipe at the largest active share that works. */
export function percolationFixes(inputs: DesignInputs, compositeName: string): TitledFix[] {
  const composite = inputs.program.composites.find((c) => c.name === compositeName);
  if (!composite) return [];
  const solved = designOfComposite(inputs, composite);
  const max = solved?.design.maxActive;
  if (!solved || !max || !solved.design.limitedBy) return [];
  const fix = recipeFix(solved.of.space, composite, max, 'Set', keepsReason(solved.design.limitedBy, inputs.settings.conductionLimit, solved.cell));
  return fix ? [fix] : [];
}

/** `conduction/limited` on a cell: a thinner cathode at its recipe, or its recipe at its loading. */
export function limitedFixes(inputs: DesignInputs, cellName: string): TitledFix[] {
  const cell = inputs.program.cells.find((c) => c.name === cellName);
  const layer = cell?.layers.find((l) => l.role === 'cathode');
  if (!cell || !layer) return [];
  const of = cellDesignSpace(hintsOfCell(inputs.hints, cell, inputs.settings), inputs.settings);
  if (of.value === null || !of.value.constraints.includes('ionic-drop')) return [];
  const design = solveDesign(of.value);
  const fixes: TitledFix[] = [];
  const thinner = design.loadingLimit ? loadingFix(layer, design.loadingLimit, inputs.settings.conductionLimit, cell) : undefined;
  if (thinner) fixes.push(thinner);
  const max = design.maxActive;
  if (layer.target?.kind === 'composite' && max && design.limitedBy && max.activeWt < design.current.activeWt) {
    const recipe = recipeFix(of.value.space, layer.target, max, 'Set', keepsReason(design.limitedBy, inputs.settings.conductionLimit, cell));
    if (recipe) fixes.push(recipe);
  }
  return fixes;
}

/**
 * Code actions without a diagnostic (information level): on a composite that works, how far its
 * active share could rise — "Raise NCM811 to 83.9 wt% (limit: ions stop percolating)".
 */
export function headroomActions(inputs: DesignInputs, span: Span): TitledFix[] {
  const actions: TitledFix[] = [];
  for (const composite of inputs.program.composites) {
    const decl = composite.decl.span;
    if (decl.end < span.start || decl.start > span.end) continue;
    const solved = designOfComposite(inputs, composite);
    const max = solved?.design.maxActive;
    if (!solved || !max || solved.design.current.fails !== null) continue;
    if (max.activeWt < solved.design.current.activeWt + 1 / TENTHS) continue;
    const fix = recipeFix(solved.of.space, composite, max, 'Raise', limitReason(solved.design.limitedBy));
    if (fix) actions.push(fix);
  }
  return actions;
}

/** Recipes are written to a tenth of a percent, the way people write them. */
const TENTHS = 1000;
/** How far (as an active share) a rounded recipe may step back to stay feasible, in 0.1 % steps. */
const MAX_STEPS_BACK = 30;

/**
 * The composite's recipe at (just under) a design's active fraction, in the composite's own
 * basis (wt% or vol%; a mixed composite is rewritten in wt%), summing to exactly 100 %.
 * undefined when no rounding of it is feasible or the composite's lines cannot be edited.
 */
export function recipeFix(space: DesignSpace, composite: CompositeModel, target: DesignPoint, verb: 'Set' | 'Raise', reason: string): TitledFix | undefined {
  const fractions = composite.components.map((c) => c.syntax.fraction);
  if (fractions.some((f) => f === undefined) || composite.components.some((c) => !c.material || !c.fraction)) return undefined;
  const bases = new Set(composite.components.map((c) => c.fraction!.basis));
  const basis: FractionBasis = bases.size === 1 ? composite.components[0]!.fraction!.basis : 'wt';
  const densities = composite.components.map((c) => c.material!.density?.value);
  if (basis === 'vol' && densities.some((d) => d === undefined)) return undefined;
  const active = space.activeFlags;

  for (let step = 0; step <= MAX_STEPS_BACK; step++) {
    const activeWt = target.activeWt - step / TENTHS;
    if (activeWt <= 0) return undefined;
    const mass = step === 0 ? target.massFractions : space.massFractionsAt(activeWt);
    const tenths = roundedRecipe(toBasis(mass, basis, densities), active);
    if (!tenths) continue;
    const rounded = fromBasis(tenths.map((t) => t / TENTHS), basis, densities);
    if (!rounded || space.evaluate(rounded).fails !== null) continue;
    const edits: TextEdit[] = composite.components.map((_, i) => {
      const quantity = fractions[i]!;
      const number = formatTenths(tenths[i]!);
      // Same basis: only the number changes; a mixed composite gets its units rewritten too.
      return bases.size === 1 ? { span: quantity.numberSpan, newText: number } : { span: quantity.span, newText: `${number} wt%` };
    });
    const activeNames = composite.components.filter((_, i) => active[i]).map((c) => c.syntax.material.text);
    const activeTenths = tenths.reduce((sum, t, i) => sum + (active[i] ? t : 0), 0);
    const subject = activeNames.length === 1 ? activeNames[0]! : `the active materials (${activeNames.join(', ')})`;
    return { title: `${verb} ${subject} to ${formatTenths(activeTenths)} ${basis}% (${reason})`, edits };
  }
  return undefined;
}

/** "the most that keeps ions percolating", "the most that keeps the ionic loss within 0.1 V at 1 C". */
export function keepsReason(limit: DesignLimit, limitV: number, cell: CellModel | undefined): string {
  return `the most that ${DESIGN_LIMIT_KEEPS[limit]}${isDrop(limit) ? ` within ${formatSig(limitV)} V${rateText(cell)}` : ''}`;
}

/** "limit: ions stop percolating". */
export function limitReason(limit: DesignLimit | null): string {
  return limit ? `limit: ${DESIGN_LIMIT_TEXT[limit]}` : 'every share works';
}

/**
 * The cathode layer's loading (or thickness) cut to the largest that keeps both losses within
 * the limit at its recipe, rounded down to three significant digits. A layer that gives both
 * gets both scaled.
 */
export function loadingFix(layer: LayerModel, limit: LoadingLimit, limitV: number, cell: CellModel): TitledFix | undefined {
  if (limit.loadingMgPerCm2 === null || limit.thicknessUm === null || !limit.limitedBy) return undefined;
  const loading = quantityOf(layer, 'loading');
  const thickness = quantityOf(layer, 'thickness');
  const declared = loading ?? thickness;
  if (!declared) return undefined;
  const current = loading ? layer.loadingMgPerCm2! : layer.thicknessUm!;
  const target = floorSig(loading ? limit.loadingMgPerCm2 : limit.thicknessUm);
  if (!(target > 0) || target >= current) return undefined;
  const scale = target / current;
  const edits: TextEdit[] = [];
  if (loading) edits.push({ span: loading, newText: `${formatSig(target)} mg/cm2` });
  if (thickness) edits.push({ span: thickness, newText: `${formatSig(loading ? floorSig(layer.thicknessUm! * scale) : target)} um` });
  const what = loading ? `the loading to ${formatSig(target)} mg/cm2` : `the thickness to ${formatSig(target)} um`;
  return { title: `Reduce ${what} (${keepsReason(limit.limitedBy, limitV, cell).replace('the most that ', '')})`, edits };
}

function isDrop(limit: DesignLimit): boolean {
  return limit === 'ionic-drop' || limit === 'electronic-drop';
}

function rateText(cell: CellModel | undefined): string {
  return cell?.rate ? ` at ${formatSig(cell.rate.value)} ${cell.rate.unit}` : '';
}

function quantityOf(layer: LayerModel, key: 'loading' | 'thickness'): Span | undefined {
  const property = layer.syntax.attributes.find((p) => p.key.text === key);
  return property?.value?.kind === 'quantity' ? property.value.span : undefined;
}

/** Rounded down to three significant digits, so that a limit is never overshot by rounding. */
function floorSig(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return Number.NaN;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 2);
  return Math.floor(value / magnitude + 1e-9) * magnitude;
}

/** Tenths of a percent: active parts rounded down, the rest to nearest, the largest other part absorbing the remainder. */
function roundedRecipe(fractions: readonly number[], active: readonly boolean[]): number[] | undefined {
  const tenths = fractions.map((f, i) => (active[i] ? Math.floor(f * TENTHS + 1e-9) : Math.round(f * TENTHS)));
  const others = tenths.map((_, i) => i).filter((i) => !active[i]);
  if (others.length === 0) return undefined;
  const largest = others.reduce((best, i) => (tenths[i]! > tenths[best]! ? i : best), others[0]!);
  tenths[largest] = tenths[largest]! + TENTHS - tenths.reduce((a, b) => a + b, 0);
  return tenths[largest]! >= 0 ? tenths : undefined;
}

function toBasis(mass: readonly number[], basis: FractionBasis, densities: readonly (number | undefined)[]): number[] {
  if (basis === 'wt') return [...mass];
  const converted = solidFractions(mass.map((value, i) => ({ basis: 'wt' as const, value, density: densities[i]! })));
  return converted ? [...converted.volume] : [...mass];
}

function fromBasis(fractions: readonly number[], basis: FractionBasis, densities: readonly (number | undefined)[]): number[] | undefined {
  if (basis === 'wt') return [...fractions];
  const converted = solidFractions(fractions.map((value, i) => ({ basis: 'vol' as const, value, density: densities[i]! })));
  return converted ? [...converted.mass] : undefined;
}

function formatTenths(tenths: number): string {
  return String(tenths / 10);
}
