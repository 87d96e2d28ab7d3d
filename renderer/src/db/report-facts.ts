import type { Table } from 'dexie';
import { LABELS, type ItemId, type LabelScores, type ReportItem, type Score } from '@core/model';
import type { Item, ItemFactsRow, ScoreFactsRow, StoredScore } from './records';

/*
 * The report's copy of the items and scores, column by column (see ItemFactsRow). Every write of items or
 * scores appends one row in the same transaction, so the copy is never behind the tables; an id written again
 * (a re-import, a re-score) appears in a later row, which wins. Deleting items purges their ids from every row.
 * A restore or an upgrade rebuilds the whole copy from the tables.
 */

/** The tables the copy is kept from and in: the database's, or a versionchange transaction's during an upgrade. */
export interface FactsTables {
  readonly items: Table<Item, ItemId>;
  readonly scores: Table<StoredScore, [ItemId, string]>;
  readonly itemFacts: Table<ItemFactsRow, number>;
  readonly scoreFacts: Table<ScoreFactsRow, number>;
}

export function itemFactsOf(items: readonly Item[]): ItemFactsRow {
  return {
    ids: items.map((item) => item.id),
    archiveIds: items.map((item) => item.archiveId),
    platforms: items.map((item) => item.platform),
    kinds: items.map((item) => item.kind),
    directions: items.map((item) => item.direction),
    authors: items.map((item) => item.author),
    conversations: items.map((item) => item.conversation),
    timestamps: items.map((item) => item.timestamp),
    links: items.map((item) => item.links),
  };
}

export function scoreFactsOf(modelId: string, scores: readonly Score[]): ScoreFactsRow {
  const values = new Float64Array(scores.length * LABELS.length).fill(Number.NaN);
  scores.forEach((score, index) => {
    if (score.modelId !== modelId)
      throw new RangeError(`a score of model ${score.modelId} among ${modelId}'s`);
    if (!score.scores) return;
    for (let label = 0; label < LABELS.length; label++) {
      values[index * LABELS.length + label] = score.scores[LABELS[label]!];
    }
  });
  return {
    modelId,
    itemIds: scores.map((score) => score.itemId),
    languages: scores.map((score) => score.language),
    statuses: scores.map((score) => score.status),
    values,
  };
}

/** The items of rows read in write order, each id once, as its latest row has it. */
export function reportItemsOf(rows: readonly ItemFactsRow[]): ReportItem[] {
  const byId = new Map<ItemId, ReportItem>();
  for (const row of rows) {
    for (let index = 0; index < row.ids.length; index++) {
      const id = row.ids[index]!;
      byId.set(id, {
        id,
        archiveId: row.archiveIds[index]!,
        platform: row.platforms[index]!,
        kind: row.kinds[index]!,
        direction: row.directions[index]!,
        author: row.authors[index]!,
        conversation: row.conversations[index]!,
        timestamp: row.timestamps[index]!,
        links: row.links[index]!,
      });
    }
  }
  return [...byId.values()];
}

/** The scores of rows read in write order (any models), each item and model once, as its latest row has it. */
export function reportScoresOf(rows: readonly ScoreFactsRow[]): Score[] {
  const byModel = new Map<string, Map<ItemId, Score>>();
  for (const row of rows) {
    let byItem = byModel.get(row.modelId);
    if (!byItem) byModel.set(row.modelId, (byItem = new Map()));
    for (let index = 0; index < row.itemIds.length; index++) {
      const itemId = row.itemIds[index]!;
      byItem.set(itemId, {
        itemId,
        modelId: row.modelId,
        language: row.languages[index]!,
        status: row.statuses[index]!,
        scores: labelScoresAt(row.values, index * LABELS.length),
      });
    }
  }
  return [...byModel.values()].flatMap((byItem) => [...byItem.values()]);
}

/**
 * The label scores stored from `start`. Written out in LABELS order (a test holds it to it): 100,000 objects
 * built key by key from the list took two to three times as long to make.
 */
