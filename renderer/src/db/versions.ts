import type { Transaction } from 'dexie';

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

/** Every schema version ever published, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  VERSION_1,
  VERSION_2,
  VERSION_3,
  VERSION_4,
  VERSION_5,
];

export const CURRENT_SCHEMA_VERSION = VERSION_5.version;
