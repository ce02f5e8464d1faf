/** `.cell` documents for the report tests: every input the hints need is declared in the file. */

/**
 * Three cells over three composites. The materials are declared here (shadowing the
 * library) so the expected numbers depend only on this text: NCM811 and Li6PS5Cl as in
 * reference/materials.md, a VGCF with its fibre threshold, LTG with a density.
 */
export const FULL = `
material NCM811 {
  formula    LiNi0.8Co0.1Mn0.1O2
  role       cathode
  voltage    3.86 V
  capacity   195 mAh/g
  electrons  1
  ionic      1e-4 mS/cm
  electronic 0.05 mS/cm
  density    4.7 g/cm3
}
material Li6PS5Cl {
  formula    Li6PS5Cl
  role       electrolyte
  ionic      2.05 mS/cm
  density    1.84 g/cm3
}
material VGCF {
  formula     C
  role        carbon
  electronic  100 S/cm
  density     2.0 g/cm3
  percolation 0.03
}
material LTG {
  formula    Li1.75Ti2(Ge0.25P0.75S3.8Se0.2)3
  role       cathode
  voltage    2.55 V
  capacity   250 mAh/g
  ionic      0.22 mS/cm .. 0.66 mS/cm
  electronic 242 mS/cm .. 412 mS/cm
  density    3.1 g/cm3
}
material LiMetal {
  formula  Li
  role     anode
  voltage  0 V
  capacity 3860 mAh/g
  density  0.534 g/cm3
}
material Alu {
  formula  Al
  role     collector
  density  2.7 g/cm3
}

composite BareNCM {
  NCM811     70 wt%
  Li6PS5Cl   27 wt%
  VGCF        3 wt%
  porosity   10 vol%
}

composite Starved {
  NCM811     90 vol%
  Li6PS5Cl    5 vol%
  VGCF        5 vol%
}

composite LTGonly {
  LTG        100 wt%
  porosity   8 vol%
}

cell NCMcell {
  anode      LiMetal    thickness 20 um
  separator  Li6PS5Cl   thickness 30 um
  cathode    BareNCM    loading 15 mg/cm2
  collector  Alu        thickness 10 um
  rate       1 C
}

cell StarvedCell {
  anode      LiMetal    thickness 30 um
  separator  Li6PS5Cl   thickness 50 um
  cathode    Starved    loading 20 mg/cm2
  rate       1 C
}

cell LTGcell {
  anode      LiMetal    thickness 20 um
  separator  Li6PS5Cl   thickness 30 um
  cathode    LTGonly    loading 10 mg/cm2
  rate       0.5 C
}
`;
