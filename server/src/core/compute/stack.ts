/**
 * The arithmetic of a layer and a stack, in one place: the cell's hints (cell.ts) and the design
 * solver (design.ts) both use these, so a loading turns into a thickness, a current into a
 * voltage loss and an areal energy into Wh/kg the same way everywhere (docs/computations.md §3).
 */

/** um·g/cm3 → mg/cm2: 1 um = 1e-4 cm, 1 g = 1000 mg. */
const MG_PER_CM2_PER_UM_G_PER_CM3 = 0.1;

/** A layer's thickness, um, from its areal mass (mg/cm2) and its density as built (g/cm3). */
export function thicknessFromLoading(loadingMgPerCm2: number, densityGPerCm3: number): number {
  return loadingMgPerCm2 / densityGPerCm3 / MG_PER_CM2_PER_UM_G_PER_CM3;
}

/** A layer's areal mass, mg/cm2, from its thickness (um) and its density as built (g/cm3). */
export function loadingFromThickness(thicknessUm: number, densityGPerCm3: number): number {
  return thicknessUm * densityGPerCm3 * MG_PER_CM2_PER_UM_G_PER_CM3;
}

/** Areal capacity, mAh/cm2: loading (mg/cm2) × specific capacity of the composite (mAh/g). */
export function arealCapacity(loadingMgPerCm2: number, specificCapacityMAhPerG: number): number {
  return (loadingMgPerCm2 * specificCapacityMAhPerG) / 1000;
}

/**
 * ΔV = j·L/σ_eff, V: mA/cm2 × cm ÷ mS/cm = mA/mS = V. No current costs nothing; a phase that
 * carries nothing (σ_eff = 0) costs an infinite voltage.
 */
export function voltageDrop(currentDensityMAPerCm2: number, thicknessUm: number, conductivityMSPerCm: number): number {
  if (currentDensityMAPerCm2 === 0) return 0;
  return conductivityMSPerCm > 0 ? (currentDensityMAPerCm2 * thicknessUm * 1e-4) / conductivityMSPerCm : Infinity;
}

/** Wh/kg of the stack: mWh/cm2 ÷ mg/cm2 = mWh/mg = 1000 Wh/kg. */
export function specificEnergy(arealEnergyMWhPerCm2: number, arealMassMgPerCm2: number): number {
  return (1000 * arealEnergyMWhPerCm2) / arealMassMgPerCm2;
}

/** Wh/L of the stack: mWh/cm2 ÷ (um·1e-4 cm/um) = mWh/cm3 = Wh/L. */
export function energyDensity(arealEnergyMWhPerCm2: number, thicknessUm: number): number {
  return (1e4 * arealEnergyMWhPerCm2) / thicknessUm;
}
