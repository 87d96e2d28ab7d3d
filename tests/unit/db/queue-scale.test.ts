import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classificationProgress,
  nextUnscoredBatch,
  startClassification,
  writeImportChunk,
  writeScores,
  type LoupeDb,
} from '../../../renderer/src/db';
import { ARCHIVE_A, beginArchive, makeItem, makeScore, openTestDb } from './fixtures';

const MODEL = 'loupe-small-q8';
const ITEMS = 6_000;
const CHUNK = 2_000;

/** Counts the records each table hands out, to show a call reads a bounded number of rows. */
class ReadCounter {
  readonly rows = new Map<string, number>();
  reset(): void {
    this.rows.clear();
  }
  private add(table: string, count: number): void {
    this.rows.set(table, (this.rows.get(table) ?? 0) + count);
  }
  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'read-counter',
      create: (down) => ({
        ...down,
        table: (name): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            getMany: async (request) => {
              this.add(name, request.keys.length);
              return table.getMany(request);
            },
            query: async (request) => {
              const response = await table.query(request);
              this.add(name, response.result.length);
              return response;
            },
            openCursor: async (request) => {
              // A cursor may walk any number of rows: count it as unbounded.
              this.add(name, Number.POSITIVE_INFINITY);
              return table.openCursor(request);
            },
          };
        },
      }),
    };
  }
}

let db: LoupeDb;
afterEach(async () => db?.delete());

describe('classification queue at scale', () => {
  it(`serves each batch from ${ITEMS.toLocaleString('en')} items by reading only the batch, however far the run has gone`, async () => {
    db = await openTestDb();
    const reads = new ReadCounter();
    db.close();
    db.use(reads.middleware());
    await db.open();
    await beginArchive(db, ARCHIVE_A);
    for (let from = 0; from < ITEMS; from += CHUNK) {
      const items = Array.from({ length: CHUNK }, (_, i) =>
        makeItem(ARCHIVE_A, from + i, 'w'.repeat((from + i) % 500)),
      );
      await writeImportChunk(db, { archiveId: ARCHIVE_A, items, exposures: [] });
    }
    await startClassification(db, MODEL);

    let lastHandedOut = '';
    for (let round = 0; round < 3; round += 1) {
      reads.reset();
      const batch = await nextUnscoredBatch(db, MODEL, { limit: 32 });
      expect(batch.items).toHaveLength(32);
      expect(reads.rows.get('items')).toBe(32);
      expect(reads.rows.get('scores')).toBe(32);
      const ids = batch.items.map((item) => item.id);
      expect(ids).toEqual([...ids].sort());
      expect(ids[0]! > lastHandedOut).toBe(true);

      reads.reset();
      await writeScores(
        db,
        MODEL,
        batch.items.map((item) => makeScore(item, MODEL)),
      );
      expect(reads.rows.get('items')).toBe(32);
      // New scores are added without reading whether they exist.
      expect(reads.rows.get('scores') ?? 0).toBe(0);

      // Score a large slice directly, so the next round starts deep into the run.
      const slice = await nextUnscoredBatch(db, MODEL, { limit: 1_000 });
      await writeScores(
        db,
        MODEL,
        slice.items.map((item) => makeScore(item, MODEL)),
      );
      lastHandedOut = slice.items.at(-1)!.id;
    }

    reads.reset();
    const progress = await classificationProgress(db, MODEL);
    expect(progress).toEqual({ done: 3 * 1_032, total: ITEMS, queued: ITEMS - 3 * 1_032 });
    expect([...reads.rows.values()].every((count) => count === 0)).toBe(true);
  });
});
