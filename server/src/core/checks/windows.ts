/**
 * Electrochemical stability windows (docs/language.md §4–5).
 * `window/oxidation`: the cathode drives an electrolyte it touches above its oxidation limit.
 * A homo-category contact (an ICDC cathode in its own class of electrolyte) gets a slack:
 * computed windows are thermodynamic and narrow, and such interfaces are kinetically stable
 * in practice (the review's design principle); hetero-category contacts get none.
 * `window/reduction`: the anode sits below the electrolyte's reduction limit and the reduction
 * products do not passivate (halides reduced by Li metal, as Li3InCl6 or Li3YCl6 are, or by Na
 * metal, as Na2.25Y0.25Zr0.75Cl6 is). Every potential is against the working ion's metal, and
 * the words for it come from chemistry/ions.ts.
 */
import { spanLike } from '../../../../grammar/span';
import { toleratedVoltage } from '../compute/oxidation';
import { formatSig } from '../text/numbers';
import { ionWords, type WorkingIon } from '../chemistry/ions';
import { isReducedAt, lowestPotential, reducedContinuously, reductionPotential } from '../compute/reduction';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { shortCitation } from '../library';
import type { MaterialModel, Provenance, WindowLimit } from '../model';
import { libraryMaterial } from '../model/library-materials';
import { ionCarriedBy } from '../model/ion';
import type { CellspecSettings } from '../settings';
import { contactFixData } from './anion';
import { oneIon, ownUpperVoltage, type AnodeContact, type CathodeContact } from './contacts';
import type { DiagnosticData } from '../diagnostic-data';

export function checkOxidation(contacts: readonly CathodeContact[], settings: CellspecSettings): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const contact of contacts) {
    if (contact.coating || !contact.upperVoltage || !oneIon(contact, contact.cathode, contact.electrolyte)) continue;
    const tolerated = toleratedVoltage(contact.electrolyte, contact.cathode.chemistry?.anionClass, settings.homoCategoryWindowSlack);
    if (!tolerated) continue;
    const { limit: oxidationLimit, slack, homoCategory: homo, tolerated: limit } = tolerated;
    const upper = contact.upperVoltage;
    if (upper.value <= limit) continue;
    // At the cutoff, report only what the composite's own check (at the top of the cathode's own
    // voltage) did not: a cathode that declares no voltage is checked here alone.
    const ownTop = ownUpperVoltage(contact.cathode);
    if (contact.context === 'cutoff' && ownTop !== undefined && ownTop > limit) continue;
    const data = contactFixData(contact, settings);
    const from = upper.from === 'cutoff' ? `the cell's cutoff of ${cutoffText(upper, contact.ion)}` : `its voltage, ${formatSig(upper.value)} V`;
    const where = contact.context === 'cutoff' ? ` in \`${contact.composite?.name}\`` : '';
    diagnostics.push(
      diagnostic(
        'window/oxidation',
        contact.site.span,
        `\`${contact.cathode.name}\`${where} runs up to ${from}, above the oxidation limit of \`${contact.electrolyte.name}\`, ` +
          `${formatSig(oxidationLimit.value)} V (${limitBasis(oxidationLimit)})` +
          (homo ? ` plus the ${formatSig(slack)} V homo-category slack` : '; a hetero-category contact gets no slack') +
          `: the electrolyte oxidises at the interface. ` +
          (data.coatings.length ? `Coat the cathode (e.g. \`coated ${data.coatings[0]}\`)` : 'Coat the cathode') +
          (data.candidates[0]?.coversVoltage
            ? ` or use an electrolyte that tolerates ${formatSig(upper.value)} V against it (a homo-category one within the slack), such as ${data.candidates[0].title}.`
            : `; no library electrolyte compatible with it is known to be stable to ${formatSig(upper.value)} V.`),
        { data, related: [{ location: { file: contact.other.file, span: contact.other.span }, message: contact.other.label }] },
      ),
    );
  }
  return diagnostics;
}

export type ReductionFixData = DiagnosticData<'window/reduction'>;

export function checkReduction(contacts: readonly AnodeContact[], text: string, passivatingElectrolytes: readonly MaterialModel[]): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const contact of contacts) {
    const potential = lowestPotential(contact.anode);
    if (potential === undefined || !oneIon(contact, contact.anode, contact.electrolyte)) continue;
    if (contact.electrolyte.interphase?.value === 'passivating') continue;
    const reduction = reductionLimit(contact.electrolyte, contact.ion);
    if (reduction && reducedContinuously(contact.electrolyte, potential)) {
      diagnostics.push(reducedDiagnostic(contact, potential, reduction, text, passivatingElectrolytes));
      continue;
    }
    // What Cellspec does not know it says: an `information` note instead of silence.
    const unknown = unknownReduction(contact, potential, reduction?.kind === 'limit' ? reduction.value : undefined);
    if (unknown) diagnostics.push(unknown);
  }
  return diagnostics;
}

