import { asEpochMs } from '@core/model';
import { withStorage } from './errors';
import type { Item, QueueCursor, QueuePosition, RunRecord } from './records';
import { classificationRunId, isActiveRun, newRun } from './runs';
import { itemsAfter, type LoupeDb } from './schema';

export type { QueueCursor } from './records';

/** Smallest page read from the items index, so sparse unscored items do not cost a read each. */
const MIN_PAGE = 32;
const START: QueuePosition = { after: null, foundInPass: false };

/**
 * Starts classifying with a model, or resumes its run (after a reload, or a pause). Cheap: the
 * queue is the items themselves, read in id order, skipping what the model has scored.
 */
export function startClassification(db: LoupeDb, modelId: string): Promise<RunRecord> {
  const runId = classificationRunId(modelId);
  return withStorage(db, () =>
    db.transaction('rw', db.runs, db.items, db.scores, async () => {
      const existing = await db.runs.get(runId);
      const base =
        existing && isActiveRun(existing)
          ? existing
          : newRun({ id: runId, type: 'classification', archiveId: null, modelId, status: 'running' });
      const run: RunRecord = {
        ...base,
        status: 'running',
        error: null,
        queuePosition: base.queuePosition ?? START,
        done: await db.scores.where('modelId').equals(modelId).count(),
        total: await db.items.count(),
        updatedAt: asEpochMs(Date.now()),
      };
      await db.runs.put(run);
      return run;
    }),
  );
}

export interface UnscoredBatch {
  /**
   * Items the model has not scored, in id order: unrelated to their length, so fetch a few hundred at a time
   * and let the classifier sort them into length-grouped batches (it does).
   */
  readonly items: Item[];
  /** Position after the last item examined, or null when the batch is empty. */
  readonly cursor: QueueCursor | null;
}

/**
 * The next items the model has not scored, in id order, reading about `limit` items and
 * their scores whatever the size of the archive.
 *
 * Without `after`, the position is kept in the model's run (see startClassification) and moves on
 * with each call, in the same transaction: calling again returns the next items, and a reload
 * resumes there. When the scan reaches the end while the model has not scored every item (an item
 * handed out but never scored, or imported behind the position), it starts one more pass from the
 * beginning. So every item handed out must get a score (a `Score` with status `empty` when it cannot
 * be classified), or it comes back in the next pass. With `after`, scans from there and keeps nothing.
 */
export function nextUnscoredBatch(
  db: LoupeDb,
  modelId: string,
  options: { readonly limit: number; readonly after?: QueueCursor },
): Promise<UnscoredBatch> {
  const runId = classificationRunId(modelId);
  return withStorage(db, () =>
    db.transaction('rw', db.items, db.scores, db.runs, async () => {
      // Without a run the position could not be kept and each call would rescan from the start. A run made here
      // counts the model's scores, as startClassification's does: its count must stay exact (loadReportFacts
      // checks the report's copy against it).
      const run =
        options.after === undefined
          ? ((await db.runs.get(runId)) ?? {
              ...newRun({ id: runId, type: 'classification', archiveId: null, modelId, status: 'running' }),
              done: await db.scores.where('modelId').equals(modelId).count(),
              total: await db.items.count(),
            })
          : undefined;
      let position: QueuePosition = options.after
        ? { after: options.after, foundInPass: true }
        : (run?.queuePosition ?? START);
      const found: Item[] = [];
      const foundIds = new Set<string>();
      let restarted = false;
      while (found.length < options.limit) {
        const page = await readPage(db, position.after, Math.max(options.limit - found.length, MIN_PAGE));
        if (page.length === 0) {
          if (options.after || restarted || !(await othersUnscored(db, modelId, found.length))) {
            break;
          }
          position = START;
          restarted = true;
          continue;
        }
        const scores = await db.scores.bulkGet(page.map((item) => [item.id, modelId]));
        for (const [index, item] of page.entries()) {
          if (found.length === options.limit) break;
          // After a restart, the items found before it come round again: hand each out once.
          const unscored = scores[index] === undefined && !foundIds.has(item.id);
          if (unscored) {
            found.push(item);
            foundIds.add(item.id);
          }
          position = {
            after: { itemId: item.id },
            foundInPass: position.foundInPass || unscored,
          };
        }
      }
      if (run) {
        await db.runs.put({ ...run, queuePosition: position, updatedAt: asEpochMs(Date.now()) });
      }
      return { items: found, cursor: found.length > 0 ? position.after : null };
    }),
  );
}

function readPage(db: LoupeDb, after: QueueCursor | null, size: number): Promise<Item[]> {
  return itemsAfter(db, after?.itemId).limit(size).toArray();
}

/** Whether items other than the `handedOut` ones lack a score (scores have no orphans). */
async function othersUnscored(db: LoupeDb, modelId: string, handedOut: number): Promise<boolean> {
  const scored = await db.scores.where('modelId').equals(modelId).count();
  return scored + handedOut < (await db.items.count());
}

export interface ClassificationProgress {
  /** Items that have a score from the model. */
  readonly done: number;
  /** Items in the database. */
  readonly total: number;
  /** Items the model has yet to score. */
  readonly queued: number;
}

export function classificationProgress(db: LoupeDb, modelId: string): Promise<ClassificationProgress> {
  return withStorage(db, () =>
    db.transaction('r', db.items, db.scores, async () => {
      const done = await db.scores.where('modelId').equals(modelId).count();
      const total = await db.items.count();
      return { done, total, queued: total - done };
    }),
  );
}
