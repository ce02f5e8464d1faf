/** A cell's design limits (compute/design.ts) as the report's plain data (docs/language.md §8). */
import type { CellHints } from '../compute';
import { cellDesignSpace, solveDesign, type DesignPoint, type DesignSettings } from '../compute/design';
import { round } from './round';
import type { DesignAtReport, DesignCurvePoint, DesignReport } from './types';

/** Points per sweep: enough for a smooth line in a 300-pixel chart. */
const CURVE_POINTS = 60;

export function designReport(hints: CellHints, settings: DesignSettings): DesignReport {
  const of = cellDesignSpace(hints, settings);
  if (of.value === null) {
    return {
      activeWt: null,
      maxActiveWt: null,
      limitedBy: null,
      maxLoading: null,
      maxThickness: null,
      loadingLimitedBy: null,
      atLimit: null,
      constraints: [],
      limitV: null,
      allActive: null,
      curves: { active: [], loading: [] },
      missing: of.missing,
    };
  }
  const design = solveDesign(of.value);
  const space = of.value.space;
  const limit = design.loadingLimit;
  const atMax = design.loadingLimitAtMaxActive?.point ?? design.maxActive;
  const allActive = space.allActive();
  return {
    activeWt: percent(design.current.activeWt),
    maxActiveWt: design.maxActive ? percent(design.maxActive.activeWt) : null,
    limitedBy: design.limitedBy,
    maxLoading: finite(limit?.loadingMgPerCm2),
    maxThickness: finite(limit?.thicknessUm),
    loadingLimitedBy: limit?.limitedBy ?? null,
    atLimit: atMax ? designAt(atMax) : null,
    constraints: design.constraints,
    limitV: design.constraints.includes('ionic-drop') ? settings.conductionLimit : null,
    allActive: allActive ? designAt(allActive) : null,
    // The current design is one of the points of each sweep, so a chart marks it exactly.
    curves: {
      active: withPoint(space.sweepActive(CURVE_POINTS), design.current, (p) => p.activeWt).map(curvePoint),
      loading: withPoint(space.sweepLoading(CURVE_POINTS), design.current, (p) => p.cell?.loadingMgPerCm2 ?? 0).map(curvePoint),
    },
    missing: design.missing,
  };
}

function withPoint(points: readonly DesignPoint[], point: DesignPoint, key: (p: DesignPoint) => number): DesignPoint[] {
  return points.length ? [...points, point].sort((a, b) => key(a) - key(b)) : [];
}

function designAt(point: DesignPoint): DesignAtReport {
  return {
    activeWt: percent(point.activeWt),
    loading: finite(point.cell?.loadingMgPerCm2),
    thickness: finite(point.cell?.thicknessUm),
    arealCapacity: finite(point.cell?.arealCapacityMAhPerCm2),
    specificEnergy: finite(point.cell?.specificEnergyWhPerKg),
    energyDensity: finite(point.cell?.energyDensityWhPerL),
  };
}

function curvePoint(point: DesignPoint): DesignCurvePoint {
  return {
    activeWt: percent(point.activeWt),
    loading: finite(point.cell?.loadingMgPerCm2),
    specificEnergy: finite(point.cell?.specificEnergyWhPerKg),
    ionicDrop: finite(point.cell?.drops.ionic),
    electronicDrop: finite(point.cell?.drops.electronic),
    feasible: point.fails === null,
  };
}

function percent(fraction: number): number {
  return round(fraction * 100);
}

/** JSON has no Infinity or NaN: a loss that cannot be finite is null (the chart leaves a gap). */
function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round(value);
}
