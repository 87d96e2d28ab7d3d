import { LABELS, type ArchiveId, type ItemId, type ReportItem, type Score } from '@core/model';
import { withStorage } from './errors';
import { reportItemsOf, reportScoresOf } from './report-facts';
import type { LoupeDb } from './schema';

/** What a crash must never leave behind; every list is empty in a consistent database. */
export interface ConsistencyReport {
  /** `itemId|modelId` of scores whose item does not exist or belongs to another archive. */
  readonly orphanScores: string[];
  readonly orphanReviews: string[];
  /** Items and exposures whose archive row does not exist. */
  readonly recordsWithoutArchive: string[];
  /** Archives whose stored counts differ from the rows present. */
  readonly wrongArchiveCounts: ArchiveId[];
  /**
   * Ids (`itemId`, or `itemId|modelId` for scores) where the report's copy (report-facts.ts) differs from the
   * items and scores tables: missing, left behind, or with other values.
   */
  readonly reportFactsOutOfStep: string[];
}

export const isConsistent = (report: ConsistencyReport): boolean =>
  Object.values(report).every((problems: readonly unknown[]) => problems.length === 0);

/**
 * Checks the database's invariants in one read transaction, reading keys and indexes rather than
 * whole records where there are indexes (items have none). For crash tests and a "repair" diagnostic;
 * not needed in normal operation.
 */
export function checkConsistency(db: LoupeDb): Promise<ConsistencyReport> {
  const tables = [db.archives, db.items, db.exposures, db.scores, db.reviews, db.itemFacts, db.scoreFacts];
  return withStorage(db, () =>
    db.transaction('r', tables, async () => {
      const storedItems = await db.items.toArray();
      const items = storedItems.map((item) => [item.id, item.archiveId as string] as const);
      const exposures = await pairsByArchive<string>(db.exposures.orderBy('archiveId'));
      const scores = await pairsByArchive<[ItemId, string]>(db.scores.orderBy('archiveId'));
      const reviews = await pairsByArchive<ItemId>(db.reviews.orderBy('archiveId'));
      const archives = await db.archives.toArray();

      const archiveOfItem = new Map(items);
      const archiveIds = new Set<string>(archives.map((archive) => archive.id));
      const countIn = (pairs: readonly (readonly [unknown, string])[], archiveId: string) =>
        pairs.filter(([, owner]) => owner === archiveId).length;
      return {
        orphanScores: scores
          .filter(([[itemId], archiveId]) => archiveOfItem.get(itemId) !== archiveId)
          .map(([[itemId, modelId]]) => `${itemId}|${modelId}`),
        orphanReviews: reviews
          .filter(([itemId, archiveId]) => archiveOfItem.get(itemId) !== archiveId)
          .map(([itemId]) => itemId),
        recordsWithoutArchive: [...items, ...exposures]
          .filter(([, archiveId]) => !archiveIds.has(archiveId))
          .map(([id]) => id),
        wrongArchiveCounts: archives
          .filter(
            (archive) =>
              archive.counts.items !== countIn(items, archive.id) ||
              archive.counts.exposures !== countIn(exposures, archive.id),
          )
          .map((archive) => archive.id),
        reportFactsOutOfStep: [
          ...differences(
            storedItems.map(reportItemKey),
            reportItemsOf(await db.itemFacts.toArray()).map(reportItemKey),
          ),
          ...differences(
            (await db.scores.toArray()).map(reportScoreKey),
            reportScoresOf(await db.scoreFacts.toArray()).map(reportScoreKey),
          ),
        ],
      };
    }),
  );
}

type Keyed = readonly [id: string, fields: string];

/** What the report reads of an item, as one comparable string. */
const reportItemKey = (item: ReportItem): Keyed => [
  item.id,
  JSON.stringify([
    item.archiveId,
    item.platform,
    item.kind,
    item.direction,
    item.author,
    item.conversation,
    item.timestamp,
    item.links,
  ]),
];

const reportScoreKey = (score: Score): Keyed => [
  `${score.itemId}|${score.modelId}`,
  JSON.stringify([score.language, score.status, score.scores && LABELS.map((label) => score.scores![label])]),
];

/** Ids missing from either side or with other fields. */
function differences(expected: readonly Keyed[], actual: readonly Keyed[]): string[] {
  const actualById = new Map(actual);
  const expectedIds = new Set(expected.map(([id]) => id));
  return [
    ...expected.filter(([id, fields]) => actualById.get(id) !== fields).map(([id]) => id),
    ...actual.filter(([id]) => !expectedIds.has(id)).map(([id]) => id),
  ];
}

interface IndexedCollection {
  keys(): Promise<unknown[]>;
  primaryKeys(): Promise<unknown[]>;
}

/** [primary key, archiveId] pairs read from the archiveId index (both lists come in index order). */
async function pairsByArchive<K>(collection: IndexedCollection): Promise<(readonly [K, string])[]> {
  const archiveIds = (await collection.keys()) as string[];
  const keys = (await collection.primaryKeys()) as K[];
  return keys.map((key, index) => [key, archiveIds[index]!] as const);
}
