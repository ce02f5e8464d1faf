/**
 * Quick fixes: each diagnostic carries in `data` what its fixes need (Langium's pattern), so this
 * only turns that payload into edits. The editor sends the diagnostic back; nothing is recomputed.
 */
import type { Span } from '../../../../grammar/ast';
import { parseVariant } from '../../../../grammar';
import { analyzeVariant, type DocumentAnalysis } from '../analyze';
import type { Fix, TextEdit } from '../api';
import { readDiagnosticData, type DiagnosticData } from '../diagnostic-data';
import { formatPercentage } from '../text/numbers';
import { ionWords } from '../chemistry/ions';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics';
import { limitedFixes, percolationFixes } from '../fixes/design-fixes';

export interface FixRequest {
  readonly code: DiagnosticCode | string;
  readonly span: Span;
  readonly data?: unknown;
}

/**
 * The fixes for one diagnostic, each checked by applying it: a fix whose edits fall outside the
 * document (stale data from the editor) or that would leave more syntax errors than there are
 * (a misspelt key "fixed" into a layer role whose line then reads differently) is not offered.
 * A fix that changes the design — another electrolyte, a coating, an interlayer, an anode, a
 * unit, normalised fractions — is tried on the whole document, and is not offered when it would
 * leave a warning or an error the document does not have now (a separator swapped for one the
 * anode reduces). Corrections of a name, a formula or the syntax are exempt: they let the checks
 * that the mistake switched off run again, and what those find is the file's, not the fix's.
 */
export function quickFixes(analysis: DocumentAnalysis, request: FixRequest): Fix[] {
  const candidates = candidateFixes(analysis, request);
  const correction = CORRECTIONS.has(request.code);
  let tried = 0;
  const kept = candidates.filter((fix) => {
    const text = applied(analysis, fix);
    if (text === undefined) return false;
    if (correction) return parseVariant(text, analysis.parse).errors.length <= analysis.parse.errors.length;
    // Each try is an analysis of the document (incremental: the edited blocks only).
    if (++tried > MAX_TRIED_FIXES) return false;
    return addsNoProblem(analysis, analyzeVariant(analysis, text));
  });
  // The preferred fix may be one that was dropped: the best that is left takes its place.
  if (kept.length > 0 && candidates.some((fix) => fix.isPreferred) && !kept.some((fix) => fix.isPreferred)) kept[0] = { ...kept[0]!, isPreferred: true };
  return kept;
}

/** Codes whose fixes correct what was written rather than change the design. */
const CORRECTIONS: ReadonlySet<string> = new Set<DiagnosticCode>(['syntax', 'ref/undefined', 'ref/lookalike', 'formula/syntax', 'formula/element']);

/** Design fixes tried per diagnostic: enough for every fix one diagnostic offers, bounded on a huge file. */
const MAX_TRIED_FIXES = 12;

/** The document's text with the fix's edits to it applied; undefined when an edit falls outside it. */
export function applied(analysis: DocumentAnalysis, fix: Pick<Fix, 'edits'>): string | undefined {
  let text = analysis.text;
  for (const fileEdit of fix.edits) {
    if (fileEdit.file !== analysis.file) continue;
    const edits = [...fileEdit.edits].sort((a, b) => b.span.start - a.span.start);
    let end = text.length;
    for (const edit of edits) {
      if (!(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= end)) return undefined;
      text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
      end = edit.span.start;
    }
  }
  return text;
}

/**
 * Whether `after` has no warning or error that `before` lacks. A finding is known by its code
 * and the names it quotes (`NCM811`, `Li7La3Zr2O12`), not by its numbers or place, which a fix
 * elsewhere may shift: swapping an electrolyte that clears a mismatch but is oxidised by the
 * cathode trades one finding for a new one, and is not offered.
 */
