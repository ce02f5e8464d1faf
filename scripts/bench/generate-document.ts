import { seededRandom } from '../lib/random';

/**
 * Realistic generated `.cell` documents for benchmarks: materials with doped formulas and
 * sourced values, composites that reference them and the library, and cells that stack them —
 * the shape of a researcher's pasted material table plus designs, repeated to a target size.
 */
export function generateDocument(targetLines: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const amount = (base: number, spread: number): string => String(Number((base + (random() - 0.5) * spread).toFixed(2)));
  const families = [
    () => `Li${amount(6, 0.4)}PS${amount(5, 0.2)}Cl${amount(1, 0.2)}`,
    () => `Li${amount(3, 0.2)}In${amount(0.8, 0.2)}Zr${amount(0.2, 0.1)}Cl6`,
    () => `LiNi${amount(0.8, 0.1)}Co${amount(0.1, 0.05)}Mn${amount(0.1, 0.05)}O2`,
    () => `Li${amount(1.75, 0.2)}Ti2(Ge${amount(0.25, 0.1)}P${amount(0.75, 0.1)}S${amount(3.8, 0.1)}Se0.2)3`,
    () => `Li${amount(1.3, 0.2)}Al${amount(0.3, 0.1)}Ti${amount(1.7, 0.1)}(PO4)3`,
  ];
  const lines: string[] = ['# generated benchmark document', ''];
  let index = 0;
  while (lines.length < targetLines) {
    index++;
    const cathode = `Cathode${index}`;
    lines.push(
      `material ${cathode} {`,
      `  formula    ${pick(families)()}`,
      `  role       cathode`,
      `  voltage    ${amount(3.5, 1)} V`,
      `  capacity   ${amount(180, 40)} mAh/g`,
      `  electrons  1`,
      `  ionic      ${amount(0.3, 0.2)} mS/cm .. ${amount(0.7, 0.2)} mS/cm`,
      `  electronic ${amount(5, 4)} mS/cm`,
      `  density    ${amount(4, 1)} g/cm3`,
      `  source     "generated row ${index}"`,
      '}',
      '',
      `composite Composite${index} {`,
      `  ${cathode}   70 wt%  coated LiNbO3`,
      `  ${pick(['Li6PS5Cl', 'Li3InCl6', 'LPSCl', 'LIC'])}   27 wt%`,
      `  VGCF        3 wt%`,
      `  porosity   10 vol%`,
      '}',
      '',
      `cell Cell${index} {`,
      `  anode      LiIn            thickness 40 um`,
      `  separator  Li6PS5Cl        thickness 30 um`,
      `  cathode    Composite${index}  loading ${amount(15, 5)} mg/cm2`,
      `  collector  Al              thickness 10 um`,
      `  rate       0.5 C`,
      `  cutoff     2.5 V .. 4.2 V`,
      '}',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
