/**
 * A line above each cell with what a reviewer asks first — areal capacity · Wh/kg · Wh/L — the
 * numbers of its hover and of `cellspec report`, formatted by the same rule. The editor makes a
 * click on it open the report.
 */
import type { Span } from '../../../../grammar/ast';
import type { DocumentAnalysis } from '../analyze';
import { hintsOfCell, isKnown, type Computed } from '../compute';
import { MAX_CODE_LENSES } from '../limits';
import { formatSig } from '../text/numbers';

export interface CellLens {
  /** The cell's keyword and name: where the lens sits. */
  readonly span: Span;
  readonly cell: string;
  readonly title: string;
}

export function cellLenses(analysis: DocumentAnalysis): CellLens[] {
  return analysis.program.cells.slice(0, MAX_CODE_LENSES).map((cell) => {
    const hints = hintsOfCell(analysis.hints, cell, analysis.settings);
    const parts = [
      quantity(hints.arealCapacityMAhPerCm2, 'mAh/cm²'),
      quantity(hints.specificEnergyWhPerKg, 'Wh/kg'),
      quantity(hints.energyDensityWhPerL, 'Wh/L'),
    ];
    return { span: cell.nameSpan ?? cell.decl.keywordSpan, cell: cell.name, title: parts.join(' · ') };
  });
}

function quantity(value: Computed<number>, unit: string): string {
  return isKnown(value) ? `${formatSig(value.value)} ${unit}` : `? ${unit}`;
}
