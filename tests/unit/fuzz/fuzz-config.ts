import fc from 'fast-check';

/** Fixed seed in CI (reproducible failures); `LOUPE_STRESS=1` runs many more cases from a fresh seed. */
export const STRESS = process.env.LOUPE_STRESS === '1';
export const FUZZ_SEED = Number(process.env.LOUPE_FUZZ_SEED ?? (STRESS ? Date.now() % 2 ** 31 : 20260112));

export function configureFuzz(ciRuns: number, stressRuns = ciRuns * 50): void {
  fc.configureGlobal({ seed: FUZZ_SEED, numRuns: STRESS ? stressRuns : ciRuns, endOnFailure: true });
}
