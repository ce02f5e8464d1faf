/**
 * `mix/sum` and `mix/units`: a composite's fractions are all wt% or all vol% and add up to
 * 100 % (porosity is separate). The fix data holds the normalised fractions.
 */
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import type { CompositeModel, Program } from '../model';
import { solidFractions } from '../compute/fractions';
import { formatPercentage, formatSig } from '../text/numbers';
import type { DiagnosticData } from '../diagnostic-data';

/** docs/language.md §4: ± 0.1 percentage points. */
const SUM_TOLERANCE = 0.001;

export type NormaliseFixData = DiagnosticData<'mix/sum'>;

export function checkMixtures(program: Program): CoreDiagnostic[] {
  return program.composites.flatMap(checkComposite);
}

function checkComposite(composite: CompositeModel): CoreDiagnostic[] {
  const at = composite.nameSpan ?? composite.decl.keywordSpan;
  const withFraction = composite.components.filter((c) => c.fraction);
  if (withFraction.length === 0 || withFraction.length !== composite.components.length) return [];
  const bases = new Set(withFraction.map((c) => c.fraction!.basis));
  if (bases.size > 1) {
    const missing = composite.components.filter((c) => c.material && !c.material.density).map((c) => c.material!.name);
    const unresolved = composite.components.some((c) => !c.material);
    if (missing.length === 0 && !unresolved) return mixedSum(composite, at);
    return [
      diagnostic(
        'mix/units',
        at,
        `\`${composite.name}\` mixes wt% and vol%; converting between them needs every component's density` +
          (missing.length ? `, and ${missing.map((m) => `\`${m}\``).join(', ')} ${missing.length === 1 ? 'has' : 'have'} none` : '') +
          '. Give all fractions in one unit, or declare the densities.',
        { data: { missingDensity: missing } },
      ),
    ];
  }
  const total = withFraction.reduce((sum, c) => sum + c.fraction!.value, 0);
  if (Math.abs(total - 1) <= SUM_TOLERANCE) return [];
  const unit = withFraction[0]!.fraction!.basis === 'wt' ? 'wt%' : 'vol%';
  const terms = withFraction.map((c) => formatSig(c.fraction!.value * 100)).join(' + ');
  const data: NormaliseFixData = {
    total: total * 100,
    edits: total > 0 ? withFraction.map((c) => ({ span: c.syntax.fraction!.numberSpan, newText: formatPercentage((c.fraction!.value / total) * 100) })) : [],
  };
  return [
    diagnostic(
      'mix/sum',
      at,
      `the fractions of \`${composite.name}\` add up to ${formatSig(total * 100)} ${unit} (${terms}), not 100 %` +
        (composite.porosity !== undefined ? ' (porosity is counted separately)' : '') +
        '. Normalise them or fix the one that is off.',
      { data },
    ),
  ];
}


/**
 * wt% and vol% in one composite, every density known: consistent when, converted to mass through
 * the densities (compute/fractions.ts), the fractions add up to 100 %.
 */
function mixedSum(composite: CompositeModel, at: { start: number; end: number }): CoreDiagnostic[] {
  const parts = composite.components.map((component) => ({ ...component.fraction!, density: component.material!.density!.value }));
  const converted = solidFractions(parts);
  const total = converted ? converted.mass.reduce((sum, w) => sum + w, 0) : Infinity;
  if (Number.isFinite(total) && Math.abs(total - 1) <= SUM_TOLERANCE) return [];
  const volumeShare = parts.filter((part) => part.basis === 'vol').reduce((sum, part) => sum + part.value, 0);
  const sum = Number.isFinite(total)
    ? `converted to mass through the densities they add up to ${formatSig(total * 100)} wt%`
    : `the vol% parts (${formatSig(volumeShare * 100)} vol%) leave no volume for the wt% parts`;
  return [
    diagnostic(
      'mix/sum',
      at,
      `the fractions of \`${composite.name}\` mix wt% and vol%, and ${sum}, not 100 %. Give all fractions in one unit.`,
      { data: { total: Number.isFinite(total) ? total * 100 : null, edits: [] } },
    ),
  ];
}
