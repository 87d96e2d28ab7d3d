import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedArchives } from '../../harness/db-seed';
import {
  DEFAULT_SETTINGS,
  getSetting,
  getSettings,
  listArchives,
  loadItemDetail,
  loadItemsPage,
  loadNewestItems,
  loadReportInputs,
  queryItems,
  requestPersistentStorage,
  setReview,
  setSetting,
  writeScores,
  type LoupeDb,
} from '../../../renderer/src/db';
import { ARCHIVE_A, ARCHIVE_B, makeItems, makeScore, openTestDb } from './fixtures';

const MODEL = 'loupe-small-q8';
let db: LoupeDb;
afterEach(async () => {
  vi.unstubAllGlobals();
  await db?.delete();
});

/** Archive A with 30 items, B with 10, all scored: every third item looks divisive to the model. */
const twoArchives = () =>
  seedArchives(
    db,
    MODEL,
    (
      [
        [ARCHIVE_A, 30],
        [ARCHIVE_B, 10],
      ] as const
    ).map(([id, items]) => ({
      id,
      items,
      exposures: [0],
      score: (i: number) => (i % 3 === 0 ? 0.9 : 0.1),
    })),
  );

describe('queries', () => {
  it('loads report inputs for all archives or some, and for one model', async () => {
    db = await openTestDb();
    await twoArchives();
    await writeScores(
      db,
      'other',
      makeItems(ARCHIVE_A, 0, 2).map((item) => makeScore(item, 'other')),
    );

    const all = await loadReportInputs(db);
    expect([all.items.length, all.exposures.length, all.scores.length]).toEqual([40, 2, 42]);
    const onlyB = await loadReportInputs(db, { archiveIds: [ARCHIVE_B], modelId: MODEL });
    expect([onlyB.items.length, onlyB.exposures.length, onlyB.scores.length]).toEqual([10, 1, 10]);
    expect(onlyB.items.every((item) => item.archiveId === ARCHIVE_B)).toBe(true);
    expect((await listArchives(db)).map((a) => a.counts.items).sort()).toEqual([10, 30]);
  });

  it('a review changes which items a label filter returns, and removing it restores them', async () => {
    db = await openTestDb();
    await twoArchives();
    await setSetting(db, 'selectedModelId', MODEL);
    const before = await queryItems(db, { label: 'divisive', archiveId: ARCHIVE_A });
    expect(before.total).toBe(10);

    const first = before.items[0]!;
    await setReview(db, first.id, 'not_divisive');
    const after = await queryItems(db, { label: 'divisive', archiveId: ARCHIVE_A }, { limit: 3, offset: 1 });
    expect(after.total).toBe(9);
    expect(after.items).toHaveLength(3);
    expect((await loadItemDetail(db, first.id))?.review?.verdict).toBe('not_divisive');

    await setReview(db, first.id, null);
    expect((await queryItems(db, { label: 'divisive', archiveId: ARCHIVE_A })).total).toBe(10);
    expect(await db.reviews.count()).toBe(0);
  });

  it('changing a threshold changes the flags without touching a score', async () => {
    db = await openTestDb();
    await twoArchives();
    const scoresBefore = await db.scores.toArray();
    await setSetting(db, 'thresholds', { ...DEFAULT_SETTINGS.thresholds, divisive: 0.05 });
    expect((await queryItems(db, { label: 'divisive' }, { modelId: MODEL })).total).toBe(40);
    expect(await db.scores.toArray()).toEqual(scoresBefore);
  });

  it('loads the newest items of all archives, newest first, skipping any deleted since', async () => {
    db = await openTestDb();
    await twoArchives();
    const all = await db.items.toArray();
    const byDate = [...all].sort((a, b) => b.timestamp! - a.timestamp! || (a.id < b.id ? -1 : 1));

    const newest = await loadNewestItems(db, 12);
    expect(newest.map((item) => item.id)).toEqual(byDate.slice(0, 12).map((item) => item.id));

    await db.items.delete(byDate[0]!.id);
    expect((await loadNewestItems(db, 12)).map((item) => item.id)).toEqual(
      byDate.slice(1, 12).map((item) => item.id),
    );
  });

  it('pages through items by id, with an archive and a predicate', async () => {
    db = await openTestDb();
    await twoArchives();
    const seen: string[] = [];
    let page = await loadItemsPage(db, {
      limit: 4,
      archiveId: ARCHIVE_A,
      predicate: (i) => i.kind === 'comment',
    });
    for (;;) {
      seen.push(...page.items.map((item) => item.id));
      if (page.next === null) break;
      page = await loadItemsPage(db, {
        limit: 4,
        after: page.next,
        archiveId: ARCHIVE_A,
        predicate: (i) => i.kind === 'comment',
      });
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
  });

  it('refuses a review of an item that does not exist', async () => {
    db = await openTestDb();
    await expect(setReview(db, makeItems(ARCHIVE_A, 0, 1)[0]!.id, 'correct')).rejects.toMatchObject({
      kind: 'missing',
    });
  });
});

describe('settings', () => {
  it('returns typed defaults, then stored values', async () => {
    db = await openTestDb();
    expect(await getSetting(db, 'locale')).toBe('en');
    expect((await getSettings(db)).thresholds.divisive).toBe(0.5);
    await setSetting(db, 'locale', 'fr');
    await setSetting(db, 'userCredibilityLists', [
      { name: 'mine', addedAt: 1, entries: [{ domain: 'example.org', rating: 'low' }] },
    ]);
    const settings = await getSettings(db);
    expect(settings.locale).toBe('fr');
    expect(settings.userCredibilityLists[0]?.entries[0]?.domain).toBe('example.org');
    expect(settings.selectedModelId).toBeNull();
  });
});

describe('requestPersistentStorage', () => {
  it('reports "unavailable" without the Storage API, and the browser\'s answer with it', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistentStorage()).toBe('unavailable');
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe('denied');
    expect(persist).toHaveBeenCalledOnce();
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
  });
});
