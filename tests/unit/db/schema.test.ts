import { afterEach, describe, expect, it } from 'vitest';
import { asEpochMs, asItemId, type ArchiveId } from '@core/model';
import {
  classificationRunId,
  CURRENT_SCHEMA_VERSION,
  deleteArchive,
  getRun,
  loadItemDetail,
  nextUnscoredBatch,
  openLoupeDb,
  startClassification,
  type LoupeDb,
} from '../../../renderer/src/db';
import { NEWEST_KEPT } from '../../../renderer/src/db/newest-items';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/versions';
import { ARCHIVE_A, ARCHIVE_B, makeItems, makeScore, uniqueDbName } from './fixtures';

const MODEL = 'loupe-small-q8';
const VERSION_1_ONLY = SCHEMA_VERSIONS.filter((step) => step.version === 1);

let db: LoupeDb;
afterEach(async () => db?.delete());

/** A database as version 1 of the app left it: scores and reviews without archiveId, one orphan score. */
async function createVersion1Database(name: string): Promise<void> {
  const v1 = await openLoupeDb({ name, versions: VERSION_1_ONLY });
  expect(v1.verno).toBe(1);
  const itemsA = makeItems(ARCHIVE_A, 0, 30);
  const itemsB = makeItems(ARCHIVE_B, 0, 10);
  await v1.table('items').bulkPut([...itemsA, ...itemsB]);
  const scores = [...itemsA, ...itemsB].map((item) => makeScore(item, MODEL));
  const orphan = { ...makeScore(itemsA[0]!, MODEL), itemId: asItemId('gone') };
  await v1.table('scores').bulkPut([...scores, orphan]);
  await v1.table('reviews').put({ itemId: itemsB[3]!.id, verdict: 'correct', at: 1 });
  await v1.table('settings').put({ key: 'locale', value: 'fr' });
  v1.close();
}