function labelScoresAt(values: Float64Array, start: number): LabelScores | null {
  if (Number.isNaN(values[start])) return null;
  return {
    divisive: values[start]!,
    hate: values[start + 1]!,
    offensive: values[start + 2]!,
    polarising: values[start + 3]!,
    misleading: values[start + 4]!,
    false_claim: values[start + 5]!,
    clickbait: values[start + 6]!,
    conspiracy: values[start + 7]!,
  };
}

/** Removes deleted items (and their scores) from the copy: rows left empty are dropped. */
export async function purgeReportFacts(tables: FactsTables, deleted: ReadonlySet<ItemId>): Promise<void> {
  if (deleted.size === 0) return;
  for (const row of await tables.itemFacts.toArray()) {
    const kept = row.ids.flatMap((id, index) => (deleted.has(id) ? [] : [index]));
    if (kept.length === row.ids.length) continue;
    if (kept.length === 0) await tables.itemFacts.delete(row.seq!);
    else await tables.itemFacts.put({ ...pickItemColumns(row, kept), seq: row.seq! });
  }
  for (const row of await tables.scoreFacts.toArray()) {
    const kept = row.itemIds.flatMap((id, index) => (deleted.has(id) ? [] : [index]));
    if (kept.length === row.itemIds.length) continue;
    if (kept.length === 0) await tables.scoreFacts.delete(row.seq!);
    else await tables.scoreFacts.put({ ...pickScoreColumns(row, kept), seq: row.seq! });
  }
}

function pickItemColumns(row: ItemFactsRow, kept: readonly number[]): ItemFactsRow {
  const pick = <T>(column: readonly T[]): T[] => kept.map((index) => column[index]!);
  return {
    ids: pick(row.ids),
    archiveIds: pick(row.archiveIds),
    platforms: pick(row.platforms),
    kinds: pick(row.kinds),
    directions: pick(row.directions),
    authors: pick(row.authors),
    conversations: pick(row.conversations),
    timestamps: pick(row.timestamps),
    links: pick(row.links),
  };
}

function pickScoreColumns(row: ScoreFactsRow, kept: readonly number[]): ScoreFactsRow {
  const pick = <T>(column: readonly T[]): T[] => kept.map((index) => column[index]!);
  const values = new Float64Array(kept.length * LABELS.length);
  kept.forEach((from, to) =>
    values.set(row.values.subarray(from * LABELS.length, (from + 1) * LABELS.length), to * LABELS.length),
  );
  return {
    modelId: row.modelId,
    itemIds: pick(row.itemIds),
    languages: pick(row.languages),
    statuses: pick(row.statuses),
    values,
  };
}

/** Rows of the copy written by a rebuild: about an import chunk's worth each. */
const REBUILD_PAGE = 2_000;

/**
 * Replaces the copy with one read from the tables, a page at a time in key order. For an upgrade, a restore,
 * and a copy found out of step with the tables' counts (see loadReportFacts).
 */
export async function rebuildReportFacts(tables: FactsTables): Promise<void> {
  await tables.itemFacts.clear();
  await tables.scoreFacts.clear();
  let afterItem: ItemId | null = null;
  for (;;) {
    const page: Item[] = await (
      afterItem === null ? tables.items.orderBy(':id') : tables.items.where(':id').above(afterItem)
    )
      .limit(REBUILD_PAGE)
      .toArray();
    if (page.length > 0) await tables.itemFacts.add(itemFactsOf(page));
    if (page.length < REBUILD_PAGE) break;
    afterItem = page.at(-1)!.id;
  }
  let afterScore: [ItemId, string] | null = null;
  for (;;) {
    const page: StoredScore[] = await (
      afterScore === null ? tables.scores.orderBy(':id') : tables.scores.where(':id').above(afterScore)
    )
      .limit(REBUILD_PAGE)
      .toArray();
    const byModel = new Map<string, StoredScore[]>();
    for (const score of page) {
      const ofModel = byModel.get(score.modelId);
      if (ofModel) ofModel.push(score);
      else byModel.set(score.modelId, [score]);
    }
    for (const [modelId, scores] of byModel) await tables.scoreFacts.add(scoreFactsOf(modelId, scores));
    if (page.length < REBUILD_PAGE) break;
    const last = page.at(-1)!;
    afterScore = [last.itemId, last.modelId];
  }
}
