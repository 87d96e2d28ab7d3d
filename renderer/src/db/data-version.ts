import type { LoupeDb } from './schema';

/** The settings row where the app keeps its last report: large, and not part of the data version. */
export const REPORT_CACHE_KEY = 'reportCache';

/**
 * A string that changes when the data a report reads changes: the archives with their counts (kept exact by
 * every import chunk and deletion), the reviews, the settings, and the classification runs' counts of scored
 * items (kept exact by every batch of scores). All cheap to read, where counting the scores took about a second
 * per 100,000, so a cached report is known current, or not, before the first paint.
 */
export async function readDataVersion(db: LoupeDb): Promise<string> {
  const [archives, reviews, settings, runs] = await Promise.all([
    db.archives.toArray(),
    db.reviews.toArray(),
    db.settings.where('key').notEqual(REPORT_CACHE_KEY).toArray(),
    db.runs.where('type').equals('classification').toArray(),
  ]);
  return JSON.stringify([
    archives.map((archive) => [archive.id, archive.status, archive.counts]),
    reviews.map((review) => [review.itemId, review.verdict]),
    settings,
    // Not their status or time: the app resumes (or rechecks) its run at every start.
    runs.map((run) => [run.id, run.done]),
  ]);
}
