/**
 * Design limits (docs/computations.md §4): how far the active material's share of a cathode
 * composite can rise before dual conduction fails — the review's second design principle, up to
 * the all-electrochemically-active electrode of its Fig. 3e — and how thick the cathode can be
 * at a composition before its voltage losses pass `conductionLimit`.
 *
 * The active fraction a is the active materials' share of the composite's solid mass. Moving it
 * scales the active materials together (their ratio kept) and every other component by the same
 * factor (1 − a)/(1 − a₀), so a 75:22:3 NCM/electrolyte/carbon recipe becomes 80:17.6:2.4.
 * In a cell, what the cathode layer declares stays fixed: its loading (mg/cm2) when it gives one,
 * else its thickness. The rate stays as declared: at `rate 1 C` the current follows the capacity.
 *
 * A design is feasible when both phases percolate and, in a cell with a rate, both voltage losses
 * are at most `conductionLimit`. The limit is the largest feasible active fraction, found on a
 * grid over (0, 1] and then by bisection against the first infeasible point above it. It is the
 * largest anywhere, not only the nearest: a material that conducts both ions and electrons
 * reaches 100 % (the AEA cathode) even when the composites in between do not work.
 */
import type { CellspecSettings } from '../settings';
import type { CellHints } from './cell';
import { computeMixture, type CompositeHints, type Mixture, type Phase } from './composite';
import { isKnown, missingOf, type Computed } from './computed';
import { arealCapacity, energyDensity, loadingFromThickness, specificEnergy, thicknessFromLoading, voltageDrop } from './stack';

export type DesignLimit = 'ionic-percolation' | 'electronic-percolation' | 'ionic-drop' | 'electronic-drop';

/** The order in which limits are named when several fail at once: no path at all before a costly one. */
export const DESIGN_LIMITS: readonly DesignLimit[] = ['ionic-percolation', 'electronic-percolation', 'ionic-drop', 'electronic-drop'];

/** How each limit reads in a hover, a fix title and the report. */
export const DESIGN_LIMIT_TEXT: Readonly<Record<DesignLimit, string>> = {
  'ionic-percolation': 'ions stop percolating',
  'electronic-percolation': 'electrons stop percolating',
  'ionic-drop': 'the ionic loss reaches the limit',
  'electronic-drop': 'the electronic loss reaches the limit',
};

/** What a design at a limit still keeps: "the most that keeps ions percolating". */
export const DESIGN_LIMIT_KEEPS: Readonly<Record<DesignLimit, string>> = {
  'ionic-percolation': 'keeps ions percolating',
  'electronic-percolation': 'keeps electrons percolating',
  'ionic-drop': 'keeps the ionic loss',
  'electronic-drop': 'keeps the electronic loss',
};

export type DesignSettings = Pick<CellspecSettings, 'percolationThreshold' | 'conductionLimit'>;

/** One evaluated design: a composition and, in a cell, a cathode loading. */
export interface DesignPoint {
  /** Active materials' share of the composite's solid mass, 0–1. */
  readonly activeWt: number;
  /** Every component's share of the solid mass, in the composite's order. */
  readonly massFractions: readonly number[];
  readonly composite: CompositeHints;
  readonly percolates: Readonly<Record<Phase, boolean>>;
  /** In a cell whose stack can be computed: the cathode layer and the stack at this design. */
  readonly cell?: CellPoint;
  /** The first limit this design breaks (in DESIGN_LIMITS order), or null when it is feasible. */
  readonly fails: DesignLimit | null;
}

export interface CellPoint {
  readonly loadingMgPerCm2: number;
  readonly thicknessUm: number;
  readonly arealCapacityMAhPerCm2: number;
  readonly currentDensityMAPerCm2: number;
  /** V; Infinity when the phase does not percolate. */
  readonly drops: Readonly<Record<Phase, number>>;
  /** null when the stack's other layers or the cell voltage are not known. */
  readonly specificEnergyWhPerKg: number | null;
  readonly energyDensityWhPerL: number | null;
}

