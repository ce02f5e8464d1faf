/**
 * Hand-built resolved models for the compute tests: every input declared, in canonical units
 * (V, mAh/g, mS/cm, cm2/s, g/cm3, um, mg/cm2, fractions 0–1), chemistry from the real formula
 * engine. The numbers are literature values (reference/materials.md, the review's Table 1).
 */
import type { LayerRole, Span } from '../../../grammar/ast';
import { chemistryOf } from '../../../server/src/core/model/chemistry-cache';
import type {
  CellModel,
  ComponentModel,
  CompositeModel,
  FractionBasis,
  LayerModel,
  MaterialModel,
  MaterialRole,
  NumberRange,
} from '../../../server/src/core/model';

export const FILE = '/ws/hand-built.cell';
const AT: Span = { start: 0, end: 0 };

export interface MaterialSpec {
  formula?: string;
  role?: MaterialRole;
  voltage?: number;
  capacity?: number;
  electrons?: number;
  ionic?: number | [number, number];
  electronic?: number | [number, number];
  diffusivity?: number | [number, number];
  density?: number;
  percolation?: number;
}

const range = (v: number | [number, number]): NumberRange => (typeof v === 'number' ? { low: v, high: v } : { low: v[0], high: v[1] });

export function material(name: string, spec: MaterialSpec): MaterialModel {
  const formula = spec.formula ?? name;
  const chemistry = chemistryOf(formula);
  if (!chemistry.ok) throw new Error(`test formula ${formula} does not parse: ${chemistry.error.message}`);
  const sourced = <T>(value: T) => ({ value, file: FILE, span: AT });
  return {
    kind: 'material',
    name,
    origin: 'document',
    file: FILE,
    nameSpan: AT,
    formulaText: formula,
    chemistry: chemistry.chemistry,
    ...(spec.role ? { role: sourced(spec.role) } : {}),
    ...(spec.voltage !== undefined ? { voltage: sourced(spec.voltage) } : {}),
    ...(spec.capacity !== undefined ? { capacity: sourced(spec.capacity) } : {}),
    ...(spec.electrons !== undefined ? { electrons: sourced(spec.electrons) } : {}),
    ...(spec.ionic !== undefined ? { ionic: sourced(range(spec.ionic)) } : {}),
    ...(spec.electronic !== undefined ? { electronic: sourced(range(spec.electronic)) } : {}),
    ...(spec.diffusivity !== undefined ? { diffusivity: sourced(range(spec.diffusivity)) } : {}),
    ...(spec.density !== undefined ? { density: sourced(spec.density) } : {}),
    ...(spec.percolation !== undefined ? { percolation: sourced(spec.percolation) } : {}),
  };
}

const name = (text: string) => ({ text, span: AT });

export function composite(compositeName: string, parts: readonly [MaterialModel, number, FractionBasis][], porosity?: number): CompositeModel {
  const components: ComponentModel[] = parts.map(([m, value, basis]) => ({
    syntax: { kind: 'component', material: name(m.name), span: AT },
    material: m,
    fraction: { value, basis },
  }));
  return {
    kind: 'composite',
    name: compositeName,
    file: FILE,
    nameSpan: { start: 10, end: 10 + compositeName.length },
    decl: { kind: 'composite', keywordSpan: AT, name: name(compositeName), components: [], properties: [], span: AT },
    components,
    ...(porosity !== undefined ? { porosity } : {}),
  };
}

export interface LayerSpec {
  role: LayerRole;
  target: MaterialModel | CompositeModel;
  thicknessUm?: number;
  loadingMgPerCm2?: number;
}

export function cell(cellName: string, layers: readonly LayerSpec[], rate?: { value: number; unit: 'C' | 'mA/cm2' }): CellModel {
  const layerModels: LayerModel[] = layers.map((l, i) => ({
    syntax: { kind: 'layer', role: { text: l.role, span: AT }, material: name(l.target.name), attributes: [], span: { start: 100 + i * 10, end: 108 + i * 10 } },
    role: l.role,
    target: l.target,
    ...(l.thicknessUm !== undefined ? { thicknessUm: l.thicknessUm } : {}),
    ...(l.loadingMgPerCm2 !== undefined ? { loadingMgPerCm2: l.loadingMgPerCm2 } : {}),
  }));
  return {
    kind: 'cell',
    name: cellName,
    file: FILE,
    nameSpan: AT,
    decl: { kind: 'cell', keywordSpan: AT, name: name(cellName), layers: [], properties: [], span: AT },
    layers: layerModels,
    ...(rate ? { rate } : {}),
    ion: { value: 'Li', from: 'default' },
  };
}

// Literature materials with every input the hints need.
// NCM811: 3.86 V, 195 mAh/g, ρ 4.7 (BotB); σ_e ≥ 1e-2 mS/cm (Yu22); σ_ion ~1e-4 mS/cm class (seed Table 1, LCO-like).
export const NCM811 = material('NCM811', {
  formula: 'LiNi0.8Co0.1Mn0.1O2',
  role: 'cathode',
  voltage: 3.86,
  capacity: 195,
  electrons: 1,
  ionic: 1e-4,
  electronic: 0.05,
  density: 4.7,
});
// Li6PS5Cl: 2.05 mS/cm (Kraft17), ρ 1.84 (crystallographic).
export const LPSCL = material('Li6PS5Cl', { role: 'electrolyte', ionic: 2.05, density: 1.84 });
// A vapour-grown carbon fibre: fibres percolate at a few vol%.
export const VGCF = material('VGCF', { formula: 'C', role: 'carbon', electronic: 1e5, density: 2.0, percolation: 0.03 });
// The review's Table 1 ICDC sulfide, as in examples/homogeneous-ltg.cell (no density).
export const LTG = material('LTG', {
  formula: 'Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3',
  role: 'cathode',
  voltage: 2.55,
  capacity: 250,
  ionic: [0.22, 0.66],
  electronic: [242, 412],
});
export const LI = material('Li', { role: 'anode', voltage: 0, density: 0.534 });
export const LIIN = material('LiIn', { role: 'anode', voltage: 0.62 });
export const AL = material('Al', { role: 'collector', density: 2.7 });
export const CU = material('Cu', { role: 'collector', density: 8.96 });

export const SETTINGS = { conductionLimit: 0.1, percolationThreshold: 0.16, homoCategoryWindowSlack: 1.0 };
