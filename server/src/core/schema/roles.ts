/**
 * The enumerated words of the language — material roles, layer roles and interphase kinds —
 * each with the plain-words explanation shown on hover and in completion.
 */
import type { LayerRole } from '../../../../grammar/ast';
import { DEFAULT_ION, ionText, type WorkingIon } from '../chemistry/ions';

export type MaterialRole = 'cathode' | 'electrolyte' | 'anode' | 'carbon' | 'binder' | 'coating' | 'collector';
export type InterphaseKind = 'passivating' | 'mixed';
export type { LayerRole };

export interface WordDoc<W extends string> {
  readonly word: W;
  /** A template in the working ion's words (chemistry/ions.ts `ionText`): `{element}`, `{ref+}`, `{anodes}`, … */
  readonly doc: string;
}

export const MATERIAL_ROLE_DOCS: readonly WordDoc<MaterialRole>[] = [
  {
    word: 'cathode',
    doc: 'Cathode active material: stores {element} at a high potential ({cathodes}). Its `voltage`, `capacity` and anion class drive the energy and compatibility checks.',
  },
  {
    word: 'electrolyte',
    doc: 'Solid electrolyte: conducts {ion} ions, not electrons ({electrolytes}). Used as a separator layer or as the catholyte inside a composite; its `window` and `interphase` decide the oxidation and reduction checks.',
  },
  {
    word: 'anode',
    doc: 'Anode (negative electrode) material such as {anodes}; its `voltage` is its potential vs {ref+}.',
  },
  {
    word: 'carbon',
    doc: 'Conductive carbon additive (VGCF, carbon black): carries electrons through a composite; fibres percolate at a few vol%.',
  },
  {
    word: 'binder',
    doc: 'Polymer binder: holds particles together and conducts neither ions nor electrons, so it only dilutes the composite.',
  },
  {
    word: 'coating',
    doc: 'Thin protective layer on cathode particles ({coatings}): separates an oxide cathode from a sulfide electrolyte and lifts `anion/mismatch` and `window/oxidation` for the coated component (`NCM811 70 wt% coated LiNbO3`).',
  },
  {
    word: 'collector',
    doc: 'Current collector foil (Al on the cathode side, Cu or stainless steel on the anode side): counts in the stack mass and thickness only.',
  },
];

export const LAYER_ROLE_DOCS: readonly WordDoc<LayerRole>[] = [
  {
    word: 'anode',
    doc: 'The negative electrode, first in the stack: a material ({anodeNames}) or a composite, with its `thickness` or `loading`. It touches the first separator.',
  },
  {
    word: 'separator',
    doc: 'A solid-electrolyte layer between the electrodes, with its `thickness`. Several are allowed, anode side first (a bilayer such as {bilayer}): the anode touches the first, the cathode the last.',
  },
  {
    word: 'cathode',
    doc: 'The positive electrode: a composite (active material, catholyte, carbon) or a single material, with its areal `loading` (mg/cm2) or its `thickness` (um).',
  },
  {
    word: 'collector',
    doc: 'A current collector foil (Al, Cu…) with its `thickness`; any number are allowed, and each counts in the stack energy per mass and per volume.',
  },
];

export const INTERPHASE_DOCS: readonly WordDoc<InterphaseKind>[] = [
  {
    word: 'passivating',
    doc: 'The electrolyte’s reduction products at the anode (such as {passivating}) insulate electrons, so the interphase stops growing: reduction below the window is tolerated.',
  },
  {
    word: 'mixed',
    doc: 'The reduction products conduct both ions and electrons ({mixed}), so the interphase keeps growing: an anode below the window’s low end is `window/reduction`.',
  },
];

export const MATERIAL_ROLES: readonly MaterialRole[] = MATERIAL_ROLE_DOCS.map((entry) => entry.word);
export const LAYER_ROLES: readonly LayerRole[] = LAYER_ROLE_DOCS.map((entry) => entry.word);
export const INTERPHASE_KINDS: readonly InterphaseKind[] = INTERPHASE_DOCS.map((entry) => entry.word);

const docOf = <W extends string>(docs: readonly WordDoc<W>[], word: string, ion: WorkingIon) => {
  const doc = docs.find((entry) => entry.word === word)?.doc;
  return doc === undefined ? undefined : ionText(doc, ion);
};

/** Each doc in the words of the working ion of the block it is shown in. */
export function materialRoleDoc(word: string, ion: WorkingIon = DEFAULT_ION): string | undefined {
  return docOf(MATERIAL_ROLE_DOCS, word, ion);
}

export function layerRoleDoc(word: string, ion: WorkingIon = DEFAULT_ION): string | undefined {
  return docOf(LAYER_ROLE_DOCS, word, ion);
}

export function interphaseDoc(word: string, ion: WorkingIon = DEFAULT_ION): string | undefined {
  return docOf(INTERPHASE_DOCS, word, ion);
}

/** Every word of one of the lists above with its doc filled for an ion (completion). */
export function wordDocs<W extends string>(docs: readonly WordDoc<W>[], ion: WorkingIon = DEFAULT_ION): WordDoc<W>[] {
  return docs.map((entry) => ({ word: entry.word, doc: ionText(entry.doc, ion) }));
}
