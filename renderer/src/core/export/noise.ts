import { uniformOpenZero } from './random';
import type { RandomSource } from './types';

/**
 * Two-sided geometric (discrete Laplace) noise: P(z) = (1-α)/(1+α) · α^|z| with α = exp(-ε/Δ), which is
 * ε-differentially private for a count query of L1 sensitivity Δ. Sampled as the difference of two
 * geometric variables drawn by inversion.
 */
export function geometricNoise(epsilon: number, sensitivity: number, random: RandomSource): number {
  if (!(epsilon > 0) || !(sensitivity > 0)) throw new RangeError('epsilon and sensitivity must be positive');
  const logAlpha = -epsilon / sensitivity;
  const geometric = () => Math.floor(Math.log(uniformOpenZero(random)) / logAlpha);
  return geometric() - geometric();
}

/** Noise on every cell, then clamped to 0 (post-processing, which keeps the guarantee). */
export function addNoise(
  values: readonly (readonly number[])[],
  epsilon: number,
  sensitivity: number,
  random: RandomSource,
): number[][] {
  return values.map((row) =>
    row.map((value) => Math.max(0, value + geometricNoise(epsilon, sensitivity, random))),
  );
}
