/**
 * Physical constants, CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021);
 * https://physics.nist.gov/cuu/Constants/). Since the 2019 SI redefinition e, k_B and N_A are
 * exact, so F = N_A·e is exact too.
 */

/** Elementary charge e, C (exact). */
export const ELEMENTARY_CHARGE_C = 1.602176634e-19;

/** Boltzmann constant k_B, J/K (exact). */
export const BOLTZMANN_J_PER_K = 1.380649e-23;

/** Avogadro constant N_A, 1/mol (exact). */
export const AVOGADRO_PER_MOL = 6.02214076e23;

/** Faraday constant F = N_A·e = 96485.33212… C/mol. */
export const FARADAY_C_PER_MOL = AVOGADRO_PER_MOL * ELEMENTARY_CHARGE_C;

/** Room temperature for the Nernst–Einstein estimate, K (25 °C). */
export const ROOM_TEMPERATURE_K = 298.15;

/**
 * docs/language.md §6: a material conducts a phase (ions or electrons) when its conductivity for
 * it is at least this, in mS/cm. Below it (1e-5 S/cm) a particle network carries too little
 * current to matter at battery rates, whatever its connectivity.
 */
export const CONDUCTING_MIN_MS_PER_CM = 0.01;
