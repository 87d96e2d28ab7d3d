import { asEpochMs, type ItemId, type Score } from '@core/model';
import { withStorage } from './errors';
import type { StoredScore } from './records';
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
  const tables = [db.items, db.scores, db.runs];
  return withStorage(db, () =>
    db.transaction('rw', tables, async () => {
      const itemIds: ItemId[] = scores.map((score) => score.itemId);
      const items = await db.items.bulkGet(itemIds);
      const previous = await db.scores.bulkGet(itemIds.map((itemId) => [itemId, modelId]));
      const stored: StoredScore[] = [];
      let added = 0;
      const counted = new Set<string>();
      scores.forEach((score, index) => {
        const item = items[index];
        if (!item) return;
        stored.push({ ...score, archiveId: item.archiveId });
        if (previous[index] === undefined && !counted.has(score.itemId)) added += 1;
        counted.add(score.itemId);
      });
      await db.scores.bulkPut(stored);
      const run = await db.runs.get(classificationRunId(modelId));
      // Counted incrementally: an index count over 100,000 scores per batch would dominate.
      if (run) await db.runs.put({ ...run, done: run.done + added, updatedAt: asEpochMs(Date.now()) });
      return { written: stored.length, skippedMissingItems: scores.length - stored.length };
    }),
  );
}
