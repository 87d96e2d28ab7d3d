import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  getRun,
  importRunId,
  listArchives,
  openLoupeDb,
  StorageError,
  writeImportChunk,
  type LoupeDb,
} from '../../../renderer/src/db';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/src/db/versions';
import { ARCHIVE_A, beginArchive, makeExposure, makeItems, makeScore, uniqueDbName } from './fixtures';

const VERSION_1_ONLY = SCHEMA_VERSIONS.filter((step) => step.version === 1);
const opened: LoupeDb[] = [];
let name: string;

async function open(options: Parameters<typeof openLoupeDb>[0] = {}): Promise<LoupeDb> {
  const db = await openLoupeDb({ name, ...options });
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(name);
});

/** The native version of the database on disk, read without Dexie. */
function nativeVersion(): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      resolve(request.result.version);
      request.result.close();
    };
    request.onerror = () => reject(request.error);
  });
}

/** A DBCore middleware that makes writes to one table fail with `makeError` while `when()` holds. */
function failingWrites(table: string, when: () => boolean, makeError: () => Error): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `failing-${table}`,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const inner = down.table(tableName);
        if (tableName !== table) return inner;
        return {
          ...inner,
          mutate: (request) => (when() ? Promise.reject(makeError()) : inner.mutate(request)),
        };
      },
    }),
  };
}

async function withMiddleware(db: LoupeDb, middleware: Middleware<DBCore>): Promise<void> {
  db.close();
  db.use(middleware);
  await db.open();
}

