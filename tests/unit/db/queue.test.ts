import { afterEach, describe, expect, it } from 'vitest';
import type { Item } from '@core/model';
import {
  classificationProgress,
  classificationRunId,
  getRun,
  nextUnscoredBatch,
  openLoupeDb,
  startClassification,
  updateRun,
  writeImportChunk,
  writeScores,
  type LoupeDb,
} from '../../../renderer/src/db';
import { ARCHIVE_A, beginArchive, makeItem, makeItems, makeScore, openTestDb } from './fixtures';

const MODEL = 'loupe-small-q8';
const OTHER_MODEL = 'other-model';

let db: LoupeDb;
afterEach(async () => db?.delete());

/** Pulls and scores batches until the queue is empty; returns the ids in the order they were scored. */
async function scoreEverything(database: LoupeDb, modelId: string, limit = 16): Promise<string[]> {
  const order: string[] = [];
  for (;;) {
    const batch = await nextUnscoredBatch(database, modelId, { limit });
    if (batch.items.length === 0) return order;
    await writeScores(
      database,
      modelId,
      batch.items.map((item) => makeScore(item, modelId)),
    );
    order.push(...batch.items.map((item) => item.id));
  }
}

async function importTexts(database: LoupeDb, texts: readonly string[]): Promise<Item[]> {
  await beginArchive(database, ARCHIVE_A);
  const items = texts.map((text, index) => makeItem(ARCHIVE_A, index, text));
  await writeImportChunk(database, { archiveId: ARCHIVE_A, items, exposures: [] });
  return items;
}

