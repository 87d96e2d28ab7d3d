import type { DBCore, Middleware } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArchiveId } from '@core/model';
import {
  checkConsistency,
  classificationProgress,
  deleteArchive,
  isConsistent,
  nextUnscoredBatch,
  setReview,
  startClassification,
  writeImportChunk,
  writeScores,
  type LoupeDb,
} from '../../../renderer/src/db';
import { ARCHIVE_A, ARCHIVE_B, beginArchive, makeItems, makeScore, openTestDb } from './fixtures';

const MODELS = ['model-1', 'model-2'] as const;
const ARCHIVES = [ARCHIVE_A, ARCHIVE_B] as const;

/** Makes the n-th write from now fail, as a crash in the middle of a transaction would. */
class CrashSwitch {
  private writesLeft: number | null = null;
  arm(afterWrites: number | null): void {
    this.writesLeft = afterWrites;
  }
  shouldCrash(): boolean {
    if (this.writesLeft === null) return false;
    this.writesLeft -= 1;
    if (this.writesLeft > 0) return false;
    this.writesLeft = null;
    return true;
  }
  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'crash-switch',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              this.shouldCrash()
                ? Promise.reject(new DOMException('simulated crash', 'AbortError'))
                : table.mutate(request),
          };
        },
      }),
    };
  }
}

type Operation =
  | { type: 'import'; archive: 0 | 1; count: number; crashAt: number | null }
  | { type: 'score'; model: 0 | 1; limit: number; crashAt: number | null }
  | { type: 'start'; model: 0 | 1; crashAt: number | null }
  | { type: 'review'; archive: 0 | 1; crashAt: number | null }
  | { type: 'delete'; archive: 0 | 1; crashAt: number | null }
  | { type: 'reimport'; archive: 0 | 1; count: number; crashAt: number | null };

const crashAt = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null });
const which = fc.constantFrom<0 | 1>(0, 1);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('import' as const),
    archive: which,
    count: fc.integer({ min: 1, max: 40 }),
    crashAt,
  }),
  fc.record({
    type: fc.constant('score' as const),
    model: which,
    limit: fc.integer({ min: 1, max: 25 }),
    crashAt,
  }),
  fc.record({ type: fc.constant('start' as const), model: which, crashAt }),
  fc.record({ type: fc.constant('review' as const), archive: which, crashAt }),
  fc.record({ type: fc.constant('delete' as const), archive: which, crashAt }),
  fc.record({
    type: fc.constant('reimport' as const),
    archive: which,
    count: fc.integer({ min: 1, max: 20 }),
    crashAt,
  }),
);

let nextIndex = 0;

async function ensureArchive(db: LoupeDb, archiveId: ArchiveId): Promise<boolean> {
  if (await db.archives.get(archiveId)) return true;
  return beginArchive(db, archiveId).then(
    () => true,
    () => false,
  );
}

/** Both archives with some items, half of them scored by the first model, before any crash. */
async function seed(db: LoupeDb): Promise<void> {
  for (const archiveId of ARCHIVES) {
    await beginArchive(db, archiveId);
    const items = makeItems(archiveId, nextIndex, 10);
    nextIndex += 10;
    await writeImportChunk(db, { archiveId, items, exposures: [] });
    await writeScores(
      db,
      MODELS[0],
      items.slice(0, 5).map((item) => makeScore(item, MODELS[0])),
    );
  }
}