describe('storage failure modes', () => {
  it('blocked: an older window that does not let go makes the open fail with "blocked", then it succeeds', async () => {
    name = uniqueDbName();
    (await open({ versions: VERSION_1_ONLY })).close();
    // A window of an older build, holding version 1 open and ignoring versionchange.
    const olderWindow = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    const blockedCalls: string[] = [];

    await expect(
      open({ blockedTimeoutMs: 50, onBlocked: (error) => blockedCalls.push(error.kind) }),
    ).rejects.toMatchObject({ name: 'StorageError', kind: 'blocked' });
    expect(blockedCalls).toEqual(['blocked']);

    olderWindow.close();
    const db = await open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await nativeVersion()).toBe(CURRENT_SCHEMA_VERSION * 10);
  });

  it('two windows at the same version share the data', async () => {
    name = uniqueDbName();
    const first = await open();
    const second = await open();
    await beginArchive(first, ARCHIVE_A);
    await writeImportChunk(second, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 0, 5),
      exposures: [],
    });
    expect((await listArchives(first))[0]?.counts.items).toBe(5);
  });

  it('version change: a newer window upgrades; the older one is told, closed, and never reopened', async () => {
    name = uniqueDbName();
    const changes: string[] = [];
    const olderWindow = await open({
      versions: VERSION_1_ONLY,
      onVersionChange: (error) => changes.push(error.kind),
    });
    await olderWindow.table('settings').put({ key: 'locale', value: 'fr' });

    const newerWindow = await open();

    expect(changes).toEqual(['version_change']);
    expect(newerWindow.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await newerWindow.settings.get('locale'))?.value).toBe('fr');
    await expect(listArchives(olderWindow)).rejects.toMatchObject({ kind: 'version_change' });
    expect(await nativeVersion()).toBe(CURRENT_SCHEMA_VERSION * 10);
  });

  it('version change: an older build refuses to open a newer database instead of downgrading it', async () => {
    name = uniqueDbName();
    (await open()).close();
    await expect(open({ versions: VERSION_1_ONLY })).rejects.toMatchObject({ kind: 'version_change' });
    expect(await nativeVersion()).toBe(CURRENT_SCHEMA_VERSION * 10);
  });

  it('quota: a chunk that hits QuotaExceededError is rolled back whole; earlier chunks stay; the run fails with a reason', async () => {
    name = uniqueDbName();
    const db = await open();
    let diskFull = false;
    await withMiddleware(
      db,
      failingWrites(
        'exposures',
        () => diskFull,
        () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      ),
    );
    await beginArchive(db, ARCHIVE_A);
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 0, 1_000),
      exposures: [makeExposure(ARCHIVE_A, 0)],
    });
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 1_000, 1_000),
      exposures: [makeExposure(ARCHIVE_A, 1)],
    });

    diskFull = true;
    const failure = await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 2_000, 1_000),
      exposures: [makeExposure(ARCHIVE_A, 2)],
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ kind: 'quota' });
    expect((failure as StorageError).message).toMatch(/Nothing was lost/);
    // The items were put before the exposures failed, in the same transaction: none remain.
    expect(await db.items.count()).toBe(2_000);
    expect(await db.items.get(makeItems(ARCHIVE_A, 2_000, 1)[0]!.id)).toBeUndefined();
    expect(await db.exposures.count()).toBe(2);
    const [archive] = await listArchives(db);
    expect(archive).toMatchObject({ status: 'failed', counts: { items: 2_000, exposures: 2 } });
    expect(archive?.error).toMatch(/^quota: /);
    const run = await getRun(db, importRunId(ARCHIVE_A));
    expect(run).toMatchObject({ status: 'failed', done: 2_000 });
    expect(run?.error).toMatch(/^quota: /);

    // Space freed: the import resumes, and re-writing a chunk is harmless.
    diskFull = false;
    await beginArchive(db, ARCHIVE_A);
    await writeImportChunk(db, {
      archiveId: ARCHIVE_A,
      items: makeItems(ARCHIVE_A, 1_000, 2_000),
      exposures: [],
    });
    expect(await db.items.count()).toBe(3_000);
  });

  it('closed: a connection closed under us is reopened once and the operation retried', async () => {
    name = uniqueDbName();
    const db = await open();
    await beginArchive(db, ARCHIVE_A);

    db.close(); // what a closing connection looks like to Dexie: DatabaseClosedError
    await writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_A, 0, 10), exposures: [] });
    expect(await db.items.count()).toBe(10);

    db.backendDB().close(); // the native connection closing: "The connection is closing"
    expect((await listArchives(db))[0]?.counts.items).toBe(10);
  });

  it('closed: a connection that keeps failing is retried only once, then reported as "closed"', async () => {
    name = uniqueDbName();
    const db = await open();
    await beginArchive(db, ARCHIVE_A);
    let attempts = 0;
    await withMiddleware(
      db,
      failingWrites(
        'items',
        () => (attempts += 1) > 0,
        () => new Dexie.DatabaseClosedError('connection is closing'),
      ),
    );
    await expect(
      writeImportChunk(db, { archiveId: ARCHIVE_A, items: makeItems(ARCHIVE_A, 0, 3), exposures: [] }),
    ).rejects.toMatchObject({ kind: 'closed' });
    expect(attempts).toBe(2);
    expect(await db.items.count()).toBe(0);
  });

  it('upgrade failed: an upgrade that throws halfway leaves the database at the old version with its data', async () => {
    name = uniqueDbName();
    const v1 = await open({ versions: VERSION_1_ONLY });
    const items = makeItems(ARCHIVE_A, 0, 50);
    await v1.table('items').bulkPut(items);
    await v1.table('scores').bulkPut(items.map((item) => makeScore(item, 'm')));
    v1.close();
    const brokenVersion2: SchemaVersion = {
      ...SCHEMA_VERSIONS[1]!,
      upgrade: async (tx) => {
        await tx.table('scores').toCollection().modify({ archiveId: 'half-done' });
        await tx.table('items').clear();
        throw new Error('crash in the middle of the upgrade');
      },
    };

    await expect(open({ versions: [SCHEMA_VERSIONS[0]!, brokenVersion2] })).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'upgrade_failed',
    });

    expect(await nativeVersion()).toBe(10);
    const stillV1 = await open({ versions: VERSION_1_ONLY });
    expect(await stillV1.table('items').count()).toBe(50);
    const scores = await stillV1.table('scores').toArray();
    expect(scores).toHaveLength(50);
    expect(scores.some((score: { archiveId?: string }) => score.archiveId !== undefined)).toBe(false);
    expect(stillV1.backendDB().objectStoreNames.contains('pending')).toBe(false);
    stillV1.close();

    // The fixed build upgrades the same database.
    const fixed = await open();
    expect(await fixed.scores.where('archiveId').equals(ARCHIVE_A).count()).toBe(50);
  });
});
