/**
 * Quick fixes: each diagnostic carries in `data` what its fixes need (Langium's pattern), so this
 * only turns that payload into edits. The editor sends the diagnostic back; nothing is recomputed.
 */
import type { Span } from '../../../../grammar/ast';
import { parseVariant } from '../../../../grammar';
import type { DocumentAnalysis } from '../analyze';
import type { Fix, TextEdit } from '../api';
import type { DiagnosticCode } from '../diagnostics';

export interface FixRequest {
  readonly code: DiagnosticCode | string;
  readonly span: Span;
  readonly data?: unknown;
}

type Data = Record<string, unknown>;

/**
 * The fixes for one diagnostic, each checked by applying it: a fix whose edits fall outside the
 * document (stale data from the editor) or that would leave more syntax errors than there are
 * (a misspelt key "fixed" into a layer role whose line then reads differently) is not offered.
 */
export function quickFixes(analysis: DocumentAnalysis, request: FixRequest): Fix[] {
  return candidateFixes(analysis, request).filter((fix) => keepsSyntax(analysis, fix));
}

function keepsSyntax(analysis: DocumentAnalysis, fix: Fix): boolean {
  for (const fileEdit of fix.edits) {
    if (fileEdit.file !== analysis.file) continue;
    const edits = [...fileEdit.edits].sort((a, b) => b.span.start - a.span.start);
    let text = analysis.text;
    let end = text.length;
    for (const edit of edits) {
      if (!(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= end)) return false;
      text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
      end = edit.span.start;
    }
    // Incremental: only the edited blocks are parsed again.
    if (parseVariant(text, analysis.parse).errors.length > analysis.parse.errors.length) return false;
  }
  return true;
}

function candidateFixes(analysis: DocumentAnalysis, request: FixRequest): Fix[] {
  const data = (request.data ?? {}) as Data;
  const file = analysis.file;
  const fix = (title: string, edits: TextEdit[], isPreferred = false): Fix => ({
    title,
    code: request.code as DiagnosticCode,
    edits: [{ file, edits }],
    ...(isPreferred ? { isPreferred } : {}),
  });
  const replaceWith = (names: unknown, span: Span, label: (name: string) => string): Fix[] =>
    strings(names).map((name, i) => fix(label(name), [{ span, newText: name }], i === 0));

  switch (request.code) {
    case 'formula/element':
    case 'formula/syntax': {
      const suggestion = typeof data.suggestion === 'string' ? data.suggestion : undefined;
      const replace = span(data.replace);
      return suggestion && replace ? [fix(`Change the formula to ${suggestion}`, [{ span: replace, newText: suggestion }], true)] : [];
    }
    case 'ref/lookalike':
      return replaceWith(typeof data.replacement === 'string' ? [data.replacement] : [], request.span, (name) => `Change to \`${name}\``);
    case 'ref/undefined':
      return replaceWith(data.suggestions, request.span, (name) => `Change to \`${name}\``);
    case 'syntax': {
      // The parser's own repair (split two properties onto two lines, comment out pasted rows).
      const repair = syntaxRepair(data.fix);
      return repair ? [fix(repair.title, repair.edits, true)] : replaceWith(data.suggestions, request.span, (name) => `Change to \`${name}\``);
    }
    case 'unit/unknown':
    case 'unit/dimension':
      return replaceWith(data.suggestions, request.span, (name) => `Change to \`${name}\``);
    case 'mix/sum': {
      const edits = Array.isArray(data.edits) ? (data.edits as { span: Span; newText: string }[]) : [];
      return edits.length ? [fix(`Normalise the fractions to 100 % (from ${round(Number(data.total))} %)`, edits.map((e) => ({ span: e.span, newText: e.newText })), true)] : [];
    }
    case 'anion/mismatch':
    case 'window/oxidation': {
      const fixes: Fix[] = [];
      const electrolyteSpan = span(data.electrolyteSpan);
      const candidates = Array.isArray(data.candidates) ? (data.candidates as { name: string; title: string }[]) : [];
      if (electrolyteSpan) {
        candidates.forEach((candidate, i) =>
          fixes.push(fix(`Use ${candidate.title} instead of ${String(data.electrolyte)}`, [{ span: electrolyteSpan, newText: candidate.name }], i === 0)),
        );
      }
      const insertAt = span(data.coatingInsertAt);
      const coating = strings(data.coatings)[0];
      if (insertAt !== undefined && coating) {
        fixes.push(fix(`Coat ${String(data.cathode)} with ${coating}`, [{ span: insertAt, newText: `  coated ${coating}` }], fixes.length === 0));
      }
      return fixes;
    }
    case 'window/reduction': {
      const fixes: Fix[] = [];
      const interlayer = strings(data.interlayers)[0];
      const insertAt = span(data.interlayerInsertAt);
      if (insertAt !== undefined && interlayer) {
        const indent = typeof data.interlayerIndent === 'string' ? data.interlayerIndent : '  ';
        fixes.push(
          fix(`Insert a passivating ${interlayer} interlayer against the anode`, [
            { span: insertAt, newText: `${indent}separator  ${interlayer}  thickness 10 um   # passivating interlayer against the anode\n` },
          ], true),
        );
      }
      const anodeSpan = span(data.anodeSpan);
      if (anodeSpan && data.offerLiIn !== false) fixes.push(fix(`Use a Li–In anode (LiIn, ${Number(data.liInPotential)} V vs Li/Li+)`, [{ span: anodeSpan, newText: 'LiIn' }], fixes.length === 0));
      return fixes;
    }
    default:
      return [];
  }
}

function syntaxRepair(value: unknown): { title: string; edits: TextEdit[] } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, edits } = value as { title?: unknown; edits?: unknown };
  if (typeof title !== 'string' || !Array.isArray(edits)) return undefined;
  const read = edits.map((edit: { span?: unknown; newText?: unknown }) => {
    const at = span(edit?.span);
    return at !== undefined && typeof edit.newText === 'string' ? { span: at, newText: edit.newText } : undefined;
  });
  return read.length > 0 && read.every((edit) => edit !== undefined) ? { title, edits: read as TextEdit[] } : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function span(value: unknown): Span | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : undefined;
}

function round(value: number): string {
  return String(Number(value.toFixed(2)));
}
