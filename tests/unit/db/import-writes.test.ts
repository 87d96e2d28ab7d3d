import { afterEach, describe, expect, it } from 'vitest';
import {
  checkConsistency,
  deleteArchive,
  setReview,
  writeScores,
  finishArchiveImport,
  isConsistent,
  getRun,
  importRunId,
  listArchives,
  writeImportChunk,
  type LoupeDb,
} from '../../../renderer/src/db';
import { NEWEST_KEPT } from '../../../renderer/src/db/newest-items';
import {
  ARCHIVE_A,
  ARCHIVE_B,
  beginArchive,
  makeExposure,
  makeItem,
  makeItems,
  makeScore,
  openTestDb,
} from './fixtures';

let db: LoupeDb;
afterEach(async () => db?.delete());

describe('writeImportChunk', () => {
  it('writes chunks, keeps the archive counts and date range, and tracks the import run', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 0, 1_000),
      exposures: [makeExposure(ARCHIVE_A, 0), makeExposure(ARCHIVE_A, 1)],
    });
    const result = await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 1_000, 500),
      exposures: [],
    });

    expect(result.counts).toEqual({ items: 1_500, exposures: 2 });
    const [archive] = await listArchives(db);
    expect(archive?.counts).toEqual({ items: 1_500, exposures: 2 });
    expect(archive?.status).toBe('importing');
    expect(archive?.dateRange?.from).toBe(makeExposure(ARCHIVE_A, 0).timestamp);
    expect(archive?.dateRange?.to).toBe(makeItem(ARCHIVE_A, 1_499).timestamp);
    expect((await getRun(db, importRunId(ARCHIVE_A)))?.done).toBe(1_500);

    await finishArchiveImport(db, ARCHIVE_A, { status: 'complete' });
    expect((await listArchives(db))[0]?.status).toBe('complete');
    const run = await getRun(db, importRunId(ARCHIVE_A));
    expect(run).toMatchObject({ status: 'done', total: 1_500 });
  });

  it('deduplicates a re-import by id: same rows, same counts', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const items = makeItems(ARCHIVE_A, 0, 2_000);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [] });
    await beginArchive(db, ARCHIVE_A);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: items.slice(500, 1_500), exposures: [] });
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [] });

    expect(await db.items.count()).toBe(2_000);
    expect((await listArchives(db))[0]?.counts.items).toBe(2_000);
  });

  it('keeps the last row of an id repeated within a chunk or already stored, counted once', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const [first, second] = makeItems(ARCHIVE_A, 0, 2);
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: [first!, { ...first!, text: 'repeated, second version' }],
      exposures: [makeExposure(ARCHIVE_A, 0)],
    });
    const result = await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: [{ ...first!, text: 'stored, third version' }, second!],
      exposures: [{ ...makeExposure(ARCHIVE_A, 0), label: 'relabelled' }],
    });

    expect(result.counts).toEqual({ items: 2, exposures: 1 });
    expect((await db.items.get(first!.id))?.text).toBe('stored, third version');
    expect((await db.exposures.get(makeExposure(ARCHIVE_A, 0).id))?.label).toBe('relabelled');
  });

  it("keeps the archive's newest dated items, newest first, however many chunks come", async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const items = makeItems(ARCHIVE_A, 0, 1_000);
    const undated = { ...makeItem(ARCHIVE_A, 5_000), timestamp: null };
    // Newest chunk first: the list must keep what it has when older items arrive.
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: [...items.slice(600), undated],
      exposures: [],
    });
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: items.slice(0, 600), exposures: [] });

    const newest = (await listArchives(db))[0]?.newestItems ?? [];
    expect(newest).toHaveLength(NEWEST_KEPT);
    expect(newest.map(([id]) => id)).toEqual(
      items
        .slice(-NEWEST_KEPT)
        .reverse()
        .map((item) => item.id),
    );
    expect(newest.map(([, timestamp]) => timestamp)).toEqual(
      items
        .slice(-NEWEST_KEPT)
        .reverse()
        .map((item) => item.timestamp),
    );
  });

  it('keeps archives apart and refuses a record of another archive', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    await beginArchive(db, ARCHIVE_B);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_A, 0, 10), exposures: [] });
    await writeImportChunk(db, { archiveId: ARCHIVE_B, items: makeItems(ARCHIVE_B, 0, 3), exposures: [] });

    const counts = Object.fromEntries((await listArchives(db)).map((a) => [a.id, a.counts.items]));
    expect(counts).toEqual({ [ARCHIVE_A]: 10, [ARCHIVE_B]: 3 });
    await expect(
      writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_B, 5, 1), exposures: [] }),
    ).rejects.toThrow(RangeError);
  });

  it("moves an item found again in a newer export to it, and redoes both archives' counts", async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    await beginArchive(db, ARCHIVE_B);
    const older = makeItems(ARCHIVE_A, 0, 10);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: older, exposures: [] });
    await writeScores(
      db,
      'm',
      older.map((item) => makeScore(item, 'm')),
    );
    await setReview(db, older[0]!.id, 'correct');
    // The same content (same ids) read again from archive B.
    const again = older.slice(0, 4).map((item) => ({ ...item, archiveId: ARCHIVE_B }));
    await writeImportChunk(db, { archiveId: ARCHIVE_B, items: again, exposures: [] });

    const counts = Object.fromEntries((await listArchives(db)).map((a) => [a.id, a.counts.items]));
    expect(counts).toEqual({ [ARCHIVE_A]: 6, [ARCHIVE_B]: 4 });
    expect(isConsistent(await checkConsistency(db))).toBe(true);
    // Deleting the older archive keeps the moved items with their score and review.
    await deleteArchive(db, ARCHIVE_A);
    expect(await db.items.count()).toBe(4);
    expect(await db.scores.count()).toBe(4);
    expect(await db.reviews.get(older[0]!.id)).toMatchObject({ archiveId: ARCHIVE_B });
  });

  it('fails with kind "missing" for an archive that was never begun, writing nothing', async () => {
    db = await openTestDb();
    await expect(
      writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_A, 0, 5), exposures: [] }),
    ).rejects.toMatchObject({ name: 'StorageError', kind: 'missing' });
    expect(await db.items.count()).toBe(0);
  });
});
