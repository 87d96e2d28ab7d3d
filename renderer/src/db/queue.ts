import { asEpochMs, type Item, type ItemId } from '@core/model';
import { withStorage } from './errors';
import type { PendingRow, RunRecord } from './records';
import { classificationRunId, getRun, isActiveRun, newRun, updateRun } from './runs';
import type { LoupeDb } from './schema';

const SCAN_PAGE_SIZE = 2_000;
// Bounds inside compound keys: numbers and strings sort between these (arrays sort after every
// other key type). A fresh array each time: one array object twice in a key reads as a cycle.
const MIN_KEY = Number.NEGATIVE_INFINITY;
const maxKey = (): never[] => [];

/**
 * Starts classifying with a model, or resumes its run after a reload. A new run first queues every
 * item that the model has not scored (one pass over the items, in pages); a run already queued
 * resumes without rescanning. Items imported while the run is active are queued by the import.
 */
export async function startClassification(db: LoupeDb, modelId: string): Promise<RunRecord> {
  const runId = classificationRunId(modelId);
  const existing = await getRun(db, runId);
  if (existing && isActiveRun(existing) && existing.queueReady) {
    return updateRun(db, runId, { status: 'running', error: null });
  }
  // Queued before the scan, so that import chunks written during the scan are queued as well.
  await withStorage(db, () =>
    db.runs.put(newRun({ id: runId, type: 'classification', archiveId: null, modelId, status: 'queued' })),
  );
  await queueUnscoredItems(db, modelId);
  const progress = await classificationProgress(db, modelId);
  return withStorage(db, () =>
    db.transaction('rw', db.runs, async () => {
      const run = await db.runs.get(runId);
      const base =
        run ?? newRun({ id: runId, type: 'classification', archiveId: null, modelId, status: 'queued' });
      const started: RunRecord = {
        ...base,
        status: 'running',
        queueReady: true,
        done: progress.done,
        total: progress.total,
        updatedAt: asEpochMs(Date.now()),
      };
      await db.runs.put(started);
      return started;
    }),
  );
}

/** Queues every item without a score from the model; idempotent. Returns how many were queued. */
export async function queueUnscoredItems(db: LoupeDb, modelId: string): Promise<number> {
  let after: ItemId | null = null;
  let queued = 0;
  for (;;) {
    const page = await withStorage(db, () =>
      db.transaction('rw', db.items, db.scores, db.pending, async () => {
        const items =
          after === null
            ? await db.items.orderBy(':id').limit(SCAN_PAGE_SIZE).toArray()
            : await db.items.where(':id').above(after).limit(SCAN_PAGE_SIZE).toArray();
        const scores = await db.scores.bulkGet(items.map((item) => [item.id, modelId]));
        const rows: PendingRow[] = items
          .filter((_, index) => scores[index] === undefined)
          .map((item) => ({
            modelId,
            itemId: item.id,
            archiveId: item.archiveId,
            textLength: item.text.length,
          }));
        await db.pending.bulkPut(rows);
        return { last: items.at(-1)?.id ?? null, queued: rows.length };
      }),
    );
    queued += page.queued;
    if (page.last === null) return queued;
    after = page.last;
  }
}

/** Where a batch ended; pass it back to skip past items that could not be scored. */
export interface QueueCursor {
  readonly textLength: number;
  readonly itemId: ItemId;
}

export interface UnscoredBatch {
  /** Items the model has not scored, shortest text first, so consecutive items pad little. */
  readonly items: Item[];
  /** Position after the last item, or null when the batch is empty. */
  readonly cursor: QueueCursor | null;
}

/**
 * The next items the model has not scored, from the queue, ordered by text length (then id).
 * Reads only `limit` queue rows and their items, whatever the size of the archive. Scored items
 * leave the queue when their scores are written, so calling again without `after` moves on.
 */
export function nextUnscoredBatch(
  db: LoupeDb,
  modelId: string,
  options: { readonly limit: number; readonly after?: QueueCursor },
): Promise<UnscoredBatch> {
  const lower = options.after
    ? [modelId, options.after.textLength, options.after.itemId]
    : [modelId, MIN_KEY, MIN_KEY];
  return withStorage(db, () =>
    db.transaction('rw', db.pending, db.items, async () => {
      const rows = await db.pending
        .where('[modelId+textLength+itemId]')
        .between(lower, [modelId, maxKey(), maxKey()], options.after === undefined, true)
        .limit(options.limit)
        .toArray();
      const found = await db.items.bulkGet(rows.map((row) => row.itemId));
      const items = found.filter((item): item is Item => item !== undefined);
      // A queue row whose item is gone is stale: drop it so it is not fetched again.
      const stale = rows.filter((_, index) => found[index] === undefined);
      await db.pending.bulkDelete(stale.map((row): [string, ItemId] => [modelId, row.itemId]));
      const last = rows.at(-1);
      return {
        items,
        cursor: last ? { textLength: last.textLength, itemId: last.itemId } : null,
      };
    }),
  );
}

export interface ClassificationProgress {
  /** Items that have a score from the model. */
  readonly done: number;
  /** Items in the database. */
  readonly total: number;
  /** Items queued for the model and not yet scored. */
  readonly queued: number;
}

export function classificationProgress(db: LoupeDb, modelId: string): Promise<ClassificationProgress> {
  return withStorage(db, () =>
    db.transaction('r', db.items, db.scores, db.pending, async () => ({
      done: await db.scores.where('modelId').equals(modelId).count(),
      total: await db.items.count(),
      queued: await db.pending
        .where('[modelId+itemId]')
        .between([modelId, MIN_KEY], [modelId, maxKey()])
        .count(),
    })),
  );
}
