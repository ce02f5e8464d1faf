/**
 * The resolved model: what a document *means*, in canonical units, with every value
 * traceable to where it came from (a line of a document, or a cited library entry).
 * Checks and computed hints read only this, never the syntax tree's text.
 */
import type {
  CellDecl,
  Component,
  CompositeDecl,
  Layer,
  LayerRole,
  MaterialDecl,
  Name,
  Span,
} from '../../../../grammar/ast';
import type { AnionClass } from '../chemistry/anion-class';
import type { WorkingIon } from '../chemistry/ions';
import type { ChargeBalance } from '../chemistry/charge-balance';
import type { Formula, FormulaError } from '../formula';

export type MaterialRole = 'cathode' | 'electrolyte' | 'anode' | 'carbon' | 'binder' | 'coating' | 'collector';
export type Interphase = 'passivating' | 'mixed';

/** Where a value was stated: a span of a document, or a library citation. */
export interface Provenance {
  readonly file?: string;
  readonly span?: Span;
  /** Citation text (library values, or a document material's `source`). */
  readonly source?: string;
  readonly note?: string;
}

export interface Sourced<T> extends Provenance {
  readonly value: T;
}

/** A value or a range; a single value has low === high. */
export interface NumberRange {
  readonly low: number;
  readonly high: number;
}

/** One limit of a stability window, with how it was obtained and where it was read. */
export interface WindowLimit extends Provenance {
  readonly value: number; // V vs the working ion's metal (Li/Li+, Na/Na+)
  /** Computed (DFT grand potential, thermodynamic) or measured (CV; wider); undefined when declared in a document. */
  readonly method?: 'computed' | 'experimental';
}

/**
 * An electrochemical stability window. Either limit may be unknown: papers often report only
 * the oxidation limit. The library prefers computed limits and falls back on measured ones,
 * limit by limit, saying which each is.
 */
export interface StabilityWindow {
  readonly low?: WindowLimit;
  readonly high?: WindowLimit;
}

/** The chemistry derived from a valid formula, computed once per material. */
export interface MaterialChemistry {
  readonly formula: Formula;
  readonly molarMass: number; // g/mol
  readonly chargeBalance: ChargeBalance;
  readonly anionClass: AnionClass;
}

export type MaterialOrigin = 'document' | 'library' | 'formula';

export interface MaterialModel {
  readonly kind: 'material';
  readonly name: string;
  readonly origin: MaterialOrigin;
  /** The declaring file (documents and imports) and the name's span there. */
  readonly file?: string;
  readonly nameSpan?: Span;
  readonly decl?: MaterialDecl;
  readonly formulaText?: string;
  readonly formulaSpan?: Span;
  readonly formulaError?: FormulaError;
  readonly chemistry?: MaterialChemistry;
  readonly role?: Sourced<MaterialRole>;
  /**
   * The working ion its voltage, capacity, conductivity, window and interphase are for: the ion
   * its formula carries (Na3PS4: Na), or, for a library host that holds neither (TiS2, Sn), the
   * ion of the entry's values (model/library-materials.ts `materialForIon` gives its values
   * with the other). Undefined for a document material of a host formula: its block says.
   */
  readonly ion?: WorkingIon;
  /** V vs the working ion's metal (Li/Li+, Na/Na+); for a range (a plateau the literature gives as 2.2–2.3 V) its midpoint. */
  readonly voltage?: Sourced<number>;
  /** The range the voltage was given as (low = high for a single value): the reduction check reads its low end, the oxidation check its high end. */
  readonly voltageRange?: NumberRange;
  readonly capacity?: Sourced<number>; // mAh/g
  readonly electrons?: Sourced<number>;
  readonly ionic?: Sourced<NumberRange>; // mS/cm
  readonly electronic?: Sourced<NumberRange>; // mS/cm
  readonly diffusivity?: Sourced<NumberRange>; // cm2/s
  readonly window?: StabilityWindow; // V vs the working ion's metal
  /**
   * An anode a source reports reducing the material, where no reduction limit is known (library
   * only): Li3InCl6 is reduced at In/InLi, 0.62 V vs Li/Li⁺, so at every anode at or below it.
   */
  readonly reducedAt?: Sourced<number> & { readonly anode: string };
  readonly interphase?: Sourced<Interphase>;
  readonly percolation?: Sourced<number>; // volume fraction
  /** Median particle size D50, µm: sizes the percolation threshold (compute/particle-size.ts). */
  readonly d50?: Sourced<number>;
  readonly density?: Sourced<number>; // g/cm3
  /** The material's own `source` line, or the library entry's description. */
  readonly source?: string;
  readonly description?: string;
  readonly aliases?: readonly string[];
}

export type FractionBasis = 'wt' | 'vol';

export interface ComponentModel {
  readonly syntax: Component;
  /** Undefined when the name resolves to nothing (`ref/undefined` is reported). */
  readonly material?: MaterialModel;
  readonly fraction?: { readonly value: number; readonly basis: FractionBasis }; // 0–1
  readonly coating?: MaterialModel;
}

export interface CompositeModel {
  readonly kind: 'composite';
  readonly name: string;
  readonly file: string;
  readonly nameSpan?: Span;
  readonly decl: CompositeDecl;
  readonly components: readonly ComponentModel[];
  readonly porosity?: number; // volume fraction 0–1 of the whole layer
  /**
   * The working ion its materials carry (the majority, when they disagree: `cell/ion`);
   * undefined when none carries one (TiS2 with carbon): then the cell using it decides.
   */
  readonly ion?: WorkingIon;
}

export type LayerTarget = MaterialModel | CompositeModel;

export interface LayerModel {
  readonly syntax: Layer;
  readonly role: LayerRole;
  readonly target?: LayerTarget;
  readonly thicknessUm?: number;
  readonly loadingMgPerCm2?: number;
}

export interface CellModel {
  readonly kind: 'cell';
  readonly name: string;
  readonly file: string;
  readonly nameSpan?: Span;
  readonly decl: CellDecl;
  readonly layers: readonly LayerModel[];
  readonly rate?: { readonly value: number; readonly unit: 'C' | 'mA/cm2' };
  readonly cutoff?: NumberRange; // V
  /** The ion the cell runs on: declared (`ion Na`), else what its materials carry, else lithium. */
  readonly ion: CellIon;
}

export interface CellIon {
  readonly value: WorkingIon;
  readonly from: 'declared' | 'materials' | 'default';
  /** The `ion` line's value, when declared. */
  readonly span?: Span;
}

export type Declared = MaterialModel | CompositeModel | CellModel;

/** A resolved reference, kept for go-to-definition, references and rename. */
export interface Reference {
  readonly name: Name;
  readonly file: string;
  readonly target?: Declared;
}