function reducedDiagnostic(
  contact: AnodeContact,
  potential: number,
  reduction: ReductionLimit,
  text: string,
  passivatingElectrolytes: readonly MaterialModel[],
): CoreDiagnostic {
  // The alloy fix's anode potential is the library's (the In/LiIn plateau, with its source); sodium has none (chemistry/ions.ts).
  const words = ionWords(contact.ion);
  const alloy = words.alloyAnode;
  const alloyPotential = alloy ? libraryMaterial(alloy.name)?.voltage?.value : undefined;
  const anodeName = contact.anodeLayer.syntax.material!;
  const separatorLine = contact.separatorLayer.syntax;
  const lineStart = text.lastIndexOf('\n', separatorLine.span.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, separatorLine.span.start))![0];
  const data: ReductionFixData = {
    // The alloy helps only an anode below its plateau (so never a Li–In anode itself), and only if it does not reduce the electrolyte too (Li3InCl6).
    ...(alloy && alloyPotential !== undefined && potential < alloyPotential && !reducedContinuously(contact.electrolyte, alloyPotential)
      ? { alloyAnode: { name: alloy.name, label: alloy.label, potential: alloyPotential } }
      : {}),
    anode: contact.anode.name,
    electrolyte: contact.electrolyte.name,
    anodeSpan: anodeName.span,
    interlayerInsertAt: spanLike(separatorLine.span, lineStart, lineStart),
    interlayerIndent: indent,
    // An interlayer conducts the cell's ion (a lithium conductor stops a sodium cell: `cell/ion`).
    interlayers: passivatingElectrolytes.filter((m) => m.name !== contact.electrolyte.name && ionCarriedBy(m) === contact.ion).map((m) => m.name),
    ion: contact.ion,
  };
  const interphaseSource = citation(contact.electrolyte.interphase!);
  const interphase = `its reduction products form a mixed-conducting, non-passivating interphase${interphaseSource ? ` (${interphaseSource})` : ''}`;
  return diagnostic(
    'window/reduction',
    anodeName.span,
    `the anode \`${contact.anode.name}\` (${formatSig(potential)} V vs ${words.referenceAscii}) is ${reduction.position} \`${contact.electrolyte.name}\`, ` +
      `${reduction.text}, and ${interphase}: the electrolyte is reduced continuously. ` +
      `Put a passivating interlayer${data.interlayers[0] ? ` (e.g. ${data.interlayers[0]})` : ''} against the anode` +
      (data.alloyAnode ? `, or use a ${data.alloyAnode.label} anode (${formatSig(data.alloyAnode.potential)} V).` : '.'),
    {
      data,
      related: [{ location: { file: contact.cell.file, span: separatorLine.material!.span }, message: `the separator \`${contact.electrolyte.name}\`` }],
    },
  );
}

/** What the library does not know about an anode–electrolyte contact, when it matters. */
function unknownReduction(contact: AnodeContact, potential: number, numericLimit: number | undefined): CoreDiagnostic | undefined {
  const words = ionWords(contact.ion);
  const anode = `\`${contact.anode.name}\` (${formatSig(potential)} V vs ${words.referenceAscii})`;
  const electrolyte = `\`${contact.electrolyte.name}\``;
  const interphase = contact.electrolyte.interphase;
  const reducedAt = contact.electrolyte.reducedAt;
  const products = 'what its reduction products do (passivate, or keep growing as a mixed conductor) is not known to Cellspec';
  let message: string;
  if (numericLimit !== undefined) {
    // Above a known limit nothing happens; below it a `mixed` interphase was reported, so the interphase is unknown here.
    if (potential >= numericLimit) return undefined;
    message =
      `the anode ${anode} is below the reduction limit of ${electrolyte}, ${formatSig(numericLimit)} V, and ${products}. ` +
      'Declare its `interphase` (passivating or mixed) once known.';
  } else if (reducedAt && isReducedAt(contact.electrolyte, potential)) {
    // At or below an anode that reduces it, the interphase unknown (a `mixed` one is reported as reduced).
    message =
      `the anode ${anode} is at or below ${reducedAtText(reducedAt, words.referenceAscii)}, which reduces ${electrolyte}, and ${products}. ` +
      'Declare its `interphase` (passivating or mixed) once known.';
  } else if (interphase?.value === 'mixed') {
    // Reduced by the metal (or an alloy below this anode), limit unknown, anode above what is known to reduce it.
    const by = reducedAt ? `${reducedAtText(reducedAt, words.referenceAscii)} (${citation(reducedAt) ?? 'library'})` : `${words.element} metal`;
    message =
      `${electrolyte} is reduced by ${by} into a non-passivating interphase (${citation(interphase) ?? 'declared'}), ` +
      `but its reduction limit is not known to Cellspec, so whether the anode ${anode} also reduces it is unknown. ` +
      'Halides and oxides with a reducible metal cation (In³⁺, Sc³⁺, Y³⁺, Zr⁴⁺, Ti⁴⁺, Ge⁴⁺) are usually reduced well above 0 V: check it, or declare the electrolyte\'s `window`.';
  } else if (reducedAt) {
    message =
      `${electrolyte} is reduced by ${reducedAtText(reducedAt, words.referenceAscii)} (${citation(reducedAt) ?? 'library'}), but neither its reduction limit nor ` +
      `what its reduction products do is known to Cellspec, so the anode ${anode} is not checked. Declare its \`window\` and \`interphase\` to check it.`;
  } else {
    message =
      `neither the reduction limit nor the interphase of ${electrolyte} against the anode ${anode} is known to Cellspec, so its stability is not checked. ` +
      'Declare its `window` and `interphase` to check it.';
  }
  return diagnostic('window/unknown', contact.anodeLayer.syntax.material!.span, message, {
    related: [{ location: { file: contact.cell.file, span: contact.separatorLayer.syntax.material!.span }, message: `the separator ${electrolyte}` }],
  });
}

