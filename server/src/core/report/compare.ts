/**
 * `cellspec compare A.cell B.cell` (docs/language.md §8): two designs side by side, cell by cell —
 * the numbers a reviewer compares (areal capacity, Wh/kg, Wh/L, the two losses, the design
 * limits) and the warnings each has. Cells pair by name; two files of one cell each pair those
 * two whatever their names; a cell without a partner is listed alone.
 */
import type { DocumentAnalysis } from '../analyze';
import type { DesignSettings } from '../compute/design';
import { computeReport } from './build';
import type { CellReport, Report } from './types';

/** The quantities compared, in the order shown, each with its unit and which way is better. */
export const COMPARED_QUANTITIES = [
  { key: 'arealCapacity', label: 'areal capacity', unit: 'mAh/cm2', better: 'higher' },
  { key: 'specificEnergy', label: 'specific energy (stack)', unit: 'Wh/kg', better: 'higher' },
  { key: 'energyDensity', label: 'energy density (stack)', unit: 'Wh/L', better: 'higher' },
  { key: 'cathodeLoading', label: 'cathode loading', unit: 'mg/cm2', better: null },
  { key: 'cathodeThickness', label: 'cathode thickness', unit: 'um', better: null },
  { key: 'ionicDrop', label: 'ionic voltage loss', unit: 'V', better: 'lower' },
  { key: 'electronicDrop', label: 'electronic voltage loss', unit: 'V', better: 'lower' },
  { key: 'activeWt', label: 'active share', unit: 'wt%', better: null },
  { key: 'maxActiveWt', label: 'largest active share that works', unit: 'wt%', better: 'higher' },
] as const;

export type ComparedKey = (typeof COMPARED_QUANTITIES)[number]['key'];

export interface ComparedValue {
  readonly a: number | null;
  readonly b: number | null;
  /** (b − a)/|a|, null when either is missing or a is 0. */
  readonly change: number | null;
}

export interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface CellComparison {
  readonly a: string | null;
  readonly b: string | null;
  readonly values: Readonly<Record<ComparedKey, ComparedValue>>;
  /** Errors and warnings on the cell's declaration and on its cathode composite's. */
  readonly findings: { readonly a: readonly Finding[]; readonly b: readonly Finding[] };
}

export interface Comparison {
  readonly a: { readonly file: string; readonly errors: number; readonly warnings: number };
  readonly b: { readonly file: string; readonly errors: number; readonly warnings: number };
  readonly units: Readonly<Record<ComparedKey, string>>;
  readonly cells: readonly CellComparison[];
  /** The two reports, for the HTML page's charts. */
  readonly reports: { readonly a: Report; readonly b: Report };
}

export function compareDesigns(a: DocumentAnalysis, b: DocumentAnalysis, settings: { a: DesignSettings; b: DesignSettings }): Comparison {
  const reports = { a: computeReport(a.program, settings.a), b: computeReport(b.program, settings.b) };
  const pairs = pairCells(reports.a.cells, reports.b.cells);
  return {
    a: summary(a),
    b: summary(b),
    units: Object.fromEntries(COMPARED_QUANTITIES.map((q) => [q.key, q.unit])) as Record<ComparedKey, string>,
    cells: pairs.map(([cellA, cellB]) => ({
      a: cellA?.name ?? null,
      b: cellB?.name ?? null,
      values: Object.fromEntries(COMPARED_QUANTITIES.map((q) => [q.key, compared(valueOf(cellA, q.key), valueOf(cellB, q.key))])) as Record<ComparedKey, ComparedValue>,
      findings: { a: cellA ? findingsOf(a, cellA.name) : [], b: cellB ? findingsOf(b, cellB.name) : [] },
    })),
    reports,
  };
}

function pairCells(a: readonly CellReport[], b: readonly CellReport[]): [CellReport | undefined, CellReport | undefined][] {
  if (a.length === 1 && b.length === 1) return [[a[0], b[0]]];
  const pairs: [CellReport | undefined, CellReport | undefined][] = a.map((cell) => [cell, b.find((other) => other.name === cell.name)]);
  for (const cell of b) if (!a.some((other) => other.name === cell.name)) pairs.push([undefined, cell]);
  return pairs;
}

function valueOf(cell: CellReport | undefined, key: ComparedKey): number | null {
  if (!cell) return null;
  if (key === 'activeWt' || key === 'maxActiveWt') return cell.design[key];
  return cell[key];
}

function compared(a: number | null, b: number | null): ComparedValue {
  return { a, b, change: a !== null && b !== null && a !== 0 ? (b - a) / Math.abs(a) : null };
}

function summary(analysis: DocumentAnalysis): Comparison['a'] {
  const count = (severity: string) => analysis.diagnostics.filter((d) => d.severity === severity).length;
  return { file: analysis.file, errors: count('error'), warnings: count('warning') };
}

/** The errors and warnings inside the cell's declaration or its cathode composite's (this file's only). */
function findingsOf(analysis: DocumentAnalysis, cellName: string): Finding[] {
  const cell = analysis.program.cells.find((c) => c.name === cellName);
  if (!cell) return [];
  const spans = [cell.decl.span];
  const cathode = cell.layers.find((layer) => layer.role === 'cathode')?.target;
  if (cathode?.kind === 'composite' && cathode.file === analysis.file) spans.push(cathode.decl.span);
  return analysis.diagnostics
    .filter((d): d is typeof d & { severity: 'error' | 'warning' } => d.severity === 'error' || d.severity === 'warning')
    .filter((d) => spans.some((span) => d.span.start >= span.start && d.span.end <= span.end))
    .map((d) => ({ code: d.code, severity: d.severity, message: d.message }));
}
