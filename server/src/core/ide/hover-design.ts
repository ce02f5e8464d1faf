/**
 * The "Design limits" section of a cell's or a composite's hover: how far the active share and
 * the loading can go (compute/design.ts), and what the cell holds there. The same numbers are in
 * `cellspec report` (report/design.ts) and the solve-for fixes (fixes/design-fixes.ts).
 */
import type { DocumentAnalysis } from '../analyze';
import { hintsOfCell } from '../compute';
import { cellDesignSpace, DESIGN_LIMIT_TEXT, solveDesign, type Design } from '../compute/design';
import { designOfComposite } from '../fixes/design-fixes';
import type { CellModel, CompositeModel } from '../model';
import { num } from './display';

export function cellDesignSection(analysis: DocumentAnalysis, cell: CellModel): string | undefined {
  const of = cellDesignSpace(hintsOfCell(analysis.hints, cell, analysis.settings), analysis.settings);
  return of.value === null ? undefined : section(solveDesign(of.value), analysis.settings.conductionLimit, undefined);
}

export function compositeDesignSection(analysis: DocumentAnalysis, composite: CompositeModel): string | undefined {
  const solved = designOfComposite(analysis, composite);
  return solved ? section(solved.design, analysis.settings.conductionLimit, solved.cell?.name) : undefined;
}

function section(design: Design, limitV: number, inCell: string | undefined): string {
  const lines: string[] = [];
  const now = `now ${num(design.current.activeWt * 100)} wt%`;
  const max = design.maxActive;
  if (!max) lines.push(`no active share works (${now})${design.limitedBy ? `: ${DESIGN_LIMIT_TEXT[design.limitedBy]}` : ''}`);
  else if (!design.limitedBy) lines.push(`active share up to 100 wt% (${now}): it conducts both ions and electrons — an all-active (AEA) cathode`);
  else lines.push(`active share up to ${num(max.activeWt * 100)} wt% (${now}); above it ${DESIGN_LIMIT_TEXT[design.limitedBy]}`);
  const loading = design.loadingLimit;
  if (loading?.loadingMgPerCm2 && loading.thicknessUm && loading.limitedBy) {
    lines.push(`loading up to ${num(loading.loadingMgPerCm2)} mg/cm² (${num(loading.thicknessUm)} µm) at this recipe; above it ${DESIGN_LIMIT_TEXT[loading.limitedBy]} (${num(limitV)} V)`);
  }
  const atLimit = design.loadingLimitAtMaxActive?.point?.cell;
  if (max && atLimit) {
    const energy = atLimit.specificEnergyWhPerKg === null ? '' : ` · ${num(atLimit.specificEnergyWhPerKg)} Wh/kg`;
    const density = atLimit.energyDensityWhPerL === null ? '' : ` · ${num(atLimit.energyDensityWhPerL)} Wh/L`;
    lines.push(`at both limits (${num(max.activeWt * 100)} wt%, ${num(atLimit.loadingMgPerCm2)} mg/cm²): ${num(atLimit.arealCapacityMAhPerCm2)} mAh/cm²${energy}${density}`);
  }
  if (design.missing.length) lines.push(`only percolation weighed: ${design.missing.join('; ')}`);
  const heading = `**Design limits**${inCell ? ` (in \`${inCell}\`)` : ''}`;
  return `${heading}\n${lines.map((line) => `- ${line}`).join('\n')}`;
}
