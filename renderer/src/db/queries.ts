import type { ArchiveId, Exposure, Item, ItemId, ReportItem, Score, Thresholds } from '@core/model';
import { filterItems, type ItemFilter, type RateUrl } from '@core/report';
import { withStorage } from './errors';
import type { ArchiveRecord, StoredReview, StoredScore } from './records';
import { itemsAfter, scoresOfItems, type LoupeDb } from './schema';
import { mergeNewest, NEWEST_KEPT } from './newest-items';
import { rebuildReportFacts, reportItemsOf, reportScoresOf } from './report-facts';
import { readDataVersion } from './data-version';
import { getSetting } from './settings';

/** Imported archives, most recent first, with their counts and date ranges. */
export function listArchives(db: LoupeDb): Promise<ArchiveRecord[]> {
  return withStorage(db, () => db.archives.orderBy('importedAt').reverse().toArray());
}

export interface ReportInputs {
  readonly items: Item[];
  readonly exposures: Exposure[];
  readonly scores: StoredScore[];
  readonly reviews: StoredReview[];
}

/**
 * Everything the report functions need, for some archives (all when omitted) and one model (all
 * models when omitted), read in one consistent snapshot.
 */
export function loadReportInputs(
  db: LoupeDb,
  filter: { readonly archiveIds?: readonly ArchiveId[]; readonly modelId?: string } = {},
): Promise<ReportInputs> {
  const { archiveIds, modelId } = filter;
  const tables = [db.items, db.exposures, db.scores, db.reviews];
  return withStorage(db, () =>
    db.transaction('r', tables, async () => {
      const keys = archiveIds ? [...archiveIds] : null;
      const wanted = keys ? new Set<string>(keys) : null;
      // Requested together: IndexedDB reads one while the page decodes another.
      const [allItems, exposures, reviews, allScores] = await Promise.all([
        // Items have no archiveId index (see schema version 6): filtered after reading.
        db.items.toArray(),
        keys ? db.exposures.where('archiveId').anyOf(keys).toArray() : db.exposures.toArray(),
        keys ? db.reviews.where('archiveId').anyOf(keys).toArray() : db.reviews.toArray(),
        modelId ? db.scores.where('modelId').equals(modelId).toArray() : db.scores.toArray(),
      ]);
      const items = wanted ? allItems.filter((item) => wanted.has(item.archiveId)) : allItems;
      const scores = wanted ? allScores.filter((score) => wanted.has(score.archiveId)) : allScores;
      return { items, exposures, scores, reviews };
    }),
  );
}

/** What the report functions read: ReportInputs without the items' text. */
export interface ReportFacts {
  readonly items: ReportItem[];
  readonly exposures: Exposure[];
  readonly scores: Score[];
  readonly reviews: StoredReview[];
}

/** Report facts and the data version (see readDataVersion) they were read at. */
export interface VersionedReportFacts extends ReportFacts {
  readonly dataVersion: string;
}

/**
 * Everything the report needs for every archive and one model (every model when omitted), from the report's
 * column-by-column copy of the items and scores (see report-facts.ts): about a tenth of the time of
 * loadReportInputs. If the copy disagrees with the counts the archives and the classification runs keep (a
 * database restored or repaired by hand, a bug), it is rebuilt from the tables first.
 */
export async function loadReportFacts(db: LoupeDb, modelId?: string): Promise<VersionedReportFacts> {
  const tables = [db.itemFacts, db.scoreFacts, db.archives, db.runs, db.exposures, db.reviews, db.settings];
  const read = () =>
    withStorage(db, () =>
      db.transaction('r', tables, async () => {
        // Requests are answered in order: the scores are unpacked while the items are still being read.
        const [scores, itemRows, archives, runs, exposures, reviews, dataVersion] = await Promise.all([
          (modelId === undefined
            ? db.scoreFacts.toArray()
            : db.scoreFacts.where('modelId').equals(modelId).toArray()
          ).then(reportScoresOf),
          db.itemFacts.toArray(),
          db.archives.toArray(),
          db.runs.where('type').equals('classification').toArray(),
          db.exposures.toArray(),
          db.reviews.toArray(),
          readDataVersion(db),
        ]);
        const facts = { items: reportItemsOf(itemRows), scores, exposures, reviews };
        const scoredByModel = new Map<string, number>();
        for (const score of facts.scores) {
          scoredByModel.set(score.modelId, (scoredByModel.get(score.modelId) ?? 0) + 1);
        }
        const storedItems = archives.reduce((sum, archive) => sum + archive.counts.items, 0);
        const inStep =
          facts.items.length === storedItems &&
          runs.every(
            (run) =>
              run.modelId === null ||
              (modelId !== undefined && run.modelId !== modelId) ||
              (scoredByModel.get(run.modelId) ?? 0) === run.done,
          );
        return { facts: { ...facts, dataVersion }, inStep };
      }),
    );
  const first = await read();
  if (first.inStep) return first.facts;
  await withStorage(db, () =>
    db.transaction('rw', [db.items, db.scores, db.itemFacts, db.scoreFacts], () => rebuildReportFacts(db)),
  );
  return (await read()).facts;
}

