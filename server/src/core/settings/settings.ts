/**
 * The settings of docs/language.md §7: their types, defaults and the zod schema an input
 * (VS Code's `cellspec` section, or a `cellspec.json`) is validated with.
 */
import * as z from 'zod';
import { lazy } from '../lazy';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../diagnostics';

export type SeverityOverride = Severity | 'off';

export interface CellspecSettings {
  /** Largest acceptable ionic or electronic voltage loss across a cathode at the cell's rate, in V (`conduction/limited`). */
  readonly conductionLimit: number;
  /** Percolation threshold x_c (a fraction of the solid volume) for materials that declare none: random packings of spheres. */
  readonly percolationThreshold: number;
  /** How far, in V, an uncoated cathode may run above the oxidation limit of an electrolyte of its own anion class. */
  readonly homoCategoryWindowSlack: number;
  readonly inlayHints: { readonly enabled: boolean };
  /** Per diagnostic code: another severity, or `off` to drop it. */
  readonly severity: Readonly<Partial<Record<DiagnosticCode, SeverityOverride>>>;
}

export const DEFAULT_SETTINGS: CellspecSettings = Object.freeze({
  conductionLimit: 0.1,
  // The site-percolation threshold of a random packing of equal spheres, as a fraction of the
  // solid: 0.294 from the coordination numbers of binary sphere packings (Chen et al., J. Power
  // Sources 196, 3178 (2011)); about 0.3 measured and simulated for packed particles (Powell,
  // Phys. Rev. B 20, 4194 (1979); Pokhrel et al., arXiv:2011.08124). Scher and Zallen's 0.16 is
  // the same threshold as a fraction of all space in a loose packing (docs/computations.md §2).
  percolationThreshold: 0.29,
  homoCategoryWindowSlack: 1.0,
  inlayHints: Object.freeze({ enabled: true }),
  severity: Object.freeze({}),
});

export const SEVERITY_OVERRIDES = ['error', 'warning', 'information', 'hint', 'off'] as const satisfies readonly SeverityOverride[];

/**
 * What a settings input may hold: every key optional (missing ones keep their defaults), nothing
 * else. Built on first use: a run without settings to read does not pay for it at start-up.
 */
export const settingsSchema = lazy(() =>
  z.strictObject({
    conductionLimit: z.number().gt(0).optional(),
    percolationThreshold: z.number().gt(0).lte(1).optional(),
    homoCategoryWindowSlack: z.number().gte(0).optional(),
    inlayHints: z.strictObject({ enabled: z.boolean().optional() }).optional(),
    severity: z.partialRecord(z.enum(DIAGNOSTIC_CODES), z.enum(SEVERITY_OVERRIDES)).optional(),
  }),
);

export type SettingsInput = z.infer<ReturnType<typeof settingsSchema>>;

/** Every setting by its dotted path, with what it must be: the second half of each error line. */
export const SETTING_EXPECTATIONS: Readonly<Record<string, string>> = {
  conductionLimit: 'a number greater than 0',
  percolationThreshold: 'a number greater than 0 and at most 1',
  homoCategoryWindowSlack: 'a number of at least 0',
  inlayHints: 'an object such as {"enabled": true}',
  'inlayHints.enabled': 'true or false',
  severity: 'an object from diagnostic codes to severities, such as {"anion/mismatch": "error"}',
  'severity.*': `one of ${SEVERITY_OVERRIDES.map((s) => `"${s}"`).join(', ')}`,
};

/** The keys a user can set, as dotted paths (`inlayHints.enabled`), for suggestions. */
export const SETTING_KEYS: readonly string[] = [
  'conductionLimit',
  'percolationThreshold',
  'homoCategoryWindowSlack',
  'inlayHints.enabled',
  'severity',
];
