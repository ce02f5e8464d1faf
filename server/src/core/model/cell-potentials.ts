/**
 * A cell's voltages as the checks compare them. A cell's `cutoff` is what a cycler is set to:
 * the voltage between the cathode and the cell's own anode. Stability windows are vs the
 * working ion's metal (Li/Li⁺, Na/Na⁺), so the cutoff is converted by adding the anode's
 * potential: 4.2 V against Li–In (0.62 V) puts the cathode at 4.82 V vs Li/Li⁺.
 */
import type { CellModel, MaterialModel } from './types';

export interface AnodePotential {
  /** V vs the working ion's metal (its plateau or average: the library's `voltage`). */
  readonly value: number;
  readonly anode: string;
}

/**
 * The anode's potential: the anode layer's material's `voltage`, or, for a composite anode, that
 * of its `role anode` components when they agree (their mean otherwise). Undefined when unknown.
 */
export function anodePotentialOf(cell: CellModel): AnodePotential | undefined {
  const layer = cell.layers.find((l) => l.role === 'anode');
  const target = layer?.target;
  if (!target) return undefined;
  if (target.kind === 'material') return target.voltage ? { value: target.voltage.value, anode: target.name } : undefined;
  if (target.kind !== 'composite') return undefined;
  const anodes = target.components.map((c) => c.material).filter((m): m is MaterialModel => m?.role?.value === 'anode');
  const voltages = anodes.map((m) => m.voltage?.value);
  if (anodes.length === 0 || voltages.some((v) => v === undefined)) return undefined;
  const mean = (voltages as number[]).reduce((a, b) => a + b, 0) / voltages.length;
  return { value: mean, anode: anodes.length === 1 ? anodes[0]!.name : target.name };
}

export interface CutoffVsMetal {
  /** The cutoff as written, V vs the cell's anode. */
  readonly written: { readonly low: number; readonly high: number };
  /** V vs the working ion's metal (Li/Li⁺, Na/Na⁺: the cell's `ion`). */
  readonly low: number;
  readonly high: number;
  /** The anode it was converted from; undefined when its potential is unknown (taken as 0 V, the metal). */
  readonly anode?: AnodePotential;
}

/** The cell's cutoff vs its working ion's metal, or undefined when the cell has none. */
export function cutoffVsMetal(cell: CellModel): CutoffVsMetal | undefined {
  if (!cell.cutoff) return undefined;
  const anode = anodePotentialOf(cell);
  const shift = anode?.value ?? 0;
  return { written: cell.cutoff, low: cell.cutoff.low + shift, high: cell.cutoff.high + shift, ...(anode ? { anode } : {}) };
}
