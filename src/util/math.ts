/** Small numeric helpers shared by the engines; all pure. */

/**
 * Clamps a number into [min, max]. NaN maps to `min`, so a malformed input (a corrupt stored row,
 * a division by zero upstream) can never carry NaN into a state that is saved and read back.
 */
export function clamp(x: number, min: number, max: number): number {
  if (Number.isNaN(x)) return min;
  return Math.min(max, Math.max(min, x));
}

/** Clamps into [0, 1], the range of probabilities, traits and salience. */
export const clamp01 = (x: number): number => clamp(x, 0, 1);
