/**
 * A small, self-contained stack whose every number is declared in the text (no library data),
 * so the computed hints can be checked by hand:
 * - LiCoO2: M = 6.94 + 58.933 + 2·15.999 = 97.871 g/mol, Q1 = 26801.4 / M = 273.8 mAh/g.
 * - Mix (vol%): mass shares 50·5.0 : 45·1.86 : 5·2 = 2.5 : 0.837 : 0.1, so LCO is 72.7 wt%
 *   and the composite holds 0.727 · 140 = 101.8 mAh/g; ρ_solid = 3.437 g/cm3.
 * - σ_ion = 2 · ((0.45 − 0.29)/0.71)² = 0.102 mS/cm (the percolation law of transport.ts, no pores);
 *   σ_e: LCO's own network 1 · ((0.5 − 0.29)/0.71)² = 0.0875 plus Fibre's 100 · ((0.05 − 0.02)/0.98)²
 *   = 0.0937 gives 0.181, below the joint network of both (Σ x/x_c = 0.5/0.29 + 0.05/0.02 = 4.22,
 *   X = 0.55, X_c = 0.55/4.22 = 0.130): 1 · ((0.55 − 0.130)/0.870)² = 0.233 mS/cm, the larger.
 * - Stack: 10 mg/cm2 × 101.8 mAh/g = 1.02 mAh/cm2; cathode 10 / 3.437 / 0.1 = 29.1 um;
 *   3.9 V × 1.018 = 3.97 mWh/cm2 over 1.07 + 5.58 + 10 mg/cm2 = 239 Wh/kg and over
 *   20 + 30 + 29.1 um = 502 Wh/L. At 1 C, j = 1.02 mA/cm2: ΔV_ion = 1.018 × 29.1e-4 / 0.1016 = 0.0292 V.
 */
export const HAND_CHECKED_STACK = `material LCO {
  formula    LiCoO2
  role       cathode
  voltage    3.9 V
  capacity   140 mAh/g
  electrons  1
  electronic 1 mS/cm
  density    5.0 g/cm3
}

material LPSCl {
  formula    Li6PS5Cl
  role       electrolyte
  ionic      2 mS/cm
  density    1.86 g/cm3
}

material Fibre {
  formula     C
  role        carbon
  electronic  100 mS/cm
  density     2 g/cm3
  percolation 0.02
}

material LiMetal {
  formula    Li
  role       anode
  voltage    0 V
  density    0.534 g/cm3
}

composite Mix {
  LCO        50 vol%
  LPSCl      45 vol%
  Fibre       5 vol%
}

cell Stack {
  anode      LiMetal    thickness 20 um
  separator  LPSCl      thickness 30 um
  cathode    Mix        loading 10 mg/cm2
  rate       1 C
}
`;
