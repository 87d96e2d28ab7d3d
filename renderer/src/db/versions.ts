import type { Transaction } from 'dexie';
import type { Item } from '@core/model';
import { datedEntries, mergeNewest } from './newest-items';
import type { NewestItem } from './records';
import { rebuildReportFacts } from './report-facts';

/**
 * One step of the schema. Append-only: never edit or remove a published version, because databases
 * created by it may still exist on someone's machine and are upgraded by replaying every later step.
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs: primary key first, then indexes; `null` deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Data migration run inside the (atomic) versionchange transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

const VERSION_1: SchemaVersion = {
  version: 1,
  stores: {
    archives: 'id, platform, status, importedAt',
    items: 'id, archiveId, [archiveId+kind], timestamp, direction, kind, author, conversation',
    exposures: 'id, archiveId, [archiveId+kind], kind, timestamp, account',
    scores: '[itemId+modelId], itemId, modelId',
    reviews: 'itemId, verdict',
    runs: 'id, type, status, archiveId, modelId',
    settings: 'key',
  },
};

/**
 * Version 2: scores and reviews carry their item's archive (deleting an archive becomes one indexed
 * delete), scores are indexed by language, and a `pending` queue lists what each model has yet to score.
 */
const VERSION_2: SchemaVersion = {
  version: 2,
  stores: {
    scores: '[itemId+modelId], itemId, modelId, archiveId, [modelId+language]',
    reviews: 'itemId, verdict, archiveId',
    pending: '[modelId+itemId], [modelId+textLength+itemId], itemId, archiveId',
  },
  upgrade: copyArchiveIdIntoScoresAndReviews,
};

async function copyArchiveIdIntoScoresAndReviews(tx: Transaction): Promise<void> {
  const archiveOfItem = new Map<string, string>();
  await tx
    .table<{ id: string; archiveId: string }>('items')
    .each((item) => archiveOfItem.set(item.id, item.archiveId));
  for (const tableName of ['scores', 'reviews']) {
    await tx
      .table<{ itemId: string; archiveId?: string }>(tableName)
      .toCollection()
      .modify((row, context) => {
        const archiveId = archiveOfItem.get(row.itemId);
        // A score or review whose item is gone is an orphan: drop it rather than carry it forward.
        if (archiveId === undefined) delete (context as { value?: unknown }).value;
        else row.archiveId = archiveId;
      });
  }
}

/**
 * Version 3: the queue becomes a scan of the items in [textLength+id] order, skipping what a model
 * has scored. The `pending` table cost one written and one deleted row per item and model (about
 * a minute per 100,000 items in Chromium); items now store their text length instead.
 */
const VERSION_3: SchemaVersion = {
  version: 3,
  stores: {
    items:
      'id, archiveId, [archiveId+kind], timestamp, direction, kind, author, conversation, [textLength+id]',
    pending: null,
  },
  upgrade: storeTextLengthsAndRestartQueues,
};

async function storeTextLengthsAndRestartQueues(tx: Transaction): Promise<void> {
  await tx
    .table<{ text: string; textLength?: number }>('items')
    .toCollection()
    .modify((item) => {
      item.textLength = item.text.length;
    });
  await tx
    .table<{ type: string; queuePosition?: unknown; queueReady?: unknown }>('runs')
    .toCollection()
    .modify((run) => {
      delete run.queueReady;
      if (run.type === 'classification') run.queuePosition = { after: null, foundInPass: false };
      else run.queuePosition = null;
    });
}

/**
 * Version 4: drops the item and exposure indexes no query uses (kind, direction, author, conversation,
 * account, [archiveId+kind]). Every index costs on each write: 100,000 items import measurably faster.
 */
const VERSION_4: SchemaVersion = {
  version: 4,
  stores: {
    items: 'id, archiveId, timestamp, [textLength+id]',
    exposures: 'id, archiveId, timestamp',
  },
};

/**
 * Version 5: drops the scores' `itemId` index (an item's scores are a range of the [itemId+modelId] primary
 * key) and the `[modelId+language]` index no query uses. Two fewer indexes per score written.
 */
const VERSION_5: SchemaVersion = {
  version: 5,
  stores: {
    scores: '[itemId+modelId], modelId, archiveId',
  },
};

/**
 * Version 6: items keep no secondary index. In Chromium each index entry costs nearly as much as a row
 * (100,000 items: 7.6 s with none, 14.5 s with archiveId, timestamp and [textLength+id]), and writing them is
 * the longest wait of an import. The classification queue now scans items by id, an archive's items are
 * found by a scan (deletion only), and each archive keeps its newest items for the Items page's first paint.
 * Classification runs restart their scan: their position was in [textLength+id] order.
 */
const VERSION_6: SchemaVersion = {
  version: 6,
  stores: {
    items: 'id',
  },
  upgrade: keepNewestItemsAndRestartQueues,
};

async function keepNewestItemsAndRestartQueues(tx: Transaction): Promise<void> {
  const datedByArchive = new Map<string, NewestItem[]>();
  await tx.table<Item, string>('items').each((item) => {
    let dated = datedByArchive.get(item.archiveId);
    if (!dated) datedByArchive.set(item.archiveId, (dated = []));
    dated.push(...datedEntries([item]));
    // Trimmed now and then, not per item: a sort per item would make the upgrade quadratic-ish.
    if (dated.length > 10_000) datedByArchive.set(item.archiveId, mergeNewest([dated]));
  });
  const newestByArchive = new Map([...datedByArchive].map(([id, dated]) => [id, mergeNewest([dated])]));
  await tx
    .table<{ id: string; newestItems?: NewestItem[] }>('archives')
    .toCollection()
    .modify((archive) => {
      archive.newestItems = newestByArchive.get(archive.id) ?? [];
    });
  await tx
    .table<{ type: string; queuePosition?: unknown }>('runs')
    .toCollection()
    .modify((run) => {
      if (run.type === 'classification') run.queuePosition = { after: null, foundInPass: false };
    });
}

/**
 * Version 7: the report's column-by-column copy of the items and scores (see report-facts.ts), built here from
 * the tables. Reading 100,000 items and their scores back as rows takes about 2 s in Chromium, the copy 0.2-0.3 s.
 */
const VERSION_7: SchemaVersion = {
  version: 7,
  stores: {
    itemFacts: '++seq',
    scoreFacts: '++seq, modelId',
  },
  upgrade: (tx) =>
    rebuildReportFacts({
      items: tx.table('items'),
      scores: tx.table('scores'),
      itemFacts: tx.table('itemFacts'),
      scoreFacts: tx.table('scoreFacts'),
    }),
};

/** Every schema version ever published, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  VERSION_1,
  VERSION_2,
  VERSION_3,
  VERSION_4,
  VERSION_5,
  VERSION_6,
  VERSION_7,
];

export const CURRENT_SCHEMA_VERSION = VERSION_7.version;
