import Dexie, { type Table } from 'dexie';
import type { ArchiveId, ItemId } from '@core/model';
import { StorageError, withStorage } from './errors';
import { purgeReportFacts } from './report-facts';
import { forEachPage } from './pages';
import { allTables, restoreStagingName, type LoupeDb } from './schema';

export interface DeletedCounts {
  readonly items: number;
  readonly exposures: number;
  readonly scores: number;
  readonly reviews: number;
  readonly runs: number;
}

/**
 * Deletes an archive and everything derived from it (items, exposures, their scores and reviews,
 * its runs) in one transaction: a crash leaves all of it or none of it.
 */
export function deleteArchive(db: LoupeDb, archiveId: ArchiveId): Promise<DeletedCounts> {
  const tables = allTables(db).filter((table) => table !== db.settings);
  return withStorage(db, () =>
    db.transaction('rw', tables, async () => {
      const archive = await db.archives.get(archiveId);
      if (!archive) throw new StorageError('missing', `No archive ${archiveId}.`);
      // IndexedDB deletes record by record (about 0.1-0.3 ms each in Chromium) but clears a table at
      // once: when every row of a table is this archive's (one archive imported), clear it.
      const remove = async (table: Table): Promise<number> => {
        const mine = table.where('archiveId').equals(archiveId);
        const count = await mine.count();
        if (count > 0 && count === (await table.count())) await table.clear();
        else await mine.delete();
        return count;
      };
      const removeItems = async (): Promise<number> => {
        const { mine, total } = await itemIdsOf(db, archiveId);
        if (mine.length > 0 && mine.length === total) {
          await db.items.clear();
          await db.itemFacts.clear();
          await db.scoreFacts.clear();
        } else {
          await db.items.bulkDelete(mine);
          await purgeReportFacts(db, new Set(mine));
        }
        return mine.length;
      };
      const counts: DeletedCounts = {
        scores: await remove(db.scores),
        reviews: await remove(db.reviews),
        items: await removeItems(),
        exposures: await remove(db.exposures),
        runs: await db.runs.where('archiveId').equals(archiveId).delete(),
      };
      await db.archives.delete(archiveId);
      await refreshClassificationRuns(db);
      return counts;
    }),
  );
}

const ITEM_PAGE = 5_000;

/** An archive's item ids, and how many items there are: items have no archiveId index, so read them all. */
async function itemIdsOf(db: LoupeDb, archiveId: ArchiveId): Promise<{ mine: ItemId[]; total: number }> {
  const mine: ItemId[] = [];
  let total = 0;
  await forEachPage(
    db.items,
    ITEM_PAGE,
    (item) => item.id,
    (page) => {
      for (const item of page) if (item.archiveId === archiveId) mine.push(item.id);
      total += page.length;
    },
  );
  return { mine, total };
}

/** Classification runs count what is left after a deletion. */
async function refreshClassificationRuns(db: LoupeDb): Promise<void> {
  const total = await db.items.count();
  const runs = await db.runs.where('type').equals('classification').toArray();
  for (const run of runs) {
    if (run.modelId === null) continue;
    const done = await db.scores.where('modelId').equals(run.modelId).count();
    await db.runs.put({ ...run, done, total });
  }
}

/**
 * Deletes the whole database (and a restore's staging copy) and every Cache Storage cache of the app (model files cached by the
 * runtime), so that nothing Loupe wrote remains. Other windows are told through `versionchange`
 * and close their connections; the given connection is closed and must not be used again.
 */
export async function deleteEverything(db: LoupeDb): Promise<void> {
  db.versionChanged = true;
  try {
    await db.delete();
    // A restore interrupted by a crash leaves its staging copy behind.
    await Dexie.delete(restoreStagingName(db.name));
  } catch (error) {
    throw new StorageError(
      'unknown',
      'Loupe could not delete its data. Close other Loupe windows and try again.',
      {
        cause: error,
      },
    );
  }
  await deleteCaches();
  // Settings-like keys some libraries keep (e.g. the language detector); the app's origin is ours.
  if (typeof localStorage !== 'undefined') localStorage.clear();
}

async function deleteCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.map((cacheName) => caches.delete(cacheName)));
}
