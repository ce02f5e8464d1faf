/**
 * The hover of a composite: where its volume goes and whether ions and electrons can cross it
 * (docs/language.md §6) — per component its mass and volume share and conductivities, then the
 * composite's capacity, Bruggeman σ_eff and percolation per phase, the bottleneck, and whether
 * one material carries both paths on its own (the review's ICDC cathode).
 */
import type { DocumentAnalysis } from '../analyze';
import { hintsOfComposite, isKnown, type ComponentHints, type CompositeHints, type PhaseHints } from '../compute';
import { missingOf } from '../compute/computed';
import type { CompositeModel } from '../model';
import { missingBlock, num, rangeText, table } from './display';
import { compositeDesignSection } from './hover-design';
import { originText } from './provenance';

export function compositeHover(analysis: DocumentAnalysis, composite: CompositeModel): string {
  const hints = hintsOfComposite(analysis.hints, composite, analysis.settings);
  const sections = [`**${composite.name || 'composite'}** · composite — ${originText(analysis, composite)}`];
  sections.push(componentTable(composite, hints));
  sections.push(`**Computed**\n${computedLines(hints).map((line) => `- ${line}`).join('\n')}`);
  const design = compositeDesignSection(analysis, composite);
  if (design) sections.push(design);
  const missing = missingBlock(missingReasons(hints));
  if (missing) sections.push(missing);
  return sections.join('\n\n');
}

function componentTable(composite: CompositeModel, hints: CompositeHints): string {
  const percent = (computed: ComponentHints['massFraction']): string => (isKnown(computed) ? num(computed.value * 100) : '?');
  const rows = hints.components.map((component, i) => {
    const coating = composite.components[i]?.coating;
    const material = component.material;
    const label = `${component.name}${coating ? ` (coated ${coating.name})` : ''}`;
    const kind = [material?.role?.value, material?.chemistry && material.chemistry.anionClass !== 'none' ? material.chemistry.anionClass : undefined]
      .filter(Boolean)
      .join(' · ');
    const ionic = component.materialHints?.ionicConductivity;
    const electronic = component.materialHints?.electronicConductivity;
    return [
      label,
      percent(component.massFraction),
      percent(component.volumeFraction),
      material ? kind || '—' : 'unresolved',
      isKnown(ionic) ? `${ionic.estimated ? '≈' : ''}${rangeText(ionic.value, '')}` : '—',
      isKnown(electronic) ? rangeText(electronic.value, '') : '—',
    ];
  });
  if (hints.porosityDeclared || hints.porosity > 0) rows.push(['pores', '', num(hints.porosity * 100), '', '', '']);
  return table(['component', 'wt%', 'vol% of layer', 'role · class', 'σ_ion mS/cm', 'σ_e mS/cm'], rows);
}

function computedLines(hints: CompositeHints): string[] {
  const lines: string[] = [];
  const capacity = hints.specificCapacityMAhPerG;
  if (isKnown(capacity)) {
    const active = hints.components.filter((c) => c.active).map((c) => c.name);
    lines.push(`specific capacity ${num(capacity.value)} mAh/g of composite (Σ w·Q over ${active.join(', ')})`);
  } else {
    lines.push('specific capacity: missing');
  }
  if (isKnown(hints.solidDensityGPerCm3)) lines.push(`solid density ρ_solid ${num(hints.solidDensityGPerCm3.value)} g/cm³`);
  lines.push(phaseLine('ionic', hints.ionic), phaseLine('electronic', hints.electronic));
  const sizes = particleSizeLine(hints);
  if (sizes) lines.push(sizes);
  if (isKnown(hints.bottleneck)) lines.push(`bottleneck: the ${hints.bottleneck.value} path (the lower σ_eff)`);
  const dual = hints.dualConductive;
  if (isKnown(dual)) {
    lines.push(
      dual.value.dualConductive
        ? `dual-conductive on its own: yes — ${dual.value.material} carries both ions and electrons above its percolation threshold`
        : 'dual-conductive on its own: no — ions and electrons need separate phases',
    );
  }
  return lines;
}

function phaseLine(label: string, phase: PhaseHints): string {
  const sigma = phase.effectiveConductivity;
  const conductors = phase.conductors.length ? `through ${phase.conductors.join(', ')}` : 'no material conducts it';
  const value = isKnown(sigma) ? `${sigma.estimated ? '≈ ' : ''}${rangeText(sigma.value, 'mS/cm')}` : '?';
  const percolation = phase.percolation;
  const verdict = isKnown(percolation)
    ? percolation.value.percolates
      ? `percolates (Σx/x_c = ${num(percolation.value.sum)})`
      : `**does not percolate** (Σx/x_c = ${num(percolation.value.sum)} < 1)`
    : '';
  const undeclared = phase.undeclared.length ? `; no ${label} conductivity declared for ${phase.undeclared.join(', ')} (counted as not conducting)` : '';
  return `σ_eff ${label} ${value} ${conductors}${verdict ? ` — ${verdict}` : ''}${undeclared}`;
}

/**
 * Which thresholds came from the declared particle sizes (compute/particle-size.ts), or why a
 * declared `d50` was not used: the size rule needs a second sized solid to compare with.
 */
function particleSizeLine(hints: CompositeHints): string | undefined {
  const terms = [hints.ionic.percolation, hints.electronic.percolation].flatMap((p) => (isKnown(p) ? p.value.terms : []));
  const sized = terms.filter((t) => t.thresholdFrom === 'particle-size');
  if (sized.length) return `thresholds from the particle sizes (d50): ${sized.map((t) => `${t.name} x_c ${num(t.threshold)}`).join(', ')}`;
  const declaring = hints.components.filter((c) => c.material?.d50 && !c.material.percolation);
  if (declaring.length === 1) {
    return `the d50 of ${declaring[0]!.name} is not used: no other solid of the composite declares one to compare it with (the default threshold applies)`;
  }
  return undefined;
}

function missingReasons(hints: CompositeHints): string[] {
  return missingOf(
    hints.specificCapacityMAhPerG,
    hints.solidDensityGPerCm3,
    hints.ionic.effectiveConductivity,
    hints.electronic.effectiveConductivity,
    ...hints.components.map((c) => c.volumeFraction),
  );
}