/** The largest loading at one composition before a voltage loss reaches the limit. */
export interface LoadingLimit {
  /** null when nothing limits it (no current) or the composition does not conduct at all. */
  readonly loadingMgPerCm2: number | null;
  readonly thicknessUm: number | null;
  readonly limitedBy: DesignLimit | null;
  /** The design at that loading. */
  readonly point: DesignPoint | null;
}

export interface Design {
  /** Which limits were considered: percolation always, the losses only in a cell with a rate. */
  readonly constraints: readonly DesignLimit[];
  /** What to declare so that the losses (or anything at all) can be considered. */
  readonly missing: readonly string[];
  readonly current: DesignPoint;
  /** null when no active fraction is feasible, or the composite has nothing to trade. */
  readonly maxActive: DesignPoint | null;
  /** The limit that binds just above maxActive; null at 100 % or when nothing is feasible. */
  readonly limitedBy: DesignLimit | null;
  /** At the current composition (cells only). */
  readonly loadingLimit: LoadingLimit | null;
  /** At the largest active fraction: how thick it may then be (cells only). */
  readonly loadingLimitAtMaxActive: LoadingLimit | null;
}

/** What a design needs beyond the composite: the cell around the cathode. */
interface CellContext {
  /** What the layer declares stays fixed as the composition moves (both given: both scale together). */
  readonly loadingMgPerCm2: number | undefined;
  readonly thicknessUm: number | undefined;
  readonly rate: { readonly value: number; readonly unit: 'C' | 'mA/cm2' };
  readonly limitV: number;
  /** Σ of the other layers, or null when one is not known (energies then stay null). */
  readonly otherMassMgPerCm2: number | null;
  readonly otherThicknessUm: number | null;
  readonly cellVoltageV: number | null;
}

/** Grid points over (0, 1] before bisection; the bisection then pins the limit to ~1e-9. */
const GRID_STEPS = 50;
const BISECTION_STEPS = 20;

/** A design space: the composite's recipe, and the cell around it when there is one. */
export class DesignSpace {
  private readonly activeShare: number;

  constructor(
    private readonly base: CompositeHints,
    private readonly baseMass: readonly number[],
    private readonly settings: DesignSettings,
    private readonly cell: CellContext | undefined,
  ) {
    this.activeShare = base.components.reduce((sum, c, i) => sum + (c.active ? baseMass[i]! : 0), 0);
  }

  /** Which components are active (their share moves with a; the others share the rest). */
  get activeFlags(): readonly boolean[] {
    return this.base.components.map((c) => c.active);
  }

  get currentActive(): number {
    return this.activeShare;
  }

  /** Whether anything can be traded: some active material, and something else to trade it for. */
  get adjustable(): boolean {
    return this.activeShare > 0 && this.activeShare < 1;
  }

  massFractionsAt(activeWt: number): number[] {
    const a0 = this.activeShare;
    return this.base.components.map((c, i) => (c.active ? (this.baseMass[i]! * activeWt) / a0 : (this.baseMass[i]! * (1 - activeWt)) / (1 - a0)));
  }

  /** The design at an active fraction and, in a cell, the held loading or thickness × scale. */
  at(activeWt: number, scale = 1): DesignPoint {
    return this.evaluate(activeWt === this.activeShare ? [...this.baseMass] : this.massFractionsAt(activeWt), scale);
  }

  /** The design at given mass fractions (a rounded recipe, say) and scale. */
  evaluate(massFractions: readonly number[], scale = 1): DesignPoint {
    const activeWt = this.base.components.reduce((sum, c, i) => sum + (c.active ? massFractions[i]! : 0), 0);
    const mixture: Mixture = {
      name: this.base.name,
      parts: this.base.components.map((c, i) => ({ name: c.name, ...(c.material ? { material: c.material } : {}), fraction: { value: massFractions[i]!, basis: 'wt' as const } })),
      ...(this.base.porosityDeclared ? { porosity: this.base.porosity } : {}),
      ...(this.base.singleMaterial ? { singleMaterial: true } : {}),
    };
    const composite = computeMixture(mixture, this.settings);
    const percolates = { ionic: percolatesIn(composite, 'ionic'), electronic: percolatesIn(composite, 'electronic') };
    const cell = this.cell ? this.cellPoint(composite, scale, this.cell) : undefined;
    return { activeWt, massFractions, composite, percolates, ...(cell ? { cell } : {}), fails: firstFailure(percolates, cell, this.cell?.limitV) };
  }

