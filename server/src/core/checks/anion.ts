/**
 * `anion/mismatch` — the review's homo-category principle (Fig. 5, §2): a cathode active
 * material against an electrolyte of an incompatible anion class forms a space-charge layer
 * depleted of the working ion and reacts at the interface, unless the cathode is coated. The
 * rule holds for sodium pairs as for lithium ones (chemistry/compatibility.ts gives the sodium
 * evidence where a source shows it).
 */
import { compatibility } from '../chemistry/compatibility';
import { diagnostic, type CoreDiagnostic } from '../diagnostics';
import { compatibleElectrolytes, describeCandidate, suitableCoatings } from '../fixes/compatible-electrolytes';
import type { CellspecSettings } from '../settings';
import { article, capitalise } from '../text/english';
import { anodesAcrossSeparator, type CathodeContact } from './contacts';
import { lowestPotential } from '../compute/reduction';
import type { DiagnosticData } from '../diagnostic-data';

export type ContactFixData = DiagnosticData<'anion/mismatch'>;

export function contactFixData(contact: CathodeContact, settings: CellspecSettings): ContactFixData {
  const cathodeClass = contact.cathode.chemistry!.anionClass;
  const upper = contact.upperVoltage?.value;
  // A separator swapped for another electrolyte meets the anode too: only those it does not reduce.
  const anodePotentials =
    contact.context === 'separator' && contact.cell
      ? anodesAcrossSeparator(contact.cell).map(lowestPotential).filter((p): p is number => p !== undefined)
      : [];
  const candidates = compatibleElectrolytes(cathodeClass, upper, settings.homoCategoryWindowSlack, anodePotentials, contact.ion)
    .filter((c) => c.name !== contact.electrolyte.name)
    .slice(0, 5)
    .map((c) => ({ name: c.name, title: describeCandidate(c), coversVoltage: c.coversVoltage === true }));
  // A bilayer keeps the separator the anode tolerates and adds one the cathode tolerates: its
  // candidates need not survive the anode, only suit the cathode.
  const bilayerCandidates = contact.site.bilayer
    ? compatibleElectrolytes(cathodeClass, upper, settings.homoCategoryWindowSlack, [], contact.ion)
        .filter((c) => c.name !== contact.electrolyte.name && c.coversVoltage !== false)
        .slice(0, 3)
        .map((c) => ({ name: c.name, title: describeCandidate(c) }))
    : [];
  return {
    cathode: contact.cathode.name,
    electrolyte: contact.electrolyte.name,
    cathodeClass,
    electrolyteClass: contact.electrolyte.chemistry!.anionClass,
    ...(upper !== undefined ? { upperVoltage: upper } : {}),
    ...(contact.site.electrolyteSpan ? { electrolyteSpan: contact.site.electrolyteSpan } : {}),
    ...(contact.site.coatingInsertAt !== undefined ? { coatingInsertAt: contact.site.coatingInsertAt } : {}),
    candidates,
    coatings: suitableCoatings(contact.ion).map((c) => c.name),
    ...(contact.site.bilayer && bilayerCandidates.length ? { bilayer: { ...contact.site.bilayer, candidates: bilayerCandidates } } : {}),
  };
}

export function checkAnionMismatch(contacts: readonly CathodeContact[], settings: CellspecSettings): CoreDiagnostic[] {
  const diagnostics: CoreDiagnostic[] = [];
  for (const contact of contacts) {
    // Inside a composite the mismatch is reported once, on the composite itself.
    if (contact.coating || contact.context === 'cutoff') continue;
    const cathodeClass = contact.cathode.chemistry?.anionClass;
    const electrolyteClass = contact.electrolyte.chemistry?.anionClass;
    if (!cathodeClass || !electrolyteClass || cathodeClass === 'none' || electrolyteClass === 'none') continue;
    const pair = compatibility(cathodeClass, electrolyteClass, contact.ion);
    if (pair.compatible) continue;
    const where = contact.context === 'separator' ? `the separator \`${contact.electrolyte.name}\` faces` : `\`${contact.electrolyte.name}\` surrounds`;
    const data = contactFixData(contact, settings);
    const bilayer = data.bilayer?.candidates[0];
    const coat = data.coatings.length ? `coat it (\`coated ${data.coatings[0]}\`)` : 'coat it';
    const options = [
      ...(bilayer ? [`put ${bilayer.name} against the cathode as a second separator (a bilayer, ${contact.electrolyte.name} staying against the anode)`] : []),
      ...(data.candidates.length ? [`use an electrolyte compatible with ${cathodeClass}s, such as ${data.candidates[0]!.name}`] : []),
    ];
    const advice = options.length === 0 ? coat : options.length === 1 ? `${coat} or ${options[0]}` : `${coat}, ${options[0]}, or ${options[1]}`;
    diagnostics.push(
      diagnostic(
        'anion/mismatch',
        contact.site.span,
        `${where} the uncoated ${cathodeClass} cathode \`${contact.cathode.name}\`, ${article(cathodeClass)} ${cathodeClass}–${electrolyteClass} contact. ` +
          `${capitalise(pair.reason)} [${pair.source}]. ${capitalise(advice)}.`,
        { data, related: [{ location: { file: contact.other.file, span: contact.other.span }, message: contact.other.label }] },
      ),
    );
  }
  return diagnostics;
}
