/** Heavy hostile cases run sized down in CI and at full size with `LOUPE_STRESS=1` (`npm run test:stress`). */
export const STRESS = process.env.LOUPE_STRESS === '1';

export const MiB = 2 ** 20;

export const HOSTILE_SIZES = {
  /** The "300 MB JSON file". */
  hugeJsonBytes: STRESS ? 300 * MiB : 16 * MiB,
  /** One entry inflating past the importer's 1 GiB per-entry cap, at about 1000:1. */
  bombEntryMiB: STRESS ? 2048 : 1100,
  /** Many entries of 4 MiB of zeros (at the ratio floor, so only the total cap can stop them). */
  manyEntriesCount: STRESS ? 4200 : 80,
  manyEntriesMiB: 4,
  tinyEntries: 100_000,
  nestingDepth: 100_000,
};