  private cellPoint(composite: CompositeHints, scale: number, cell: CellContext): CellPoint | undefined {
    const rho = composite.solidDensityGPerCm3;
    const q = composite.specificCapacityMAhPerG;
    if (!isKnown(rho) || !isKnown(q)) return undefined;
    const density = rho.value * (1 - composite.porosity);
    const loading = cell.loadingMgPerCm2 !== undefined ? cell.loadingMgPerCm2 * scale : loadingFromThickness(cell.thicknessUm! * scale, density);
    const thickness = cell.thicknessUm !== undefined ? cell.thicknessUm * scale : thicknessFromLoading(loading, density);
    const capacity = arealCapacity(loading, q.value);
    const current = cell.rate.unit === 'C' ? capacity * cell.rate.value : cell.rate.value;
    const sigma = (phase: Phase): number => {
      const s = composite[phase].effectiveConductivity;
      return isKnown(s) ? s.value.representative : Number.NaN;
    };
    const drops = { ionic: voltageDrop(current, thickness, sigma('ionic')), electronic: voltageDrop(current, thickness, sigma('electronic')) };
    const energy = cell.cellVoltageV === null ? null : capacity * cell.cellVoltageV;
    return {
      loadingMgPerCm2: loading,
      thicknessUm: thickness,
      arealCapacityMAhPerCm2: capacity,
      currentDensityMAPerCm2: current,
      drops,
      specificEnergyWhPerKg: energy === null || cell.otherMassMgPerCm2 === null ? null : specificEnergy(energy, loading + cell.otherMassMgPerCm2),
      energyDensityWhPerL: energy === null || cell.otherThicknessUm === null ? null : energyDensity(energy, thickness + cell.otherThicknessUm),
    };
  }

  /** Points along the active fraction (at the held loading), for the report's design-space chart. */
  sweepActive(steps = 60): DesignPoint[] {
    return this.adjustable ? Array.from({ length: steps }, (_, k) => this.at((k + 1) / steps)) : [];
  }

  /** Points along the loading, 0.1–3 × the held one, at the current composition (cells only). */
  sweepLoading(steps = 60): DesignPoint[] {
    return this.cell ? Array.from({ length: steps }, (_, k) => this.at(this.activeShare, 0.1 + (2.9 * k) / (steps - 1))) : [];
  }

  /**
   * The same stack with its cathode made of the active materials alone, at the same areal
   * capacity: the all-electrochemically-active (AEA) configuration the review compares in its
   * Fig. 3e (cells only). Whether the active material could carry both currents alone is a
   * separate question (the limits above); this is what the stack would weigh and measure.
   */
  allActive(): DesignPoint | undefined {
    if (!this.cell) return undefined;
    const now = this.at(this.activeShare).cell;
    const pure = this.at(1).cell;
    if (!now || !pure || !(pure.arealCapacityMAhPerCm2 > 0)) return undefined;
    return this.at(1, now.arealCapacityMAhPerCm2 / pure.arealCapacityMAhPerCm2);
  }

  /** The largest feasible active fraction and the limit that binds above it. */
  maxActive(): { point: DesignPoint | null; limitedBy: DesignLimit | null } {
    if (!this.adjustable) {
      const only = this.at(this.activeShare);
      return only.fails === null ? { point: only, limitedBy: null } : { point: null, limitedBy: only.fails };
    }
    const grid = new Set<number>([this.activeShare]);
    for (let k = 1; k <= GRID_STEPS; k++) grid.add(k / GRID_STEPS);
    const points = [...grid].sort((a, b) => a - b).map((a) => this.at(a));
    let bestIndex = -1;
    for (let i = points.length - 1; i >= 0; i--) {
      if (points[i]!.fails === null) {
        bestIndex = i;
        break;
      }
    }
    // Nothing feasible: the limit named is the one at the current share (the grid holds it).
    if (bestIndex < 0) return { point: null, limitedBy: points.find((p) => p.activeWt >= this.activeShare)!.fails };
    let feasible = points[bestIndex]!;
    const above = points[bestIndex + 1];
    if (!above) return { point: feasible, limitedBy: null };
    let infeasible = above;
    for (let step = 0; step < BISECTION_STEPS; step++) {
      const middle = this.at((feasible.activeWt + infeasible.activeWt) / 2);
      if (middle.fails === null) feasible = middle;
      else infeasible = middle;
    }
    return { point: feasible, limitedBy: infeasible.fails };
  }

