/**
 * The working ions a cell may run on (docs/language.md §2, "The working ion"), as data: the ion
 * a cell shuttles between its electrodes, the metal its potentials are measured against, and
 * the words every message, hover and hint uses for it. Nothing else in the core spells
 * "lithium" or "Li/Li⁺": it reads them here (`ionWords`) or fills a template (`ionText`).
 *
 * A material *carries* an ion when its formula holds it (Li6PS5Cl lithium, Na3PS4 sodium; of a
 * formula holding both, the one it holds most of); hosts without either (TiS2, Sn, graphite,
 * hard carbon, carbons, binders, collectors) work with either and carry none.
 */
export const WORKING_IONS = ['Li', 'Na'] as const;
export type WorkingIon = (typeof WORKING_IONS)[number];

/** A cell whose materials do not say which ion it runs on (all hosts) is read as lithium, as before issue #14. */
export const DEFAULT_ION: WorkingIon = 'Li';

export interface IonWords {
  readonly symbol: WorkingIon;
  /** The element in words: `lithium`, `sodium`. */
  readonly element: string;
  /** The cation as hovers print it: `Li⁺`. */
  readonly cation: string;
  /** The reference every potential is against, as hovers print it (`Li/Li⁺`) and as diagnostics do (`Li/Li+`). */
  readonly reference: string;
  readonly referenceAscii: string;
  /** The library's metal anode: its name, the potential reference itself (0 V). */
  readonly metal: string;
  /**
   * The alloy anode a `window/reduction` fix may offer instead of the metal (its library name and
   * how a sentence writes it), where a source shows its plateau keeps an electrolyte the metal
   * reduces: Li–In (In/InLi at 0.62 V). None for sodium: Na–Sn reduces the chlorides too
   * (Deysher et al. 2022, the Na–Sn | Na2.25Y0.25Zr0.75Cl6 interphase grows to 90 µm).
   */
  readonly alloyAnode?: { readonly name: string; readonly label: string };
  /**
   * What docs and hovers name as examples, so that a sodium document's hovers speak of sodium
   * materials: each fills the template placeholder of its key (`{anodes}`, `{bilayer}`, …).
   */
  readonly examples: Readonly<Record<ExampleKey, string>>;
}

export type ExampleKey = 'anodes' | 'anodeNames' | 'electrolytes' | 'cathodes' | 'bilayer' | 'coatings' | 'passivating' | 'mixed';

export const ION_WORDS: Readonly<Record<WorkingIon, IonWords>> = {
  Li: {
    symbol: 'Li',
    element: 'lithium',
    cation: 'Li⁺',
    reference: 'Li/Li⁺',
    referenceAscii: 'Li/Li+',
    metal: 'Li',
    alloyAnode: { name: 'LiIn', label: 'Li–In' },
    examples: {
      anodes: 'Li metal, Li–In or graphite',
      anodeNames: 'Li, LiIn',
      electrolytes: 'Li6PS5Cl, Li3InCl6, LLZO',
      cathodes: 'NCM811, LiCoO2, FeCl3, a homogeneous sulfide such as LTG',
      bilayer: 'Li6PS5Cl against Li–In and Li3InCl6 against the cathode',
      coatings: 'LiNbO3, Li2ZrO3',
      passivating: 'Li2S, Li3P and LiCl from an argyrodite',
      mixed: 'reduced Ti in LATP, Ge in LGPS, In from Li3InCl6',
    },
  },
  Na: {
    symbol: 'Na',
    element: 'sodium',
    cation: 'Na⁺',
    reference: 'Na/Na⁺',
    referenceAscii: 'Na/Na+',
    metal: 'Na',
    examples: {
      anodes: 'Na metal, Sn (Na–Sn) or hard carbon',
      anodeNames: 'Na, Sn',
      electrolytes: 'Na3PS4, Na4(B12H12)(B10H10), NASICON',
      cathodes: 'NaCrO2, Na3V2(PO4)3, TiS2',
      bilayer: 'Na4(B12H12)(B10H10) against Na and Na2.25Y0.25Zr0.75Cl6 against the cathode',
      coatings: 'none in the library for sodium yet',
      passivating: 'Na4(B12H12)(B10H10), against which Na metal forms no interphase at all',
      mixed: 'Na2S and Na3P from Na3PS4, Zr and Y metal from Na2.25Y0.25Zr0.75Cl6',
    },
  },
};

export function ionWords(ion: WorkingIon): IonWords {
  return ION_WORDS[ion];
}

export function isWorkingIon(word: string): word is WorkingIon {
  return (WORKING_IONS as readonly string[]).includes(word);
}

const EXAMPLE_KEYS: ReadonlySet<string> = new Set<ExampleKey>(['anodes', 'anodeNames', 'electrolytes', 'cathodes', 'bilayer', 'coatings', 'passivating', 'mixed']);

/**
 * A template filled for an ion: `{ion}` → `Na`, `{element}` → `sodium`, `{cation}` → `Na⁺`,
 * `{ref}` → `Na/Na⁺`, `{ref+}` → `Na/Na+`, and each example key (`{anodes}`, `{bilayer}`, …).
 * An unknown placeholder stays as written.
 */
export function ionText(template: string, ion: WorkingIon): string {
  const words = ION_WORDS[ion];
  return template.replace(/\{([A-Za-z]+\+?)\}/g, (whole, key: string) => {
    switch (key) {
      case 'ion':
        return words.symbol;
      case 'element':
        return words.element;
      case 'cation':
        return words.cation;
      case 'ref':
        return words.reference;
      case 'ref+':
        return words.referenceAscii;
      default:
        return EXAMPLE_KEYS.has(key) ? words.examples[key as ExampleKey] : whole;
    }
  });
}

/**
 * The ion a formula carries: the working-ion element it holds (of both, the one it holds most
 * of; a tie is no answer); undefined for a formula with neither.
 */
export function carriedIon(elements: ReadonlyMap<string, number>): WorkingIon | undefined {
  let best: WorkingIon | undefined;
  let bestAmount = 0;
  let tie = false;
  for (const ion of WORKING_IONS) {
    const amount = elements.get(ion) ?? 0;
    if (amount > bestAmount) {
      best = ion;
      bestAmount = amount;
      tie = false;
    } else if (amount > 0 && amount === bestAmount) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