describe('schema versions', () => {
  it('creates a new database at the current version with every table', async () => {
    db = await openLoupeDb({ name: uniqueDbName() });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'archives',
        'exposures',
        'items',
        'reviews',
        'runs',
        'scores',
        'settings',
        'itemFacts',
        'scoreFacts',
      ].sort(),
    );
  });

  it('upgrades a version 1 database with data to the current version: archiveId copied, orphans dropped, data kept', async () => {
    const name = uniqueDbName();
    await createVersion1Database(name);

    db = await openLoupeDb({ name });

    expect(db.backendDB().version).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect(await db.items.count()).toBe(40);
    expect(await db.scores.count()).toBe(40);
    expect(await db.scores.get([asItemId('gone'), MODEL])).toBeUndefined();
    expect(await db.scores.where('archiveId').equals(ARCHIVE_A).count()).toBe(30);
    expect(await db.scores.where('archiveId').equals(ARCHIVE_B).count()).toBe(10);
    expect(await db.reviews.where('archiveId').equals(ARCHIVE_B).count()).toBe(1);
    expect((await db.settings.get('locale'))?.value).toBe('fr');
    expect(db.backendDB().objectStoreNames.contains('pending')).toBe(false);
    expect(await db.items.count()).toBe(40);
  });

  it('after the upgrade, deleting an archive finds its upgraded scores by the new index', async () => {
    const name = uniqueDbName();
    await createVersion1Database(name);
    db = await openLoupeDb({ name });
    await db.archives.put({
      id: ARCHIVE_B,
      platform: 'instagram',
      format: 'json',
      sourceFiles: [],
      importedAt: asEpochMs(0),
      dateRange: null,
      counts: { items: 10, exposures: 0 },
      status: 'complete',
      ownerName: null,
      error: null,
    });
    const deleted = await deleteArchive(db, ARCHIVE_B);
    expect(deleted).toMatchObject({ items: 10, scores: 10, reviews: 1 });
    expect(await db.scores.count()).toBe(30);
  });

  it('upgrades a version 2 database (with its pending queue) to version 3 and classifies on', async () => {
    const name = uniqueDbName();
    const v2 = await openLoupeDb({ name, versions: SCHEMA_VERSIONS.slice(0, 2) });
    const items = makeItems(ARCHIVE_A, 0, 12);
    await v2.table('items').bulkPut(items);
    await v2
      .table('scores')
      .bulkPut(items.slice(0, 5).map((item) => ({ ...makeScore(item, MODEL), archiveId: ARCHIVE_A })));
    await v2
      .table('pending')
      .bulkPut(
        items
          .slice(5)
          .map((item) => ({ modelId: MODEL, itemId: item.id, archiveId: ARCHIVE_A, textLength: 6 })),
      );
    await v2.table('runs').put({
      id: classificationRunId(MODEL),
      type: 'classification',
      archiveId: null,
      modelId: MODEL,
      status: 'running',
      done: 5,
      total: 12,
      startedAt: 0,
      updatedAt: 0,
      cursor: null,
      queueReady: true,
      error: null,
    });
    v2.close();

    db = await openLoupeDb({ name });

    expect(db.backendDB().objectStoreNames.contains('pending')).toBe(false);
    const run = await getRun(db, classificationRunId(MODEL));
    expect(run?.queuePosition).toEqual({ after: null, foundInPass: false });
    expect(run).not.toHaveProperty('queueReady');
    await startClassification(db, MODEL);
    const batch = await nextUnscoredBatch(db, MODEL, { limit: 20 });
    expect(batch.items.map((item) => item.id).sort()).toEqual(
      items
        .slice(5)
        .map((item) => item.id)
        .sort(),
    );
  });

  it('upgrades a version 4 database to version 5: scores kept, found by item and by archive without the dropped indexes', async () => {
    const name = uniqueDbName();
    const v4 = await openLoupeDb({ name, versions: SCHEMA_VERSIONS.slice(0, 4) });
    expect(v4.verno).toBe(4);
    const items = makeItems(ARCHIVE_A, 0, 8);
    await v4.table('items').bulkPut(items.map((item) => ({ ...item, textLength: item.text.length })));
    const stored = (modelId: string) =>
      items.map((item) => ({ ...makeScore(item, modelId), archiveId: ARCHIVE_A }));
    await v4.table('scores').bulkPut([...stored(MODEL), ...stored('other-model')]);
    v4.close();

    db = await openLoupeDb({ name });

    const scoreStore = db.backendDB().transaction('scores').objectStore('scores');
    expect([...scoreStore.indexNames].sort()).toEqual(['archiveId', 'modelId']);
    expect(await db.scores.count()).toBe(16);
    expect(await db.scores.where('modelId').equals(MODEL).count()).toBe(8);
    const detail = await loadItemDetail(db, items[3]!.id);
    expect(detail?.scores.map((score) => score.modelId).sort()).toEqual(['loupe-small-q8', 'other-model']);
    await db.archives.put({
      id: ARCHIVE_A,
      platform: 'instagram',
      format: 'json',
      sourceFiles: [],
      importedAt: asEpochMs(0),
      dateRange: null,
      counts: { items: 8, exposures: 0 },
      status: 'complete',
      ownerName: null,
      error: null,
    });
    expect(await deleteArchive(db, ARCHIVE_A)).toMatchObject({ items: 8, scores: 16 });
  });

  it('upgrades a version 5 database to version 6: no item index left, newest items kept per archive, queues restarted', async () => {
    const name = uniqueDbName();
    const v5 = await openLoupeDb({ name, versions: SCHEMA_VERSIONS.slice(0, 5) });
    const itemsA = makeItems(ARCHIVE_A, 0, 250);
    const itemsB = makeItems(ARCHIVE_B, 1_000, 5);
    const undated = { ...makeItems(ARCHIVE_B, 2_000, 1)[0]!, timestamp: null };
    await v5
      .table('items')
      .bulkPut([...itemsA, ...itemsB, undated].map((item) => ({ ...item, textLength: item.text.length })));
    const archive = (id: ArchiveId, items: number) => ({
      id,
      platform: 'instagram',
      format: 'json',
      sourceFiles: [],
      importedAt: asEpochMs(0),
      dateRange: null,
      counts: { items, exposures: 0 },
      status: 'complete',
      ownerName: null,
      error: null,
    });
    await v5.table('archives').bulkPut([archive(ARCHIVE_A, 250), archive(ARCHIVE_B, 6)]);
    await v5
      .table('scores')
      .bulkPut(itemsA.slice(0, 100).map((item) => ({ ...makeScore(item, MODEL), archiveId: ARCHIVE_A })));
    await v5.table('runs').put({
      id: classificationRunId(MODEL),
      type: 'classification',
      archiveId: null,
      modelId: MODEL,
      status: 'running',
      done: 100,
      total: 256,
      startedAt: 0,
      updatedAt: 0,
      cursor: null,
      queuePosition: { after: { textLength: 8, itemId: itemsA[99]!.id }, foundInPass: true },
      error: null,
    });
    v5.close();

    db = await openLoupeDb({ name });

    expect([...db.backendDB().transaction('items').objectStore('items').indexNames]).toEqual([]);
    const newestA = (await db.archives.get(ARCHIVE_A))?.newestItems ?? [];
    expect(newestA.map(([id]) => id)).toEqual(
      itemsA
        .slice(-NEWEST_KEPT)
        .reverse()
        .map((item) => item.id),
    );
    expect((await db.archives.get(ARCHIVE_B))?.newestItems?.map(([id]) => id)).toEqual(
      itemsB.map((item) => item.id).reverse(),
    );
    const run = await getRun(db, classificationRunId(MODEL));
    expect(run?.queuePosition).toEqual({ after: null, foundInPass: false });
    await startClassification(db, MODEL);
    const batch = await nextUnscoredBatch(db, MODEL, { limit: 500 });
    expect(batch.items.map((item) => item.id).sort()).toEqual(
      [...itemsA.slice(100), ...itemsB, undated].map((item) => item.id).sort(),
    );
    expect(await deleteArchive(db, ARCHIVE_B)).toMatchObject({ items: 6 });
    expect(await db.items.count()).toBe(250);
  });

  it('keeps the version list append-only and ascending', () => {
    const numbers = SCHEMA_VERSIONS.map((step) => step.version);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(numbers.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });
});