  /**
   * The largest loading (or thickness) at an active fraction before a loss reaches the limit.
   * At a fixed composition ΔV grows as the loading squared at a C-rate (current and path both
   * grow) and linearly at a fixed mA/cm2, so the scale is (limit/ΔV)^(1/2) or limit/ΔV.
   */
  loadingLimit(activeWt: number): LoadingLimit | null {
    const cell = this.cell;
    if (!cell) return null;
    const point = this.at(activeWt);
    if (!point.cell) return null;
    if (!point.percolates.ionic || !point.percolates.electronic) {
      return { loadingMgPerCm2: null, thicknessUm: null, limitedBy: point.percolates.ionic ? 'electronic-percolation' : 'ionic-percolation', point: null };
    }
    const exponent = cell.rate.unit === 'C' ? 2 : 1;
    let scale = Infinity;
    let limitedBy: DesignLimit | null = null;
    for (const phase of ['ionic', 'electronic'] as const) {
      const drop = point.cell.drops[phase];
      if (!(drop > 0)) continue;
      const s = (cell.limitV / drop) ** (1 / exponent);
      if (s < scale) {
        scale = s;
        limitedBy = phase === 'ionic' ? 'ionic-drop' : 'electronic-drop';
      }
    }
    if (!Number.isFinite(scale)) return { loadingMgPerCm2: null, thicknessUm: null, limitedBy: null, point: null };
    const atLimit = this.at(activeWt, scale);
    return { loadingMgPerCm2: atLimit.cell!.loadingMgPerCm2, thicknessUm: atLimit.cell!.thicknessUm, limitedBy, point: atLimit };
  }
}

function percolatesIn(composite: CompositeHints, phase: Phase): boolean {
  const percolation = composite[phase].percolation;
  return isKnown(percolation) && percolation.value.percolates;
}

function firstFailure(percolates: Record<Phase, boolean>, cell: CellPoint | undefined, limitV: number | undefined): DesignLimit | null {
  if (!percolates.ionic) return 'ionic-percolation';
  if (!percolates.electronic) return 'electronic-percolation';
  if (cell && limitV !== undefined) {
    // A σ_eff that cannot be computed (a conductor by role without its number) gives an infinite
    // loss (voltageDrop of NaN), which fails: a limit that cannot be checked is not met.
    if (!(cell.drops.ionic <= limitV)) return 'ionic-drop';
    if (!(cell.drops.electronic <= limitV)) return 'electronic-drop';
  }
  return null;
}

/** A design space and which limits it can weigh. */
export interface DesignSpaceOf {
  readonly space: DesignSpace;
  /** Which limits were considered: percolation always, the losses only in a cell with a rate. */
  readonly constraints: readonly DesignLimit[];
  /** What to declare so that the losses can be considered too. */
  readonly missing: readonly string[];
}

const PERCOLATION_ONLY: readonly DesignLimit[] = ['ionic-percolation', 'electronic-percolation'];

/** The composite alone: only percolation limits it. */
export function compositeDesignSpace(composite: CompositeHints, settings: DesignSettings): Computed<DesignSpaceOf> {
  const space = spaceOf(composite, settings, undefined);
  return space.ok ? { value: { space: space.space, constraints: PERCOLATION_ONLY, missing: [] } } : { value: null, missing: space.missing };
}

/**
 * A cell's cathode: percolation, and at the cell's rate both voltage losses. Without a rate (or
 * a loading, or densities) only percolation is considered and `missing` says what would add the
 * losses.
 */
