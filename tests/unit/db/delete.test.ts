import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedArchives } from '../../harness/db-seed';
import {
  deleteArchive,
  deleteEverything,
  listArchives,
  listRuns,
  openLoupeDb,
  restoreStagingName,
  setSetting,
  startClassification,
  writeImportChunk,
  writeScores,
  type LoupeDb,
} from '../../../renderer/src/db';
import {
  ARCHIVE_A,
  ARCHIVE_B,
  beginArchive,
  makeExposure,
  makeItems,
  makeScore,
  openTestDb,
} from './fixtures';

const MODEL = 'loupe-small-q8';
let db: LoupeDb;
afterEach(async () => {
  vi.unstubAllGlobals();
  await db?.delete();
});

/** Two archives, both imported, half scored, one review each, and a classification run. */
const fillTwoArchives = (database: LoupeDb) =>
  seedArchives(
    database,
    MODEL,
    [ARCHIVE_A, ARCHIVE_B].map((id) => ({
      id,
      items: 40,
      exposures: [1, 2],
      scored: 20,
      review: { index: 0, verdict: 'not_divisive' as const },
    })),
    { classificationRun: true },
  );

describe('deleteArchive', () => {
  it('removes the archive and everything derived from it, and nothing of the other archive', async () => {
    db = await openTestDb();
    await fillTwoArchives(db);

    const deleted = await deleteArchive(db, ARCHIVE_A);

    expect(deleted).toEqual({ items: 40, exposures: 2, scores: 20, reviews: 1, runs: 1 });
    expect((await listArchives(db)).map((a) => a.id)).toEqual([ARCHIVE_B]);
    for (const table of [db.items, db.exposures, db.scores, db.reviews]) {
      const owners = (await table.toArray()).map((row: { archiveId: string }) => row.archiveId);
      expect(owners).not.toContain(ARCHIVE_A);
      expect(owners).toContain(ARCHIVE_B);
    }
    // No orphan: every remaining score and review points at an existing item.
    const itemIds = new Set(await db.items.toCollection().primaryKeys());
    const scores = await db.scores.toArray();
    expect(scores.every((score) => itemIds.has(score.itemId))).toBe(true);
    expect((await db.reviews.toArray()).every((review) => itemIds.has(review.itemId))).toBe(true);
    // The classification run is not the archive's: it stays, counting what is left.
    const runs = await listRuns(db, { type: 'classification' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ done: 20, total: 40 });
  });

  it('with a single archive, empties every derived table and says how much it removed', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const items = makeItems(ARCHIVE_A, 0, 50);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [makeExposure(ARCHIVE_A, 1)] });
    await startClassification(db, MODEL);
    await writeScores(
      db,
      MODEL,
      items.slice(0, 10).map((item) => makeScore(item, MODEL)),
    );

    const deleted = await deleteArchive(db, ARCHIVE_A);

    expect(deleted).toEqual({ items: 50, exposures: 1, scores: 10, reviews: 0, runs: 1 });
    for (const table of [db.archives, db.items, db.exposures, db.scores]) {
      expect(await table.count()).toBe(0);
    }
    const [run] = await listRuns(db, { type: 'classification' });
    expect(run).toMatchObject({ done: 0, total: 0 });
  });

  it('fails with kind "missing" for an unknown archive', async () => {
    db = await openTestDb();
    await expect(deleteArchive(db, ARCHIVE_A)).rejects.toMatchObject({ kind: 'missing' });
  });
});

describe('deleteEverything', () => {
  it('leaves nothing behind: no database in the list, and a fresh open finds no data', async () => {
    db = await openTestDb();
    const name = db.name;
    await fillTwoArchives(db);
    await setSetting(db, 'locale', 'fr');
    // What a restore interrupted by a crash leaves behind.
    (await openLoupeDb({ name: restoreStagingName(name) })).close();

    await deleteEverything(db);

    const names = (await indexedDB.databases()).map((info) => info.name ?? '');
    expect(names.filter((candidate) => candidate.startsWith(name))).toEqual([]);
    db = await openLoupeDb({ name });
    for (const table of [db.archives, db.items, db.exposures, db.scores, db.reviews, db.runs, db.settings]) {
      expect(await table.count()).toBe(0);
    }
  });

  it("closes the other windows' connections instead of being blocked by them", async () => {
    db = await openTestDb();
    const name = db.name;
    const otherWindowEvents: string[] = [];
    const otherWindow = await openLoupeDb({
      name,
      onVersionChange: (error) => otherWindowEvents.push(error.kind),
    });
    await fillTwoArchives(db);

    await deleteEverything(db);

    expect(otherWindowEvents).toEqual(['version_change']);
    await expect(otherWindow.items.count()).rejects.toThrow();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
    db = await openLoupeDb({ name });
  });

  it('also empties Cache Storage (model files cached by the runtime)', async () => {
    const stored = new Map([
      ['transformers-cache', {}],
      ['loupe-models', {}],
    ]);
    vi.stubGlobal('caches', {
      keys: async () => [...stored.keys()],
      delete: async (cacheName: string) => stored.delete(cacheName),
    });
    db = await openTestDb();
    const name = db.name;
    await deleteEverything(db);
    expect(stored.size).toBe(0);
    db = await openLoupeDb({ name });
  });
});
