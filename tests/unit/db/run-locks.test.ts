import { afterEach, describe, expect, it } from 'vitest';
import {
  flagInterruptedImports,
  getRun,
  importRunId,
  inProcessRunLock,
  listArchives,
  writeImportChunk,
  finishArchiveImport,
  type LoupeDb,
} from '../../../renderer/src/db';
import { ARCHIVE_A, ARCHIVE_B, beginArchive, makeItems, openTestDb } from './fixtures';

let db: LoupeDb;
afterEach(async () => db?.delete());

const statusOf = async (archiveId: string) =>
  (await listArchives(db)).find((archive) => archive.id === archiveId)?.status;

describe('interrupted imports', () => {
  it('flags an import left running with no worker holding it, keeps its rows, and a re-import completes it', async () => {
    db = await openTestDb();
    await beginArchive(db, ARCHIVE_A);
    const items = makeItems(ARCHIVE_A, 0, 300);
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: items.slice(0, 100), exposures: [] });

    expect(await flagInterruptedImports(db, inProcessRunLock())).toEqual([ARCHIVE_A]);

    expect(await statusOf(ARCHIVE_A)).toBe('interrupted');
    expect(await getRun(db, importRunId(ARCHIVE_A))).toMatchObject({ status: 'interrupted', done: 100 });
    expect(await db.items.count()).toBe(100);

    // The same files again: the import starts over, keeps what was written and counts nothing twice.
    await beginArchive(db, ARCHIVE_A);
    expect(await statusOf(ARCHIVE_A)).toBe('importing');
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [] });
    await finishArchiveImport(db, ARCHIVE_A, { status: 'complete' });
    expect(await statusOf(ARCHIVE_A)).toBe('complete');
    expect((await listArchives(db))[0]?.counts.items).toBe(300);
    expect(await flagInterruptedImports(db, inProcessRunLock())).toEqual([]);
  });

  it('leaves alone an import whose worker still holds its lock, and lets it finish', async () => {
    db = await openTestDb();
    const lock = inProcessRunLock();
    await beginArchive(db, ARCHIVE_A);
    let finish!: () => void;
    const released = new Promise<void>((resolve) => (finish = resolve));
    // A live worker (another window) holds the run while it writes.
    const worker = lock(importRunId(ARCHIVE_A), async () => {
      await released;
      await finishArchiveImport(db, ARCHIVE_A, { status: 'complete' });
    });

    let checked = false;
    const check = flagInterruptedImports(db, lock).then((flagged) => {
      checked = true;
      return flagged;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checked).toBe(false);
    expect(await statusOf(ARCHIVE_A)).toBe('importing');

    finish();
    await worker;
    expect(await check).toEqual([]);
    expect(await statusOf(ARCHIVE_A)).toBe('complete');
  });

  it('flags a run whose worker let go of it without finishing (its window closed)', async () => {
    db = await openTestDb();
    const lock = inProcessRunLock();
    await beginArchive(db, ARCHIVE_A);
    await beginArchive(db, ARCHIVE_B);
    await finishArchiveImport(db, ARCHIVE_B, { status: 'complete' });
    let close!: () => void;
    const closed = new Promise<void>((resolve) => (close = resolve));
    const worker = lock(importRunId(ARCHIVE_A), () => closed);
    const check = flagInterruptedImports(db, lock);
    close();
    await worker;
    expect(await check).toEqual([ARCHIVE_A]);
    expect(await statusOf(ARCHIVE_A)).toBe('interrupted');
    expect(await statusOf(ARCHIVE_B)).toBe('complete');
  });
});
