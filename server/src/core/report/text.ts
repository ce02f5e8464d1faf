/** `cellspec report --format text`: the §6 hints as aligned plain text for a terminal. */
import { formatConductivity, formatOrders, formatSig } from '../text/numbers';
import { DESIGN_LIMIT_TEXT } from '../compute/design';
import { ionWords } from '../chemistry/ions';
import { storesIons, type DesignLimitName, type CellReport, type CompositeReport, type MaterialReport, type RangeReport, type Report } from './types';

const NONE = '—';

export function renderText(report: Report): string {
  const out: string[] = [];
  out.push('Materials', '');
  if (report.materials.length === 0) out.push('  (none)', '');
  for (const m of report.materials) out.push(...materialText(m), '');
  out.push('Composites', '');
  if (report.composites.length === 0) out.push('  (none)', '');
  for (const c of report.composites) out.push(...compositeText(c), '');
  out.push('Cells', '');
  if (report.cells.length === 0) out.push('  (none)', '');
  for (const c of report.cells) out.push(...cellText(c), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export function num(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return NONE;
  if (unit === 'mS/cm') return formatConductivity(value).text;
  return unit ? `${formatSig(value)} ${unit}` : formatSig(value);
}

export function rangeText(range: RangeReport | null, unit: string): string {
  if (!range) return NONE;
  if (unit === 'mS/cm') {
    const shown = formatConductivity(range.low, range.high).text;
    const value = range.low === range.high ? shown : `${shown} (≈${formatConductivity(range.representative).text})`;
    return range.estimated ? `${value}, estimated (Nernst–Einstein)` : value;
  }
  const value = range.low === range.high ? `${formatSig(range.low)} ${unit}` : `${formatSig(range.low)}–${formatSig(range.high)} ${unit} (≈${formatSig(range.representative)})`;
  return range.estimated ? `${value}, estimated (Nernst–Einstein)` : value;
}

function rows(pairs: readonly (readonly [string, string] | undefined)[], indent = '    '): string[] {
  const present = pairs.filter((p): p is readonly [string, string] => p !== undefined);
  const width = Math.max(0, ...present.map(([label]) => label.length));
  return present.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`);
}

function missingLines(missing: readonly string[]): string[] {
  return missing.map((reason) => `    missing: ${reason}`);
}

function materialText(m: MaterialReport): string[] {
  const head = `  ${m.name}  (${[m.origin, m.role].filter(Boolean).join(', ')})${m.formula && m.formula !== m.name ? `  ${m.formula}` : ''}`;
  return [
    head,
    ...rows([
      ['molar mass', num(m.molarMass, 'g/mol')],
      ['anion class', m.anionClass ?? NONE],
      storesIons(m) ? ['Q1 (1 e⁻ per formula unit)', num(m.capacityPerElectron, 'mAh/g')] : undefined,
      m.theoreticalCapacity !== undefined ? ['theoretical capacity', num(m.theoreticalCapacity, 'mAh/g')] : undefined,
      m.impliedElectrons !== undefined ? ['implied electrons', `${num(m.impliedElectrons)} per formula unit (capacity / Q1)`] : undefined,
      m.specificEnergy !== undefined ? ['specific energy (Q·V)', num(m.specificEnergy, 'Wh/kg')] : undefined,
      ['σ_ion', rangeText(m.ionicConductivity, 'mS/cm')],
      ['σ_e', rangeText(m.electronicConductivity, 'mS/cm')],
      ['σ_e / σ_ion', m.conductivityRatioOrders === null ? NONE : `10^${m.conductivityRatioOrders} (${ordersPhrase(m.conductivityRatioOrders)})`],
    ]),
    ...missingLines(m.missing),
  ];
}

export function ordersPhrase(orders: number): string {
  const magnitude = formatOrders(orders);
  return orders >= 0 ? `electronic ${magnitude} orders above ionic` : `ionic ${magnitude} orders above electronic`;
}

export function fractionsText(fractions: Readonly<Record<string, number>> | null): string {
  if (!fractions) return NONE;
  return Object.entries(fractions)
    .map(([name, value]) => `${name} ${formatSig(value * 100)} %`)
    .join(', ');
}

function compositeText(c: CompositeReport): string[] {
  const perc = (phase: 'ionic' | 'electronic'): string => {
    const p = c.percolation[phase];
    return p ? `Σx/x_c = ${formatSig(p.sum)}, ${p.percolates ? 'percolates' : 'does NOT percolate'}` : NONE;
  };
  return [
    `  ${c.name}`,
    ...rows([
      [`volume fractions${c.porosityDeclared ? '' : ' (porosity not declared: 0)'}`, fractionsText(c.volumeFractions)],
      ['mass fractions (solid)', fractionsText(c.massFractions)],
      ['specific capacity', num(c.specificCapacity, 'mAh/g of composite')],
      ['σ_eff ionic (percolation model)', `${num(c.ionicConductivity, 'mS/cm')}; ${perc('ionic')}`],
      ['σ_eff electronic (percolation model)', `${num(c.electronicConductivity, 'mS/cm')}; ${perc('electronic')}`],
      ['bottleneck', c.bottleneck ?? NONE],
      ['dual-conductive on its own', c.dualConductive === null ? NONE : c.dualConductive ? `yes (${c.dualConductiveMaterial})` : 'no'],
    ]),
    ...missingLines(c.missing),
  ];
}

/** The design limits (report/design.ts) as rows: how far the active share and the loading can go. */
function designRows(c: CellReport): [string, string][] {
  const d = c.design;
  if (d.activeWt === null) return [['design limits', `${NONE} (${d.missing.join('; ')})`]];
  const above = (limit: DesignLimitName | null): string => (limit ? ` (above it ${DESIGN_LIMIT_TEXT[limit]})` : '');
  const rows: [string, string][] = [
    ['active share', `${num(d.activeWt, 'wt%')}, at most ${d.maxActiveWt === null ? NONE : `${num(d.maxActiveWt, 'wt%')}${above(d.limitedBy)}`}`],
  ];
  if (d.maxLoading !== null) rows.push(['max loading at this recipe', `${num(d.maxLoading, 'mg/cm2')}, ${num(d.maxThickness, 'um')}${above(d.loadingLimitedBy)}`]);
  if (d.atLimit) rows.push(['at both limits', `${num(d.atLimit.arealCapacity, 'mAh/cm2')}, ${num(d.atLimit.specificEnergy, 'Wh/kg')}, ${num(d.atLimit.energyDensity, 'Wh/L')}`]);
  if (d.missing.length) rows.push(['design limits weigh', `percolation only (${d.missing.join('; ')})`]);
  return rows;
}

/** `sodium (declared)`: the ion and where it comes from. */
export function ionLine(ion: CellReport['ion']): string {
  const from = ion.from === 'declared' ? 'declared' : ion.from === 'materials' ? 'from its materials' : 'no material says; the default';
  return `${ionWords(ion.value).element} (${from})`;
}

function cellText(c: CellReport): string[] {
  const nameWidth = Math.max(4, ...c.layers.map((l) => l.name.length));
  const layerLines = c.layers.map(
    (l) => `      ${l.role.padEnd(9)}  ${l.name.padEnd(nameWidth)}  ${num(l.thickness, 'um').padStart(12)}  ${num(l.arealMass, 'mg/cm2').padStart(14)}`,
  );
  return [
    `  ${c.name}`,
    `    layers (anode side first)`,
    `      ${'role'.padEnd(9)}  ${'name'.padEnd(nameWidth)}  ${'thickness'.padStart(12)}  ${'areal mass'.padStart(14)}`,
    ...layerLines,
    `      ${''.padEnd(9)}  ${'total'.padEnd(nameWidth)}  ${num(c.totalThickness, 'um').padStart(12)}  ${num(c.totalArealMass, 'mg/cm2').padStart(14)}`,
    ...rows([
      ['working ion', ionLine(c.ion)],
      ['cathode loading', num(c.cathodeLoading, 'mg/cm2')],
      ['cathode thickness', num(c.cathodeThickness, 'um')],
      ['areal capacity', num(c.arealCapacity, 'mAh/cm2')],
      ['N/P (anode / cathode)', c.capacityRatio === null ? NONE : `${formatSig(c.capacityRatio)} (anode ${num(c.anodeCapacity, 'mAh/cm2')})`],
      ['cell voltage', c.cellVoltage === null ? NONE : `${num(c.cellVoltage, 'V')} (${num(c.cathodeVoltage, 'V')} − ${num(c.anodePotential, 'V')} vs ${ionWords(c.ion.value).referenceAscii})`],
      ['specific energy (stack)', num(c.specificEnergy, 'Wh/kg')],
      ['energy density (stack)', num(c.energyDensity, 'Wh/L')],
      ['current density', c.rate ? `${num(c.currentDensity, 'mA/cm2')} at ${formatSig(c.rate.value)} ${c.rate.unit}` : NONE],
      ['ionic voltage loss', num(c.ionicDrop, 'V')],
      ['electronic voltage loss', num(c.electronicDrop, 'V')],
      ...designRows(c),
    ]),
    ...missingLines(c.missing),
  ];
}
