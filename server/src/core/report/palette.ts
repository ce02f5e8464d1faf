/**
 * Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008; recommended by
 * Wong, Nature Methods 8, 441 (2011)): distinguishable under the common colour-vision
 * deficiencies. Charts never rely on colour alone: segments are labelled, markers differ in
 * shape, and every shape carries a tooltip.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Categorical order for series (materials, cells). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
];

/** Layer colours by role, the same in every cell so configurations compare at a glance (review Fig. 3e). */
export const ROLE_COLOURS: Readonly<Record<string, readonly string[]>> = {
  anode: [OKABE_ITO.blue, OKABE_ITO.skyBlue],
  separator: [OKABE_ITO.bluishGreen, OKABE_ITO.yellow],
  cathode: [OKABE_ITO.vermillion, OKABE_ITO.reddishPurple],
  // Neutral grey for Al; copper's orange for a second (Cu) foil.
  collector: ['#A0A0A0', OKABE_ITO.orange],
};

export const PHASE_COLOURS = { ionic: OKABE_ITO.blue, electronic: OKABE_ITO.orange } as const;

/** Black or white, whichever reads better on the fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const rgb = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#FFFFFF';
}

/**
 * The class of a label drawn on a coloured fill (`on-light`: black text, `on-dark`: white):
 * a class rather than an inline style, so the page needs no style attributes under a strict
 * content security policy (a VS Code webview).
 */
export function textClassOn(fill: string): 'on-light' | 'on-dark' {
  return textColourOn(fill) === '#000000' ? 'on-light' : 'on-dark';
}
