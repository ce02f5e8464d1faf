/**
 * `cell/balance` (an extension of docs/language.md §4): the anode must be able to take all the
 * lithium (or sodium) the cathode gives on the first charge. N/P, the anode's areal capacity over
 * the cathode's, below 1 means the excess is plated as metal (on Li–In, graphite or Si) or,
 * for a metal foil, that the foil is used up; practical cells are built with N/P of about
 * 1.1–1.2 or more. Cells whose anode capacity is not known get the N/P as "missing" in their
 * hints, not this warning.
 */
import type { CellHints } from '../compute';
import { formatSig, isKnown } from '../compute';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { ionWords } from '../chemistry/ions';
import type { DiagnosticData } from '../diagnostic-data';

/** What a quick fix or a hover may read from a `cell/balance` diagnostic. */
export type BalanceData = DiagnosticData<'cell/balance'>;

export function checkBalance(cell: CellHints): CoreDiagnostic[] {
  const ratio = cell.capacityRatio;
  const anode = cell.anode;
  if (!isKnown(ratio) || ratio.value >= 1 || !anode) return [];
  const anodeQ = cell.anodeCapacityMAhPerCm2.value as number;
  const cathodeQ = cell.arealCapacityMAhPerCm2.value as number;
  const given = anode.layer.thicknessUm;
  const needed = given !== undefined && anodeQ > 0 ? (given * cathodeQ) / anodeQ : undefined;
  const data: BalanceData = { ratio: ratio.value, anodeMAhPerCm2: anodeQ, cathodeMAhPerCm2: cathodeQ, ...(needed !== undefined ? { anodeThicknessNeededUm: needed } : {}) };
  const size = given !== undefined ? ` (${formatSig(given)} um)` : '';
  const advice =
    needed !== undefined
      ? ` Make the anode at least ${formatSig(needed)} um thick (N/P 1), better 10–20 % more, or lower the cathode loading.`
      : ' Raise the anode loading or lower the cathode loading.';
  return [
    diagnostic(
      'cell/balance',
      anode.layer.syntax.span,
      `N/P of \`${cell.name}\` is ${formatSig(ratio.value)}: the anode \`${anode.name}\`${size} holds ${formatSig(anodeQ)} mAh/cm2, ` +
        `less than the ${formatSig(cathodeQ)} mAh/cm2 the cathode gives on charge, so the rest has nowhere to go (${ionWords(cell.cell.ion.value).element} plates, or the foil runs out).` +
        advice,
      { data },
    ),
  ];
}
