/**
 * Site-sum rules: structure families whose formula fixes how many metal atoms share one site,
 * so amounts that do not add up are a typo (or an unstated vacancy) worth a word. Data read by
 * `sites.ts`; the check is `stoich/sites` (information).
 *
 * Layered AMX2 (α-NaFeO2 type, O3/P2): alkali layers A between layers of edge-sharing MX6
 * octahedra, one M site per two X. LiCoO2: K. Mizushima, P. C. Jones, P. J. Wiseman and
 * J. B. Goodenough, Mater. Res. Bull. 15, 783 (1980). Sodium layered oxides NaxMO2 keep M = 1 at
 * x < 1: C. Delmas, C. Fouassier and P. Hagenmuller, Physica B+C 99, 81 (1980). Li-rich layered
 * oxides put the excess Li on the M layer, Li[Li(1/3)Mn(2/3)]O2 = Li2MnO3, so there A + M = 2:
 * M. M. Thackeray et al., J. Mater. Chem. 17, 3112 (2007). Layered sulfides: LiTiS2,
 * M. S. Whittingham, Science 192, 1126 (1976); the review's Li1.13Ti0.57Fe0.3S2 is Li-rich.
 */
export interface SiteRule {
  /** What the writer is told the formula reads as. */
  readonly label: string;
  /** The one anion element and its amount per formula unit. */
  readonly anion: string;
  readonly anionAmount: number;
  /** The A-site elements; at least one is present, with a total in (0, maxAlkali]. */
  readonly alkali: readonly string[];
  readonly maxAlkali: number;
  /** Every other element sits on the M site, which holds this many per formula unit… */
  readonly metalSites: number;
  /** …unless excess alkali shares the M layer, and A + M is this instead (Li-rich). */
  readonly allCationSites: number;
  /** Amounts written to two decimals (0.33 + 0.33 + 0.33 = 0.99) are not a mistake. */
  readonly tolerance: number;
  readonly source: string;
}

const LAYERED_SOURCE =
  'α-NaFeO2-type layered AMX2: Mizushima et al., Mater. Res. Bull. 15, 783 (1980) (LiCoO2); Delmas et al., Physica B+C 99, 81 (1980) (NaxMO2); Thackeray et al., J. Mater. Chem. 17, 3112 (2007) (Li-rich, Li[Li1/3Mn2/3]O2)';

export const SITE_RULES: readonly SiteRule[] = [
  {
    label: 'a layered oxide AMO2',
    anion: 'O',
    anionAmount: 2,
    alkali: ['Li', 'Na', 'K'],
    // Li2MnO3 written as Li[Li1/3Mn2/3]O2 has 4/3 Li: the most a layered AMO2 holds.
    maxAlkali: 4 / 3 + 0.01,
    metalSites: 1,
    allCationSites: 2,
    tolerance: 0.02,
    source: LAYERED_SOURCE,
  },
  {
    label: 'a layered sulfide AMS2',
    anion: 'S',
    anionAmount: 2,
    alkali: ['Li', 'Na', 'K'],
    maxAlkali: 4 / 3 + 0.01,
    metalSites: 1,
    allCationSites: 2,
    tolerance: 0.02,
    source: `${LAYERED_SOURCE}; Whittingham, Science 192, 1126 (1976) (LiTiS2)`,
  },
];