async function apply(db: LoupeDb, op: Operation): Promise<void> {
  switch (op.type) {
    case 'import': {
      const archiveId: ArchiveId = ARCHIVES[op.archive];
      if (!(await ensureArchive(db, archiveId))) return;
      const items = makeItems(archiveId, nextIndex, op.count);
      nextIndex += op.count;
      const ok = await writeImportChunk(db, { archiveId, items, exposures: [] }).then(
        () => true,
        () => false,
      );
      // A chunk is whole or absent, never in part.
      const present = await db.items.bulkGet(items.map((item) => item.id));
      expect(present.filter(Boolean).length).toBe(ok ? items.length : 0);
      return;
    }
    case 'score': {
      const modelId = MODELS[op.model];
      await startClassification(db, modelId).catch(() => null);
      const batch = await nextUnscoredBatch(db, modelId, { limit: op.limit }).catch(() => null);
      if (batch)
        await writeScores(
          db,
          modelId,
          batch.items.map((item) => makeScore(item, modelId)),
        ).catch(() => null);
      return;
    }
    case 'start':
      await startClassification(db, MODELS[op.model]).catch(() => null);
      return;
    case 'review': {
      const item = await db.items.filter((row) => row.archiveId === ARCHIVES[op.archive]).first();
      if (item) await setReview(db, item.id, 'correct').catch(() => null);
      return;
    }
    case 'reimport': {
      // Items of the other archive found again in this one (a newer export of the same account).
      const archiveId: ArchiveId = ARCHIVES[op.archive];
      const other = ARCHIVES[1 - op.archive]!;
      if (!(await ensureArchive(db, archiveId))) return;
      const found = await db.items
        .filter((row) => row.archiveId === other)
        .limit(op.count)
        .toArray();
      const items = found.map((item) => ({ ...item, archiveId }));
      const ok = await writeImportChunk(db, { archiveId, items, exposures: [] }).then(
        () => true,
        () => false,
      );
      const stored = await db.items.bulkGet(items.map((item) => item.id));
      const owners = stored.map((item) => item?.archiveId);
      expect(owners.every((owner) => owner === (ok ? archiveId : other))).toBe(true);
      return;
    }
    case 'delete':
      await deleteArchive(db, ARCHIVES[op.archive]).catch(() => null);
      return;
  }
}

describe('crash safety', () => {
  it('a crash at any write of any operation leaves no partial chunk, no orphan, right counts; the run then finishes exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const db = await openTestDb();
        const crash = new CrashSwitch();
        db.close();
        db.use(crash.middleware());
        await db.open();
        try {
          await seed(db);
          for (const op of operations) {
            crash.arm(op.crashAt);
            await apply(db, op);
            crash.arm(null);
            const report = await checkConsistency(db);
            expect(report).toEqual({
              orphanScores: [],
              orphanReviews: [],
              recordsWithoutArchive: [],
              wrongArchiveCounts: [],
              reportFactsOutOfStep: [],
            });
            // What loadReportFacts checks the report's copy against: exact, or every read would rebuild it.
            for (const run of await db.runs.where('type').equals('classification').toArray()) {
              expect(run.done).toBe(await db.scores.where('modelId').equals(run.modelId!).count());
            }
          }
          // Resume after the last crash: every item ends up scored exactly once by each model.
          for (const modelId of MODELS) {
            await startClassification(db, modelId);
            for (;;) {
              const batch = await nextUnscoredBatch(db, modelId, { limit: 16 });
              if (batch.items.length === 0) break;
              await writeScores(
                db,
                modelId,
                batch.items.map((item) => makeScore(item, modelId)),
              );
            }
            const progress = await classificationProgress(db, modelId);
            expect(progress.done).toBe(progress.total);
            expect(progress.queued).toBe(0);
          }
          expect(await db.scores.count()).toBe(MODELS.length * (await db.items.count()));
          expect(isConsistent(await checkConsistency(db))).toBe(true);
        } finally {
          await db.delete();
        }
      }),
      { seed: 20261125, numRuns: process.env.LOUPE_STRESS === '1' ? 400 : 20 },
    );
  });

  it('the consistency check finds an orphan score, a wrong archive count and a report copy out of step', async () => {
    const db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const items = makeItems(ARCHIVE_A, 0, 3);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [] });
    await writeScores(db, 'm', [makeScore(items[0]!, 'm')]);
    await db.items.delete(items[0]!.id); // behind the API's back, as a torn write would
    const report = await checkConsistency(db);
    expect(report.orphanScores).toEqual([`${items[0]!.id}|m`]);
    expect(report.wrongArchiveCounts).toEqual([ARCHIVE_A]);
    expect(report.reportFactsOutOfStep).toEqual([items[0]!.id]);
    expect(isConsistent(report)).toBe(false);
    await db.delete();
  });
});