/** `In/InLi (0.62 V vs Li/Li+)`: the anode a source reports reducing an electrolyte. */
function reducedAtText(reducedAt: NonNullable<MaterialModel['reducedAt']>, reference: string): string {
  return `${reducedAt.anode} (${formatSig(reducedAt.value)} V vs ${reference})`;
}

/** The reduction potential of compute/reduction.ts, with the words a message gives for it. */
interface ReductionLimit {
  readonly value: number;
  /** A window limit, an anode a source reports reducing it, or the metal (the interphase's source). */
  readonly kind: 'limit' | 'reducedAt' | 'metal';
  /** Where the anode stands: `below the reduction limit of`, `at or below the potential at which In/InLi reduces`. */
  readonly position: string;
  readonly text: string;
}

function reductionLimit(electrolyte: MaterialModel, ion: WorkingIon): ReductionLimit | undefined {
  const reduction = reductionPotential(electrolyte);
  if (!reduction) return undefined;
  const words = ionWords(ion);
  if (reduction.limit) {
    return { value: reduction.value, kind: 'limit', position: 'below the reduction limit of', text: `${formatSig(reduction.value)} V (${limitBasis(reduction.limit)})` };
  }
  if (reduction.reducedAt) {
    const at = reduction.reducedAt;
    return {
      value: reduction.value,
      kind: 'reducedAt',
      position: `at or below ${reducedAtText(at, words.referenceAscii)}, which reduces`,
      text: `as ${citation(at) ?? 'the library'} reports`,
    };
  }
  return {
    value: reduction.value,
    kind: 'metal',
    position: 'below the reduction limit of',
    text: `which ${words.element} metal reduces (${interphaseBasis(electrolyte, electrolyte.interphase!)})`,
  };
}

function limitBasis(limit: WindowLimit): string {
  const method = limit.method ? `${limit.method}` : 'declared';
  const source = citation(limit);
  return source ? `${method}, ${source}` : method;
}

/** Where "the metal reduces it" comes from: the library's source, or the document that declares `interphase`. */
function interphaseBasis(electrolyte: MaterialModel, interphase: Provenance): string {
  const source = citation(interphase);
  if (source) return source;
  if (interphase.file === undefined) return 'library';
  // A document's `interphase` line is cited by its material's own `source` line, as written.
  return electrolyte.source ? `declared, ${electrolyte.source}` : 'declared';
}

/**
 * A value's source as a message names it: a library key by its short citation (`Zhu15` →
 * `Zhu et al. 2015`); a document's values (they have a file) keep the user's `source` text as written.
 */
function citation(provenance: Provenance): string | undefined {
  if (!provenance.source) return undefined;
  return provenance.file === undefined ? shortCitation(provenance.source) : provenance.source;
}

/** `4.2 V vs LiIn (4.82 V vs Li/Li+)`, or `4.3 V` for a metal anode. */
function cutoffText(upper: NonNullable<CathodeContact['upperVoltage']>, ion: WorkingIon): string {
  const reference = ionWords(ion).referenceAscii;
  const anode = upper.anode;
  if (!anode) return `${formatSig(upper.value)} V${upper.written !== undefined ? ` (taken vs ${reference}: the anode's potential is unknown)` : ''}`;
  if (anode.value === 0) return `${formatSig(upper.value)} V`;
  return `${formatSig(upper.written ?? upper.value)} V vs ${anode.anode} (${formatSig(upper.value)} V vs ${reference})`;
}

