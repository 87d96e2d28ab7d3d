import { asEpochMs, type ItemId, type Score } from '@core/model';
import { addUnlessStored } from './add-unless-stored';
import { withStorage } from './errors';
import type { StoredScore } from './records';
import { scoreFactsOf } from './report-facts';
import { classificationRunId } from './runs';
import type { LoupeDb } from './schema';

export interface WriteScoresResult {
  /** Scores written (an item scored again by the same model is overwritten, not duplicated). */
  readonly written: number;
  /** Scores dropped because their item was deleted meanwhile (an archive deleted mid-run). */
  readonly skippedMissingItems: number;
}

/**
 * Writes one batch of a model's scores in a single transaction and updates the classification
 * run's count. Never writes a score for an item
 * that no longer exists. Classify first, then call this: nothing else is awaited inside.
 */
export function writeScores(
  db: LoupeDb,
  modelId: string,
  scores: readonly Score[],
): Promise<WriteScoresResult> {
  if (scores.some((score) => score.modelId !== modelId)) {
    throw new RangeError(`every score of the batch must come from model ${modelId}`);
  }
  const tables = [db.items, db.scores, db.runs, db.scoreFacts];
  return withStorage(db, () =>
    db.transaction('rw', tables, async () => {
      const items = await db.items.bulkGet(scores.map((score) => score.itemId));
      // An item scored twice in the batch: its last score, as a put would keep.
      const lastByItem = new Map<ItemId, StoredScore>();
      scores.forEach((score, index) => {
        const item = items[index];
        if (item) lastByItem.set(score.itemId, { ...score, archiveId: item.archiveId });
      });
      const stored = [...lastByItem.values()];
      const scoredBefore = await addUnlessStored(db.scores, stored);
      if (scoredBefore.length > 0) await db.scores.bulkPut(scoredBefore);
      if (stored.length > 0) await db.scoreFacts.add(scoreFactsOf(modelId, stored));
      const added = stored.length - scoredBefore.length;
      const run = await db.runs.get(classificationRunId(modelId));
      // Counted incrementally: an index count over 100,000 scores per batch would dominate.
      if (run) await db.runs.put({ ...run, done: run.done + added, updatedAt: asEpochMs(Date.now()) });
      const missing = scores.filter((_, index) => items[index] === undefined).length;
      return { written: scores.length - missing, skippedMissingItems: missing };
    }),
  );
}