describe('classification queue', () => {
  it('returns unscored items in id order, and every item is scored exactly once', async () => {
    db = await openTestDb();
    const texts = Array.from({ length: 200 }, (_, i) => 'x'.repeat((i * 37) % 150));
    const items = await importTexts(db, texts);
    const run = await startClassification(db, MODEL);
    expect(run).toMatchObject({ status: 'running', done: 0, total: 200 });

    const first = await nextUnscoredBatch(db, MODEL, { limit: 32 });
    const ids = items.map((item) => item.id).sort();
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, 32));
    expect(first.cursor).toEqual({ itemId: ids[31] });

    const order = await scoreEverything(db, MODEL);
    expect(new Set(order).size).toBe(200);
    expect(await db.scores.count()).toBe(200);
    expect(await classificationProgress(db, MODEL)).toEqual({ done: 200, total: 200, queued: 0 });
    expect((await getRun(db, classificationRunId(MODEL)))?.done).toBe(200);
  });

  it('re-scores nothing for a model that already scored, and everything for a new model', async () => {
    db = await openTestDb();
    await importTexts(db, ['a', 'bb', 'ccc', 'dddd']);
    await startClassification(db, MODEL);
    await scoreEverything(db, MODEL);
    await updateRun(db, classificationRunId(MODEL), { status: 'done' });

    await startClassification(db, MODEL);
    expect((await nextUnscoredBatch(db, MODEL, { limit: 10 })).items).toEqual([]);

    await startClassification(db, OTHER_MODEL);
    expect(await classificationProgress(db, OTHER_MODEL)).toEqual({ done: 0, total: 4, queued: 4 });
    await scoreEverything(db, OTHER_MODEL);
    expect(await db.scores.where('modelId').equals(OTHER_MODEL).count()).toBe(4);
    expect(await db.scores.where('modelId').equals(MODEL).count()).toBe(4);
  });

  it('queues only the items a model has not scored when it is chosen again after new imports', async () => {
    db = await openTestDb();
    await importTexts(db, ['one', 'two']);
    await startClassification(db, MODEL);
    await scoreEverything(db, MODEL);
    await updateRun(db, classificationRunId(MODEL), { status: 'done' });
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: [makeItem(ARCHIVE_A, 7, 'new')],
      exposures: [],
    });

    await startClassification(db, MODEL);
    const batch = await nextUnscoredBatch(db, MODEL, { limit: 10 });
    expect(batch.items.map((item) => item.text)).toEqual(['new']);
  });

  it('queues items imported while a run is active, without rescanning', async () => {
    db = await openTestDb();
    await importTexts(db, ['first']);
    await startClassification(db, MODEL);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_A, 10, 3), exposures: [] });
    expect((await classificationProgress(db, MODEL)).queued).toBe(4);
    expect((await getRun(db, classificationRunId(MODEL)))?.total).toBe(4);
  });

  it('resumes after a reload: a new connection finishes with no duplicate and no missing score', async () => {
    db = await openTestDb();
    await importTexts(
      db,
      Array.from({ length: 100 }, (_, i) => `text number ${i}`),
    );
    await startClassification(db, MODEL);
    const batch = await nextUnscoredBatch(db, MODEL, { limit: 30 });
    await writeScores(
      db,
      MODEL,
      batch.items.map((item) => makeScore(item, MODEL)),
    );
    // Fetched but never written: the page was closed mid-batch.
    await nextUnscoredBatch(db, MODEL, { limit: 30 });
    db.close();

    db = await openLoupeDb({ name: db.name });
    const resumed = await startClassification(db, MODEL);
    expect(resumed).toMatchObject({ status: 'running', done: 30 });
    await scoreEverything(db, MODEL);
    expect(await db.scores.count()).toBe(100);
    expect(await classificationProgress(db, MODEL)).toEqual({ done: 100, total: 100, queued: 0 });
  });

  it('moves past items with the cursor, and a paused run stays paused until resumed', async () => {
    db = await openTestDb();
    await importTexts(db, ['a', 'bb', 'ccc']);
    await startClassification(db, MODEL);
    const first = await nextUnscoredBatch(db, MODEL, { limit: 1 });
    const next = await nextUnscoredBatch(db, MODEL, { limit: 5, after: first.cursor ?? undefined });
    expect(first.items.map((i) => i.text)).toEqual(['a']);
    expect(next.items.map((i) => i.text)).toEqual(['bb', 'ccc']);

    await updateRun(db, classificationRunId(MODEL), { status: 'paused' });
    expect((await getRun(db, classificationRunId(MODEL)))?.status).toBe('paused');
    expect((await startClassification(db, MODEL)).status).toBe('running');
  });

  it('hands out an item that was never scored again in a second pass, then ends', async () => {
    db = await openTestDb();
    await importTexts(db, ['a', 'bb', 'ccc', 'dddd']);
    await startClassification(db, MODEL);
    const lost = await nextUnscoredBatch(db, MODEL, { limit: 1 }); // the page closed before scoring
    const rest = await nextUnscoredBatch(db, MODEL, { limit: 3 });
    expect(rest.items.map((i) => i.text)).toEqual(['bb', 'ccc', 'dddd']);
    await writeScores(
      db,
      MODEL,
      rest.items.map((item) => makeScore(item, MODEL)),
    );

    const again = await nextUnscoredBatch(db, MODEL, { limit: 10 });
    expect(again.items.map((i) => i.id)).toEqual(lost.items.map((i) => i.id));
    await writeScores(
      db,
      MODEL,
      again.items.map((item) => makeScore(item, MODEL)),
    );
    expect((await nextUnscoredBatch(db, MODEL, { limit: 10 })).items).toEqual([]);
  });

  it('picks up an item imported behind the position while the run goes on', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const early = [makeItem(ARCHIVE_A, 10, 'long text'), makeItem(ARCHIVE_A, 11, 'longer text')];
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: early, exposures: [] });
    await startClassification(db, MODEL);
    const first = await nextUnscoredBatch(db, MODEL, { limit: 10 });
    await writeScores(
      db,
      MODEL,
      first.items.map((item) => makeScore(item, MODEL)),
    );
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      // Its id sorts before the ones already scanned.
      items: [makeItem(ARCHIVE_A, 5, 'x')],
      exposures: [],
    });
    expect((await getRun(db, classificationRunId(MODEL)))?.total).toBe(3);

    const late = await nextUnscoredBatch(db, MODEL, { limit: 10 });
    expect(late.items.map((i) => i.text)).toEqual(['x']);
  });

  it('keeps the position even when no run was started', async () => {
    db = await openTestDb();
    await importTexts(db, ['a', 'bb', 'ccc']);
    const first = await nextUnscoredBatch(db, MODEL, { limit: 2 });
    await writeScores(
      db,
      MODEL,
      first.items.map((item) => makeScore(item, MODEL)),
    );
    const second = await nextUnscoredBatch(db, MODEL, { limit: 2 });
    expect([...first.items, ...second.items].map((i) => i.text)).toEqual(['a', 'bb', 'ccc']);
    expect((await getRun(db, classificationRunId(MODEL)))?.queuePosition?.after).toEqual({
      itemId: second.items.at(-1)?.id,
    });
  });

  it('overwrites a score written again, counting each item once in the run', async () => {
    db = await openTestDb();
    const items = await importTexts(db, ['one', 'two', 'three']);
    await startClassification(db, MODEL);
    await writeScores(db, MODEL, [makeScore(items[0]!, MODEL, 0.1), makeScore(items[0]!, MODEL, 0.2)]);
    const result = await writeScores(db, MODEL, [
      makeScore(items[0]!, MODEL, 0.9),
      makeScore(items[1]!, MODEL, 0.4),
    ]);

    expect(result).toEqual({ written: 2, skippedMissingItems: 0 });
    expect(await db.scores.count()).toBe(2);
    expect((await db.scores.get([items[0]!.id, MODEL]))?.scores?.divisive).toBe(0.9);
    expect((await getRun(db, classificationRunId(MODEL)))?.done).toBe(2);
  });

  it('never writes a score for an item that no longer exists', async () => {
    db = await openTestDb();
    const items = await importTexts(db, ['kept', 'deleted']);
    await startClassification(db, MODEL);
    await db.items.delete(items[1]!.id);
    const result = await writeScores(
      db,
      MODEL,
      items.map((item) => makeScore(item, MODEL)),
    );
    expect(result).toEqual({ written: 1, skippedMissingItems: 1 });
    expect(await db.scores.toArray()).toHaveLength(1);
  });

  it('rejects a score from another model', async () => {
    db = await openTestDb();
    const [item] = await importTexts(db, ['x']);
    expect(() => writeScores(db, MODEL, [makeScore(item!, OTHER_MODEL)])).toThrow(RangeError);
  });
});