export interface ItemDetail {
  readonly item: Item;
  readonly scores: StoredScore[];
  readonly review: StoredReview | null;
}

/** One item with its scores from every model and the user's review. */
export function loadItemDetail(db: LoupeDb, itemId: ItemId): Promise<ItemDetail | null> {
  return withStorage(db, () =>
    db.transaction('r', db.items, db.scores, db.reviews, async () => {
      const item = await db.items.get(itemId);
      if (!item) return null;
      return {
        item,
        scores: await scoresOfItems(db, [itemId]).toArray(),
        review: (await db.reviews.get(itemId)) ?? null,
      };
    }),
  );
}

/**
 * The `limit` newest dated items of every archive (at most NEWEST_KEPT), newest first, from the lists the
 * archives keep: a handful of reads, where sorting every item by date would read them all.
 */
export function loadNewestItems(db: LoupeDb, limit: number = NEWEST_KEPT): Promise<Item[]> {
  return withStorage(db, () =>
    db.transaction('r', db.archives, db.items, async () => {
      const archives = await db.archives.toArray();
      const newest = mergeNewest(
        archives.map((archive) => archive.newestItems ?? []),
        limit,
      );
      const items = await db.items.bulkGet(newest.map(([id]) => id));
      // An id an archive kept may have moved to a newer archive that was deleted since.
      return items.filter((item) => item !== undefined);
    }),
  );
}

export interface ItemPage {
  readonly items: Item[];
  /** Pass as `after` for the next page; null at the end. */
  readonly next: ItemId | null;
}

/**
 * One page of an archive's items (or all archives'), in id order, optionally filtered by a
 * predicate, reading at most `limit` matches. For views that do not need the whole set in memory.
 */
export function loadItemsPage(
  db: LoupeDb,
  options: {
    readonly limit: number;
    readonly after?: ItemId;
    readonly archiveId?: ArchiveId;
    readonly predicate?: (item: Item) => boolean;
  },
): Promise<ItemPage> {
  const { limit, after, archiveId, predicate } = options;
  return withStorage(db, async () => {
    let collection = itemsAfter(db, after);
    if (archiveId !== undefined) collection = collection.and((item) => item.archiveId === archiveId);
    if (predicate) collection = collection.and(predicate);
    const items = await collection.limit(limit).toArray();
    return { items, next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
  });
}

export interface ItemQueryOptions {
  /** Defaults to the `thresholds` setting. */
  readonly thresholds?: Thresholds;
  /** Defaults to the `selectedModelId` setting; all models' scores when none is selected. */
  readonly modelId?: string;
  readonly rateUrl?: RateUrl;
  readonly offset?: number;
  readonly limit?: number;
}

/**
 * The items matching a report filter (the report's own `filterItems`, so numbers and lists agree),
 * one page of them and how many match in all. Reads the whole input set: a view that filters often
 * should load `loadReportInputs` once and call `filterItems` itself.
 */
export async function queryItems(
  db: LoupeDb,
  filter: ItemFilter,
  options: ItemQueryOptions = {},
): Promise<{ items: Item[]; total: number }> {
  const thresholds = options.thresholds ?? (await getSetting(db, 'thresholds'));
  const modelId = options.modelId ?? (await getSetting(db, 'selectedModelId')) ?? undefined;
  const inputs = await loadReportInputs(db, {
    ...(filter.archiveId !== undefined ? { archiveIds: [filter.archiveId] } : {}),
    ...(modelId !== undefined ? { modelId } : {}),
  });
  const matching = filterItems(inputs.items, inputs.scores, inputs.reviews, thresholds, filter, {
    ...(modelId !== undefined ? { modelId } : {}),
    ...(options.rateUrl ? { rateUrl: options.rateUrl } : {}),
  });
  const offset = options.offset ?? 0;
  const end = options.limit === undefined ? undefined : offset + options.limit;
  return { items: matching.slice(offset, end), total: matching.length };
}
