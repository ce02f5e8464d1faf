/**
 * The enumerated words of the language — material roles, layer roles and interphase kinds —
 * each with the plain-words explanation shown on hover and in completion.
 */
import type { LayerRole } from '../../../../grammar/ast';

export type MaterialRole = 'cathode' | 'electrolyte' | 'anode' | 'carbon' | 'binder' | 'coating' | 'collector';
export type InterphaseKind = 'passivating' | 'mixed';
export type { LayerRole };

export interface WordDoc<W extends string> {
  readonly word: W;
  readonly doc: string;
}

export const MATERIAL_ROLE_DOCS: readonly WordDoc<MaterialRole>[] = [
  {
    word: 'cathode',
    doc: 'Cathode active material: stores lithium at a high potential (NCM811, LiCoO2, FeCl3, a homogeneous sulfide such as LTG). Its `voltage`, `capacity` and anion class drive the energy and compatibility checks.',
  },
  {
    word: 'electrolyte',
    doc: 'Solid electrolyte: conducts Li ions, not electrons (Li6PS5Cl, Li3InCl6, LLZO). Used as a separator layer or as the catholyte inside a composite; its `window` and `interphase` decide the oxidation and reduction checks.',
  },
  {
    word: 'anode',
    doc: 'Anode (negative electrode) material such as Li metal, Li–In or graphite; its `voltage` is its potential vs Li/Li+.',
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
    doc: 'Thin protective layer on cathode particles (LiNbO3, Li2ZrO3): separates an oxide cathode from a sulfide electrolyte and lifts `anion/mismatch` and `window/oxidation` for the coated component (`NCM811 70 wt% coated LiNbO3`).',
  },
  {
    word: 'collector',
    doc: 'Current collector foil (Al on the cathode side, Cu or stainless steel on the anode side): counts in the stack mass and thickness only.',
  },
];

export const LAYER_ROLE_DOCS: readonly WordDoc<LayerRole>[] = [
  {
    word: 'anode',
    doc: 'The negative electrode, first in the stack: a material (Li, LiIn) or a composite, with its `thickness` or `loading`. It touches the first separator.',
  },
  {
    word: 'separator',
    doc: 'A solid-electrolyte layer between the electrodes, with its `thickness`. Several are allowed, anode side first (a bilayer such as Li6PS5Cl against Li–In and Li3InCl6 against the cathode): the anode touches the first, the cathode the last.',
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
    doc: 'The electrolyte’s reduction products at the anode (such as Li2S, Li3P and LiCl from an argyrodite) insulate electrons, so the interphase stops growing: reduction below the window is tolerated.',
  },
  {
    word: 'mixed',
    doc: 'The reduction products conduct both ions and electrons (reduced Ti in LATP, Ge in LGPS, In from Li3InCl6), so the interphase keeps growing: an anode below the window’s low end is `window/reduction`.',
  },
];

export const MATERIAL_ROLES: readonly MaterialRole[] = MATERIAL_ROLE_DOCS.map((entry) => entry.word);
export const LAYER_ROLES: readonly LayerRole[] = LAYER_ROLE_DOCS.map((entry) => entry.word);
export const INTERPHASE_KINDS: readonly InterphaseKind[] = INTERPHASE_DOCS.map((entry) => entry.word);

const docOf = <W extends string>(docs: readonly WordDoc<W>[], word: string) =>
  docs.find((entry) => entry.word === word)?.doc;

export function materialRoleDoc(word: string): string | undefined {
  return docOf(MATERIAL_ROLE_DOCS, word);
}

export function layerRoleDoc(word: string): string | undefined {
  return docOf(LAYER_ROLE_DOCS, word);
}

export function interphaseDoc(word: string): string | undefined {
  return docOf(INTERPHASE_DOCS, word);
}
