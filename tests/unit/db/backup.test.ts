import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../renderer/src/db/backup';
import { seedArchives } from '../../harness/db-seed';
import {
  allTables,
  checkConsistency,
  CURRENT_SCHEMA_VERSION,
  openLoupeDb,
  setSetting,
  writeImportChunk,
  type LoupeDb,
} from '../../../renderer/src/db';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/versions';
import {
  ARCHIVE_A,
  ARCHIVE_B,
  beginArchive,
  makeItems,
  makeScore,
  openTestDb,
  uniqueDbName,
} from './fixtures';
import { installBlobReadingGlobals } from './node-blob-polyfill';

const MODEL = 'loupe-small-q8';
let uninstall: () => void;
beforeAll(() => {
  uninstall = installBlobReadingGlobals();
});
afterAll(() => uninstall());

const opened: LoupeDb[] = [];
async function track(db: Promise<LoupeDb>): Promise<LoupeDb> {
  opened.push(await db);
  return opened.at(-1)!;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function fill(db: LoupeDb): Promise<void> {
  await seedArchives(
    db,
    MODEL,
    [ARCHIVE_A, ARCHIVE_B].map((id) => ({
      id,
      items: 300,
      exposures: [1],
      scored: 100,
      score: () => 0.7,
      review: { index: 5, verdict: 'not_misleading' as const },
    })),
    { classificationRun: true },
  );
  await setSetting(db, 'locale', 'fr');
}

const DERIVED = ['itemFacts', 'scoreFacts'];

/** Every table but the report's copy, which a restore rebuilds in its own row layout (checked separately). */
async function snapshot(db: LoupeDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    allTables(db)
      .filter((table) => !DERIVED.includes(table.name))
      .map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

describe('backup and restore', () => {
  it('round-trips every table into another database, replacing what was there', async () => {
    const source = await track(openTestDb());
    await fill(source);
    const expected = await snapshot(source);
    expect(Object.values(expected).every((rows) => rows.length > 0)).toBe(true);

    const backup = await exportBackup(source);
    const target = await track(openTestDb());
    await beginArchive(target, ARCHIVE_B);
    await writeImportChunk(target, {
      archiveId: ARCHIVE_B,
      items: makeItems(ARCHIVE_B, 900, 7),
      exposures: [],
    });

    const summary = await importBackup(target, backup);

    expect(summary.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(summary.rows).toMatchObject({ items: 600, scores: 200, reviews: 2, runs: 3 });
    expect(await snapshot(target)).toEqual(expected);
    expect((await checkConsistency(target)).reportFactsOutOfStep).toEqual([]);
    expect(await target.itemFacts.count()).toBeGreaterThan(0);
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(`${target.name}-restore`);
  });

  it('restores a backup made by version 1 of the schema, upgrading it on the way', async () => {
    const v1 = await track(openLoupeDb({ name: uniqueDbName(), versions: SCHEMA_VERSIONS.slice(0, 1) }));
    const items = makeItems(ARCHIVE_A, 0, 20);
    await v1.table('items').bulkPut(items);
    await v1.table('scores').bulkPut(items.map((item) => makeScore(item, MODEL)));
    const backup = await exportBackup(v1);

    const target = await track(openTestDb());
    await importBackup(target, backup);

    expect(await target.items.count()).toBe(20);
    expect(await target.scores.where('archiveId').equals(ARCHIVE_A).count()).toBe(20);
    expect((await checkConsistency(target)).reportFactsOutOfStep).toEqual([]);
  });

  it("leaves the report's copy of items and scores out of the file: it is derived, and rebuilt on restore", async () => {
    const source = await track(openTestDb());
    await fill(source);
    const header = JSON.parse(await (await exportBackup(source)).text()) as {
      data: { tables: { name: string }[] };
    };
    const names = header.data.tables.map((table) => table.name);
    expect(names).toContain('items');
    expect(names.filter((name) => DERIVED.includes(name))).toEqual([]);
  });

  it('refuses a file that is not a Loupe backup, leaving the data as it was', async () => {
    const db = await track(openTestDb());
    await fill(db);
    const before = await snapshot(db);
    const notJson = new Blob(['this is not a backup']);
    const otherApp = new Blob([
      JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: {
          databaseName: 'x',
          databaseVersion: 1,
          tables: [{ name: 'notes', schema: 'id', rowCount: 0 }],
          data: [],
        },
      }),
    ]);

    await expect(importBackup(db, notJson)).rejects.toMatchObject({ kind: 'invalid_backup' });
    await expect(importBackup(db, otherApp)).rejects.toMatchObject({ kind: 'invalid_backup' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup from a newer Loupe with a clear message', async () => {
    const source = await track(openTestDb());
    await fill(source);
    const text = await (await exportBackup(source)).text();
    const fromTheFuture = new Blob([
      text.replace(
        `"databaseVersion":${CURRENT_SCHEMA_VERSION}`,
        `"databaseVersion":${CURRENT_SCHEMA_VERSION + 1}`,
      ),
    ]);
    const db = await track(openTestDb());

    const failure = importBackup(db, fromTheFuture);

    await expect(failure).rejects.toMatchObject({ kind: 'invalid_backup' });
    await expect(failure).rejects.toThrow(/newer version of Loupe/);
  });

  it('leaves the data as it was when the backup is damaged after its header', async () => {
    const source = await track(openTestDb());
    await fill(source);
    const text = await (await exportBackup(source)).text();
    const damaged = new Blob([text.slice(0, Math.floor(text.length * 0.7))]);
    const db = await track(openTestDb());
    await fill(db);
    await setSetting(db, 'locale', 'en');
    const before = await snapshot(db);

    await expect(importBackup(db, damaged)).rejects.toMatchObject({ kind: 'invalid_backup' });
    expect(await snapshot(db)).toEqual(before);
  });
});