export function addsNoProblem(before: DocumentAnalysis, after: DocumentAnalysis): boolean {
  const findings = (analysis: DocumentAnalysis): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const d of analysis.diagnostics) {
      if (d.severity !== 'error' && d.severity !== 'warning') continue;
      const key = `${d.code} ${[...d.message.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort().join(' ')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const had = findings(before);
  for (const [key, count] of findings(after)) if (count > (had.get(key) ?? 0)) return false;
  return true;
}

function candidateFixes(analysis: DocumentAnalysis, request: FixRequest): Fix[] {
  if (!isDiagnosticCode(request.code)) return [];
  const file = analysis.file;
  const fix = (title: string, edits: TextEdit[], isPreferred = false): Fix => ({
    title,
    code: request.code as DiagnosticCode,
    edits: [{ file, edits }],
    ...(isPreferred ? { isPreferred } : {}),
  });
  const replaceWith = (names: readonly string[], span: Span, label: (name: string) => string): Fix[] =>
    names.map((name, i) => fix(label(name), [{ span, newText: name }], i === 0));
  const changeTo = (name: string) => `Change to \`${name}\``;

  switch (request.code) {
    case 'formula/element':
    case 'formula/syntax': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? [fix(`Change the formula to ${data.suggestion}`, [{ span: data.replace, newText: data.suggestion }], true)] : [];
    }
    case 'ref/lookalike': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? replaceWith([data.replacement], request.span, changeTo) : [];
    }
    case 'ref/undefined': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? replaceWith(data.suggestions, request.span, changeTo) : [];
    }
    case 'syntax': {
      // The parser's own repair (split two properties onto two lines, comment out pasted rows).
      const data = readDiagnosticData(request.code, request.data);
      if (data?.fix) return [fix(data.fix.title, data.fix.edits.map((e) => ({ span: e.span, newText: e.newText })), true)];
      return replaceWith(data?.suggestions ?? [], request.span, changeTo);
    }
    case 'unit/unknown': {
      const data = readDiagnosticData(request.code, request.data);
      if (!data) return [];
      // A unit of another scale (`3.86 Ah/g`): the whole quantity, rewritten in a unit of the language.
      if (data.replacement) return [fix(`Change to \`${data.replacement.text}\``, [{ span: data.replacement.span, newText: data.replacement.text }], true)];
      return replaceWith(data.suggestions, request.span, changeTo);
    }
    case 'unit/dimension': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? unitDimensionFixes(data, fix) : [];
    }
    case 'value/range': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? [fix(`Swap the ends: \`${data.replacement.text}\``, [{ span: data.replacement.span, newText: data.replacement.text }], true)] : [];
    }
    case 'mix/sum': {
      const data = readDiagnosticData(request.code, request.data);
      return data && data.edits.length && data.total !== null
        ? [fix(`Normalise the fractions to 100 % (from ${formatPercentage(data.total)} %)`, data.edits.map((e) => ({ span: e.span, newText: e.newText })), true)]
        : [];
    }
    case 'anion/mismatch':
    case 'window/oxidation': {
      const data = readDiagnosticData(request.code, request.data);
      if (!data) return [];
      const fixes: Fix[] = [];
      // A separator that meets the anode too: first a bilayer, which keeps the anode's side as it is.
      const bilayer = data.bilayer;
      if (bilayer) {
        bilayer.candidates.forEach((candidate, i) =>
          fixes.push(
            fix(
              `Add ${candidate.title} against the cathode (a bilayer: ${data.electrolyte} stays against the anode)`,
              [{ span: bilayer.insertAt, newText: `${bilayer.indent}separator  ${candidate.name}  thickness 10 um   # against the cathode\n` }],
              i === 0,
            ),
          ),
        );
      }
      const electrolyteSpan = data.electrolyteSpan;
      if (electrolyteSpan) {
        data.candidates.forEach((candidate, i) =>
          fixes.push(fix(`Use ${candidate.title} instead of ${data.electrolyte}`, [{ span: electrolyteSpan, newText: candidate.name }], i === 0 && fixes.length === 0)),
        );
      }
      const coating = data.coatings[0];
      if (data.coatingInsertAt && coating) {
        fixes.push(fix(`Coat ${data.cathode} with ${coating}`, [{ span: data.coatingInsertAt, newText: `  coated ${coating}` }], fixes.length === 0));
      }
      return fixes;
    }
    case 'window/reduction': {
      const data = readDiagnosticData(request.code, request.data);
      if (!data) return [];
      const fixes: Fix[] = [];
      const interlayer = data.interlayers[0];
      if (interlayer) {
        fixes.push(
          fix(`Insert a passivating ${interlayer} interlayer against the anode`, [
            { span: data.interlayerInsertAt, newText: `${data.interlayerIndent}separator  ${interlayer}  thickness 10 um   # passivating interlayer against the anode\n` },
          ], true),
        );
      }
      const alloy = data.alloyAnode;
      if (alloy) {
        fixes.push(fix(`Use a ${alloy.label} anode (${alloy.name}, ${alloy.potential} V vs ${ionWords(data.ion).referenceAscii})`, [{ span: data.anodeSpan, newText: alloy.name }], fixes.length === 0));
      }
      return fixes;
    }
    case 'cell/ion': {
      const data = readDiagnosticData(request.code, request.data);
      const metal = data?.metal;
      return metal ? [fix(`Use ${ionWords(data.ion).element} metal (\`${metal.name}\`) as the anode`, [{ span: metal.span, newText: metal.name }], true)] : [];
    }
    case 'conduction/percolation': {
      // Worked out now, not on every keystroke: the solver runs only when a fix is asked for.
      const data = readDiagnosticData(request.code, request.data);
      return data?.composite ? percolationFixes(analysis, data.composite).map((f, i) => fix(f.title, [...f.edits], i === 0)) : [];
    }
    case 'conduction/limited': {
      const data = readDiagnosticData(request.code, request.data);
      return data ? limitedFixes(analysis, data.cell).map((f, i) => fix(f.title, [...f.edits], i === 0)) : [];
    }
    default:
      return [];
  }
}

/**
 * `unit/dimension`: a key that takes no unit loses it (or gets its plain-number `replacement`:
 * `percolation 16 vol%` → `0.16`); a unit of the wrong kind is swapped for each accepted one; a
 * bare number gets each accepted unit appended.
 */
function unitDimensionFixes(data: NonNullable<DiagnosticData<'unit/dimension'>>, fix: (title: string, edits: TextEdit[], isPreferred?: boolean) => Fix): Fix[] {
  if (data.expected.length === 0) {
    if (data.replacement) return [fix(`Change to \`${data.replacement.text}\``, [{ span: data.replacement.span, newText: data.replacement.text }], true)];
    return data.unitSpan ? [fix('Remove the unit', [{ span: { start: data.numberSpan.end, end: data.unitSpan.end }, newText: '' }], true)] : [];
  }
  const unitSpan = data.unitSpan;
  if (unitSpan) return data.expected.map((unit, i) => fix(`Change the unit to \`${unit}\``, [{ span: unitSpan, newText: unit }], i === 0));
  const end = data.numberSpan.end;
  return data.expected.map((unit, i) => fix(`Add the unit \`${unit}\``, [{ span: { start: end, end }, newText: ` ${unit}` }], i === 0));
}


function isDiagnosticCode(code: string): code is DiagnosticCode {
  return (DIAGNOSTIC_CODES as readonly string[]).includes(code);
}
