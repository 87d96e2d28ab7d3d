import type { Table } from 'dexie';
import {
  LABELS,
  type EpochMs,
  type ItemId,
  type LabelScores,
  type ReportItem,
  type Score,
  type ScoreStatus,
} from '@core/model';
import { forEachPage } from './pages';
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

/** Gives each distinct string of a row its index in the row's `strings`; null is -1. */
class StringTable {
  readonly strings: string[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(value: string | null): number {
    if (value === null) return -1;
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.strings.push(value) - 1;
      this.indexes.set(value, index);
    }
    return index;
  }

  column<T>(rows: readonly T[], field: (row: T) => string | null): Int32Array {
    return Int32Array.from(rows, (row) => this.indexOf(field(row)));
  }
}

const NO_LINKS: readonly string[] = Object.freeze([]);

export function itemFactsOf(items: readonly ReportItem[]): ItemFactsRow {
  const table = new StringTable();
  const linked: number[] = [];
  items.forEach((item, index) => {
    if (item.links.length > 0) linked.push(index);
  });
  return {
    ids: items.map((item) => item.id),
    archiveIds: table.column(items, (item) => item.archiveId),
    platforms: table.column(items, (item) => item.platform),
    kinds: table.column(items, (item) => item.kind),
    directions: table.column(items, (item) => item.direction),
    authors: table.column(items, (item) => item.author),
    conversations: table.column(items, (item) => item.conversation),
    timestamps: Float64Array.from(items, (item) => item.timestamp ?? Number.NaN),
    linked: Int32Array.from(linked),
    links: linked.map((index) => [...items[index]!.links]),
    strings: table.strings,
  };
}

export function scoreFactsOf(modelId: string, scores: readonly Score[]): ScoreFactsRow {
  const table = new StringTable();
  const values = new Float64Array(scores.length * LABELS.length).fill(Number.NaN);
  scores.forEach((score, index) => {
    if (score.modelId !== modelId) {
      throw new RangeError(`a score of model ${score.modelId} among ${modelId}'s`);
    }
    if (!score.scores) return;
    for (let label = 0; label < LABELS.length; label++) {
      values[index * LABELS.length + label] = score.scores[LABELS[label]!];
    }
  });
  return {
    modelId,
    itemIds: scores.map((score) => score.itemId),
    languages: table.column(scores, (score) => score.language),
    statuses: table.column(scores, (score) => score.status),
    values,
    strings: table.strings,
  };
}

/** One row's items, in its order. */
function itemsOfRow(row: ItemFactsRow): ReportItem[] {
  const { strings } = row;
  const string = <T extends string>(column: Int32Array, index: number): T | null => {
    const at = column[index]!;
    return at < 0 ? null : (strings[at] as T);
  };
  const linksOf = new Map<number, readonly string[]>();
  row.linked.forEach((index, at) => linksOf.set(index, row.links[at]!));
  return row.ids.map((id, index) => {
    const timestamp = row.timestamps[index]!;
    return {
      id,
      archiveId: string(row.archiveIds, index)!,
      platform: string(row.platforms, index)!,
      kind: string(row.kinds, index)!,
      direction: string(row.directions, index)!,
      author: string(row.authors, index),
      conversation: string(row.conversations, index),
      timestamp: Number.isNaN(timestamp) ? null : (timestamp as EpochMs),
      links: linksOf.get(index) ?? NO_LINKS,
    };
  });
}

/** One row's scores, in its order. */
function scoresOfRow(row: ScoreFactsRow): Score[] {
  const { strings } = row;
  return row.itemIds.map((itemId, index) => ({
    itemId,
    modelId: row.modelId,
    language: strings[row.languages[index]!]!,
    status: strings[row.statuses[index]!] as ScoreStatus,
    scores: labelScoresAt(row.values, index * LABELS.length),
  }));
}

/** The items of rows read in write order, each id once, as its latest row has it. */
export function reportItemsOf(rows: readonly ItemFactsRow[]): ReportItem[] {
  const byId = new Map<ItemId, ReportItem>();
  for (const row of rows) for (const item of itemsOfRow(row)) byId.set(item.id, item);
  return [...byId.values()];
}

/** The scores of rows read in write order (any models), each item and model once, as its latest row has it. */
export function reportScoresOf(rows: readonly ScoreFactsRow[]): Score[] {
  const byModel = new Map<string, Map<ItemId, Score>>();
  for (const row of rows) {
    let byItem = byModel.get(row.modelId);
    if (!byItem) byModel.set(row.modelId, (byItem = new Map()));
    for (const score of scoresOfRow(row)) byItem.set(score.itemId, score);
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
    if (!row.ids.some((id) => deleted.has(id))) continue;
    const kept = itemsOfRow(row).filter((item) => !deleted.has(item.id));
    if (kept.length === 0) await tables.itemFacts.delete(row.seq!);
    else await tables.itemFacts.put({ ...itemFactsOf(kept), seq: row.seq! });
  }
  for (const row of await tables.scoreFacts.toArray()) {
    if (!row.itemIds.some((id) => deleted.has(id))) continue;
    const kept = scoresOfRow(row).filter((score) => !deleted.has(score.itemId));
    if (kept.length === 0) await tables.scoreFacts.delete(row.seq!);
    else await tables.scoreFacts.put({ ...scoreFactsOf(row.modelId, kept), seq: row.seq! });
  }
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
  await forEachPage(
    tables.items,
    REBUILD_PAGE,
    (item) => item.id,
    (page) => tables.itemFacts.add(itemFactsOf(page)),
  );
  await forEachPage(
    tables.scores,
    REBUILD_PAGE,
    (score): [ItemId, string] => [score.itemId, score.modelId],
    async (page) => {
      const byModel = new Map<string, StoredScore[]>();
      for (const score of page) {
        const ofModel = byModel.get(score.modelId);
        if (ofModel) ofModel.push(score);
        else byModel.set(score.modelId, [score]);
      }
      for (const [modelId, scores] of byModel) await tables.scoreFacts.add(scoreFactsOf(modelId, scores));
    },
  );
}
