/** `cell/incomplete`: a cell needs an anode, a separator and a cathode. */
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import type { Program } from '../model';

const REQUIRED = ['anode', 'separator', 'cathode'] as const;

export function checkCellStructure(program: Program): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const cell of program.cells) {
    const missing = REQUIRED.filter((role) => !cell.layers.some((layer) => layer.role === role));
    if (missing.length === 0) continue;
    diagnostics.push(
      diagnostic(
        'cell/incomplete',
        cell.nameSpan ?? cell.decl.keywordSpan,
        `cell \`${cell.name}\` has no ${missing.join(', no ')}; a cell stacks an anode, one or more separators and a cathode (anode side first)`,
        { data: { missing } },
      ),
    );
  }
  return diagnostics;
}
