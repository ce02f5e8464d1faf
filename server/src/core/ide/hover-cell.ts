/**
 * The hover of a cell: the stack as a reviewer tabulates it (every layer's thickness and areal
 * mass, anode side first), then the areal capacity, the energy per mass and per volume of the
 * whole stack (collectors included), and the voltage lost across the cathode at the cell's rate.
 */
import { cutoffVsMetal } from '../model/cell-potentials';
import { ionWords } from '../chemistry/ions';
import type { DocumentAnalysis } from '../analyze';
import { hintsOfCell, isKnown, type CellHints, type Computed, type VoltageDrop } from '../compute';
import { missingOf } from '../compute/computed';
import type { CellModel } from '../model';
import { missingBlock, num, table } from './display';
import { cellDesignSection } from './hover-design';
import { originText } from './provenance';

export function cellHover(analysis: DocumentAnalysis, cell: CellModel): string {
  const hints = hintsOfCell(analysis.hints, cell, analysis.settings);
  const sections = [`**${cell.name || 'cell'}** · cell · ${ionLine(cell)} — ${originText(analysis, cell)}`];
  if (hints.layers.length) {
    const rows = hints.layers.map((layer) => [layer.role, layer.name || '?', value(layer.thicknessUm, 'µm'), value(layer.arealMassMgPerCm2, 'mg/cm²')]);
    rows.push(['stack', '', value(hints.totalThicknessUm, 'µm'), value(hints.totalArealMassMgPerCm2, 'mg/cm²')]);
    sections.push(table(['layer', 'material', 'thickness', 'areal mass'], rows));
  }
  sections.push(`**Computed**\n${computedLines(analysis, hints).map((line) => `- ${line}`).join('\n')}`);
  const design = cellDesignSection(analysis, cell);
  if (design) sections.push(design);
  const missing = missingBlock(
    missingOf(
      hints.arealCapacityMAhPerCm2,
      hints.cathodeThicknessUm,
      hints.capacityRatio,
      hints.cellVoltageV,
      hints.specificEnergyWhPerKg,
      hints.energyDensityWhPerL,
      hints.ionicDrop,
      hints.electronicDrop,
    ),
  );
  if (missing) sections.push(missing);
  return sections.join('\n\n');
}

/** `sodium (declared)`, `sodium (from its materials)`, `lithium (no material says)`. */
function ionLine(cell: CellModel): string {
  const element = ionWords(cell.ion.value).element;
  return cell.ion.from === 'declared' ? `${element} (declared)` : cell.ion.from === 'materials' ? `${element} (from its materials)` : `${element} (no material says; the default)`;
}

function value(computed: Computed<number>, unit: string): string {
  return isKnown(computed) ? `${num(computed.value)} ${unit}` : `? ${unit}`;
}

function computedLines(analysis: DocumentAnalysis, hints: CellHints): string[] {
  const lines: string[] = [];
  const capacity = hints.cathode?.composition?.specificCapacityMAhPerG;
  const loading = hints.cathodeLoadingMgPerCm2;
  lines.push(
    `areal capacity ${value(hints.arealCapacityMAhPerCm2, 'mAh/cm²')}` +
      (isKnown(loading) && isKnown(capacity) ? ` (${num(loading.value)} mg/cm² × ${num(capacity.value)} mAh/g)` : ''),
  );
  lines.push(`cathode thickness ${value(hints.cathodeThicknessUm, 'µm')}`);
  lines.push(
    `N/P ${isKnown(hints.capacityRatio) ? num(hints.capacityRatio.value) : '?'}` +
      (isKnown(hints.anodeCapacityMAhPerCm2) ? ` (the anode holds ${num(hints.anodeCapacityMAhPerCm2.value)} mAh/cm²)` : ''),
  );
  const reference = ionWords(hints.cell.ion.value).reference;
  const cutoff = cutoffVsMetal(hints.cell);
  if (cutoff && cutoff.anode && cutoff.anode.value !== 0) {
    lines.push(`cutoff ${num(cutoff.written.low)}–${num(cutoff.written.high)} V vs ${cutoff.anode.anode} = ${num(cutoff.low)}–${num(cutoff.high)} V vs ${reference} (what the window checks compare)`);
  }
  const cathode = hints.cathodeVoltageV;
  const anode = hints.anodePotentialV;
  lines.push(
    `cell voltage ${value(hints.cellVoltageV, 'V')}` +
      (isKnown(cathode) && isKnown(anode) ? ` (cathode ${num(cathode.value)} V − anode ${num(anode.value)} V vs ${reference})` : ''),
  );
  lines.push(
    `stack energy ${value(hints.specificEnergyWhPerKg, 'Wh/kg')} · ${value(hints.energyDensityWhPerL, 'Wh/L')}` +
      (isKnown(hints.arealEnergyMWhPerCm2) ? ` (${num(hints.arealEnergyMWhPerCm2.value)} mWh/cm², every layer and collector counted)` : ''),
  );
  const rate = hints.cell.rate;
  const current = hints.currentDensityMAPerCm2;
  if (rate) {
    const rateText = rate.unit === 'C' ? `${num(rate.value)} C` : `${num(rate.value)} mA/cm²`;
    const j = isKnown(current) && rate.unit === 'C' ? ` (j = ${num(current.value)} mA/cm²)` : '';
    const limit = analysis.settings.conductionLimit;
    lines.push(`voltage loss across the cathode at ${rateText}${j}: ions ${drop(hints.ionicDrop, limit)} · electrons ${drop(hints.electronicDrop, limit)} (ΔV = j·L/σ_eff; limit ${num(limit)} V)`);
  } else {
    lines.push('voltage loss across the cathode: declare the cell’s `rate` (e.g. `rate 1 C`)');
  }
  return lines;
}

function drop(computed: Computed<VoltageDrop>, limit: number): string {
  if (!isKnown(computed)) return '?';
  const volts = computed.value.voltageDropV;
  if (!Number.isFinite(volts)) return '∞ (no conducting path)';
  return `${computed.estimated ? '≈ ' : ''}${num(volts)} V${volts > limit ? ' ⚠' : ''}`;
}