export function cellDesignSpace(cell: CellHints, settings: DesignSettings): Computed<DesignSpaceOf> {
  const cathode = cell.cathode;
  const composite = cathode?.composition;
  if (!cathode || !composite) return { value: null, missing: cathode ? [`resolve the cathode \`${cathode.name}\``] : [`add a \`cathode\` layer to \`${cell.name}\``] };
  const context = cellContext(cell, settings);
  const space = spaceOf(composite, settings, context.ok ? context.context : undefined);
  if (!space.ok) return { value: null, missing: space.missing };
  return { value: { space: space.space, constraints: context.ok ? DESIGN_LIMITS : PERCOLATION_ONLY, missing: context.ok ? [] : context.missing } };
}

export function compositeDesign(composite: CompositeHints, settings: DesignSettings): Computed<Design> {
  const space = compositeDesignSpace(composite, settings);
  return space.value === null ? space : { value: solveDesign(space.value) };
}

export function cellDesign(cell: CellHints, settings: DesignSettings): Computed<Design> {
  const space = cellDesignSpace(cell, settings);
  return space.value === null ? space : { value: solveDesign(space.value) };
}

/** The limits of a design space (percolation, and the losses when it can weigh them). */
export function solveDesign({ space, constraints, missing }: DesignSpaceOf): Design {
  const current = space.at(space.currentActive);
  const max = space.maxActive();
  return {
    constraints,
    missing,
    current,
    maxActive: max.point,
    limitedBy: max.limitedBy,
    loadingLimit: space.loadingLimit(space.currentActive),
    loadingLimitAtMaxActive: max.point ? space.loadingLimit(max.point.activeWt) : null,
  };
}

type Outcome<T> = ({ ok: true } & T) | { ok: false; missing: string[] };

function spaceOf(composite: CompositeHints, settings: DesignSettings, cell: CellContext | undefined): Outcome<{ space: DesignSpace }> {
  const reasons = missingOf(...composite.components.map((c) => c.massFraction), ...composite.components.map((c) => c.solidVolumeFraction));
  if (reasons.length) return { ok: false, missing: reasons };
  if (!composite.components.some((c) => c.active)) return { ok: false, missing: [`no component of \`${composite.name}\` has \`role cathode\`; declare the active material's role`] };
  const mass = composite.components.map((c) => c.massFraction.value as number);
  return { ok: true, space: new DesignSpace(composite, mass, settings, cell) };
}

function cellContext(cell: CellHints, settings: DesignSettings): Outcome<{ context: CellContext }> {
  const reasons: string[] = [];
  const rate = cell.cell.rate;
  if (!rate) reasons.push(`declare the \`rate\` of \`${cell.name}\` to include the voltage losses`);
  const layer = cell.cathode!.layer;
  const loading = layer.loadingMgPerCm2;
  const thickness = layer.thicknessUm;
  const held = loading !== undefined || thickness !== undefined;
  if (!held) reasons.push(`give the cathode \`${cell.cathode!.name}\` a \`loading\` (mg/cm2) or a \`thickness\` (um)`);
  reasons.push(...missingOf(cell.cathode!.densityGPerCm3, cell.cathode!.composition?.specificCapacityMAhPerG));
  if (reasons.length || !rate || !held) return { ok: false, missing: [...new Set(reasons)] };
  const others = cell.layers.filter((l) => l !== cell.cathode);
  const sum = (values: readonly Computed<number>[]): number | null => (values.every(isKnown) ? values.reduce((s, v) => s + (v.value as number), 0) : null);
  return {
    ok: true,
    context: {
      loadingMgPerCm2: loading,
      thicknessUm: thickness,
      rate,
      limitV: settings.conductionLimit,
      otherMassMgPerCm2: sum(others.map((l) => l.arealMassMgPerCm2)),
      otherThicknessUm: sum(others.map((l) => l.thicknessUm)),
      cellVoltageV: isKnown(cell.cellVoltageV) ? cell.cellVoltageV.value : null,
    },
  };
}
